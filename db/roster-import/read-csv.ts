import Papa from 'papaparse';
import { type Table, UnreadableFile } from './table.js';

// CSV as Vietnamese Excel writes it: UTF-8 with or without a byte-order mark, comma or
// semicolon between cells (a Vietnamese locale's list separator is often ";"), quoted cells
// that may hold the separator, quotes and line breaks. Every cell stays text: a cell
// beginning with = + - @ is a name or a note, never a formula.

/** The separator of the first lines: the one that occurs more often outside quotes (comma on a tie). */
export function detectDelimiter(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  let lines = 0;
  for (let i = 0; i < text.length && lines < 20; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === ',') commas++;
    else if (!quoted && c === ';') semicolons++;
    else if (!quoted && c === '\n') lines++;
  }
  return semicolons > commas ? ';' : ',';
}

export function readCsv(bytes: Uint8Array): Table {
  let text: string;
  try {
    // fatal: bytes that are not UTF-8 (a file saved as Windows-1258) are refused, not garbled;
    // the default ignoreBOM=false drops a leading byte-order mark.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UnreadableFile('the file is not UTF-8 text');
  }
  if (text.includes('\u0000')) throw new UnreadableFile('the file is binary, not CSV text');
  const delimiter = detectDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false, dynamicTyping: false });
  // Each record is one row in Excel, even when a quoted cell spans several lines.
  const rows = parsed.data.map((cells, i) => ({ row: i + 1, cells }));
  // A final line break gives one empty record: it is no row.
  const last = rows.at(-1);
  if (last && last.cells.length === 1 && last.cells[0] === '') rows.pop();
  return { format: 'csv', delimiter, rows };
}
