import { applyImport } from '../../db/roster-import/apply.js';
import { type ImportFile, previewImport } from '../../db/roster-import/preview.js';
import { defineHandlers } from './define.js';

/** The file of a roster.import.* command, decoded (the contract checked its size and alphabet). */
const fileOf = (input: { fileName: string; contentBase64: string }): ImportFile => ({
  fileName: input.fileName,
  bytes: Buffer.from(input.contentBase64, 'base64'),
});

/** Importing a roster from a spreadsheet: preview (reads only), then apply (all rows or none). */
export const rosterImportHandlers = defineHandlers({
  'roster.import.preview': (input, ctx) => previewImport(ctx.archive.db, input.committeeId, fileOf(input)),
  'roster.import.apply': (input, ctx) => applyImport(ctx.archive.db, input.committeeId, fileOf(input), input.fileHash, ctx.actor),
});
