// The conclusion notice (thông báo kết luận) as a document, its text once for the print view
// and the Word file, in the committee's format: state (NĐ 30/2020, Mẫu 1.4) or Party
// (HD 36-HD/VPTW). Pure: imports only this folder.
import type { ConclusionDetail, ConclusionSigner } from './conclusions.js';
import type { Committee } from './entities.js';
import { fold } from './fold.js';
import { MINUTES_DRAFT_MARK, type SignerBlock, collectiveName, filingLine } from './meeting-document.js';

export const CONCLUSION_TITLE = 'THÔNG BÁO';

/** Everything the notice shows. */
export interface ConclusionDocumentData {
  /** The committee, named as it was on the notice's date. */
  committee: Committee;
  conclusion: ConclusionDetail;
}

/** "DỰ THẢO" above the title of a notice not issued: a draft must never pass for the signed text. */
export function conclusionDraftMark(data: { conclusion: Pick<ConclusionDetail, 'status'> }): string | null {
  return data.conclusion.status === 'draft' ? MINUTES_DRAFT_MARK : null;
}

/**
 * "Số: 01/TB-BCĐ" (state) / "Số 01-TB/BCĐ" (Party) once issued; a draft's number is a blank
 * to fill by hand, held open with no-break spaces.
 */
export function conclusionNumberLine(data: ConclusionDocumentData): string {
  if (data.conclusion.symbol) return data.conclusion.symbol;
  const symbol = data.committee.symbol;
  const blank = '\u00a0'.repeat(8);
  return data.committee.documentFormat === 'party' ? `Số ${blank}-TB${symbol ? `/${symbol}` : ''}` : `Số: ${blank}/TB${symbol ? `-${symbol}` : ''}`;
}

const caps = (s: string) => s.toLocaleUpperCase('vi');

/**
 * The signer block in the committee's format: tm "TM. BAN CHỈ ĐẠO" (Party "T/M"), kt
 * "KT. TRƯỞNG BAN" (Party "K/T"), none: the title alone; then the title and the name.
 */
export function conclusionSigner(committee: Pick<Committee, 'name' | 'documentFormat'>, signer: ConclusionSigner): SignerBlock {
  const party = committee.documentFormat === 'party';
  const authority =
    signer.form === 'tm' ? `${party ? 'T/M' : 'TM.'} ${caps(collectiveName(committee))}` : signer.form === 'kt' ? `${party ? 'K/T' : 'KT.'} TRƯỞNG BAN` : null;
  return { authority, title: signer.title ? caps(signer.title) : null, name: signer.name };
}

/** A line of "Nơi nhận" that files the notice ("Lưu: VT, …"). */
const isFilingLine = (line: string) => /^luu\b/.test(fold(line.replace(/^[-–+•\s]+/u, '')));

/**
 * "Nơi nhận" as printed: each recipient "- …;", then the filing line last ("- Lưu: VT, …." as
 * the clerk wrote it, else the committee's own).
 */
export function conclusionRecipientLines(committee: Pick<Committee, 'symbol'>, recipients: readonly string[]): string[] {
  const bare = (l: string) => l.trim().replace(/^[-–+•]\s*/u, '').replace(/[;.,]+$/u, '');
  const filing = recipients.find(isFilingLine);
  const lines = recipients.filter((l) => !isFilingLine(l) && bare(l) !== '').map((l) => `- ${bare(l)};`);
  lines.push(filing ? `- ${bare(filing)}.` : filingLine(committee));
  return lines;
}

/** One paragraph of the notice's body: a numbered directive or one of its sub-points. */
export interface ConclusionLine {
  kind: 'item' | 'sub';
  text: string;
}

/** The directives "1. …" with their sub-points "- …"; the last line ends "./." (NĐ 30/2020). */
export function conclusionBodyLines(conclusion: Pick<ConclusionDetail, 'items'>): ConclusionLine[] {
  const lines: ConclusionLine[] = [];
  conclusion.items.forEach((item, i) => {
    lines.push({ kind: 'item', text: `${i + 1}. ${item.text}` });
    for (const sub of item.subPoints) lines.push({ kind: 'sub', text: `- ${sub}` });
  });
  const last = lines.at(-1);
  if (last && !last.text.endsWith('./.')) last.text = `${last.text.replace(/[.;,:]+$/u, '')}./.`;
  return lines;
}

/** "thong-bao-ket-luan-01-2021.docx" once numbered, "thong-bao-ket-luan-du-thao-7.docx" before: ASCII, no path characters. */
export function conclusionFileName(c: Pick<ConclusionDetail, 'id' | 'number' | 'datedOn'>): string {
  return c.number === null
    ? `thong-bao-ket-luan-du-thao-${c.id}.docx`
    : `thong-bao-ket-luan-${String(c.number).padStart(2, '0')}-${c.datedOn.slice(0, 4)}.docx`;
}
