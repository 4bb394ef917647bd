import { ATTACHMENT_KINDS } from '../../../electron/contract';

const TYPE_LABEL: Record<string, string> = {
  [ATTACHMENT_KINDS.pdf.mime]: 'pdf',
  [ATTACHMENT_KINDS.png.mime]: 'png',
  [ATTACHMENT_KINDS.jpeg.mime]: 'jpeg',
  [ATTACHMENT_KINDS.docx.mime]: 'word',
  [ATTACHMENT_KINDS.doc.mime]: 'word',
  [ATTACHMENT_KINDS.xlsx.mime]: 'excel',
  [ATTACHMENT_KINDS.xls.mime]: 'excel',
  [ATTACHMENT_KINDS.pptx.mime]: 'powerpoint',
  [ATTACHMENT_KINDS.ppt.mime]: 'powerpoint',
  [ATTACHMENT_KINDS.text.mime]: 'text',
};

/** The i18n key of a stored type's label (attachments.types.*). */
export const typeLabelKey = (mime: string): string => `attachments.types.${TYPE_LABEL[mime] ?? 'unknown'}`;

/** "1,5 MB", "820 KB", "12 B" (decimal units, as the 200 MB limit counts them). */
export function formatSize(bytes: number, locale = 'vi'): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`;
}
