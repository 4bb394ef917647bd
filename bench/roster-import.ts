import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RosterImportPreview } from '../electron/contract.js';
import { Random } from './generator/random.js';
import { personName } from './generator/vietnamese.js';
import { openBenchSession } from './harness/session.js';
import { type Figure, ms } from './harness/report.js';

// "10,000 rows import in seconds" (issue 7): a generated 10,000-row CSV (semicolons, BOM,
// dd/mm/yyyy, as Vietnamese Excel saves it) previewed and applied through the dispatch, into
// a copy of the 20-year archive (every name looked up among its people) and of the demo.

export const IMPORT_ROWS = 10_000;
const TARGET_MS = 10_000;
const ROLES = ['Ủy viên', 'Ủy viên', 'Ủy viên', 'Phó Trưởng ban', 'Thư ký'];

/** The CSV: each row a new person (their own organisation), 1 to 3 decisions by date. */
export function importCsv(rows = IMPORT_ROWS): Buffer {
  const rng = new Random(7);
  const lines = ['STT;Họ và tên;Chức vụ;Đơn vị công tác;Chức danh trong Ban Chỉ đạo;Nhiệm vụ được phân công;Từ ngày;Đến ngày;Quyết định'];
  for (let i = 1; i <= rows; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    // Each decision with its signing date (a new decision is never given one by guess).
    const decision = `${100 + (i % 3)}-QĐ/BCĐ ngày 0${1 + (i % 3)}/03/2031`;
    lines.push(`${i};${personName(rng)};Chuyên viên;Đơn vị số ${i};${ROLES[i % ROLES.length]};"Theo dõi địa bàn số ${i}; báo cáo";${day}/03/2031;;${decision}`);
  }
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

interface Timed {
  previewMs: number;
  applyMs: number;
}

async function timeImport(archive: string, committeeId: number, csv: Buffer): Promise<Timed> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-bench-import-'));
  const copy = path.join(dir, 'archive.sqlite');
  fs.copyFileSync(archive, copy);
  const session = await openBenchSession(copy);
  try {
    const input = { committeeId, fileName: 'bench-10000.csv', contentBase64: csv.toString('base64') };
    let t = performance.now();
    const preview = await session.dispatch('roster.import.preview', input);
    const previewMs = performance.now() - t;
    if (!preview.ok) throw new Error(`roster.import.preview: ${preview.error.message}`);
    const { errors, fileHash } = preview.value as RosterImportPreview;
    if (errors.length > 0) throw new Error(`roster.import.preview: ${errors.length} row errors, first: ${errors[0]!.message}`);
    t = performance.now();
    const applied = await session.dispatch('roster.import.apply', { ...input, fileHash });
    const applyMs = performance.now() - t;
    if (!applied.ok) throw new Error(`roster.import.apply: ${applied.error.message}`);
    return { previewMs, applyMs };
  } finally {
    await session.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const shown = (t: Timed) => `preview ${ms(t.previewMs)} + apply ${ms(t.applyMs)} = ${ms(t.previewMs + t.applyMs)} ms`;

/** The figure: the 20-year archive's first committee and the demo committee (both id 1). */
export async function rosterImportFigure(big: string, demo: string): Promise<Figure> {
  const csv = importCsv();
  const [tBig, tDemo] = [await timeImport(big, 1, csv), await timeImport(demo, 1, csv)];
  return {
    figure: `roster import, ${IMPORT_ROWS.toLocaleString('en-US')} CSV rows (${(csv.length / 2 ** 20).toFixed(1)} MiB)`,
    path: 'dispatch',
    big: shown(tBig),
    small: shown(tDemo),
    target: `< ${TARGET_MS / 1000} s`,
    pass: Math.max(tBig.previewMs + tBig.applyMs, tDemo.previewMs + tDemo.applyMs) < TARGET_MS,
  };
}
