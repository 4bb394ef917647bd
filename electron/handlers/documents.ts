import { getRosterDocument } from '../../db/documents/roster-source.js';
import { writeRosterDocx } from '../../db/documents/roster-docx.js';
import { writeRosterXlsx } from '../../db/documents/roster-xlsx.js';
import { DOCX_MEDIA_TYPE, type ExportedFile, XLSX_MEDIA_TYPE, rosterFileName } from '../contract.js';
import { type HandlerContext, todayOf } from './context.js';
import { defineHandlers } from './define.js';

/** The roster document of the asked day (default today, in the archive's time zone), dated that day. */
async function rosterDocument(input: { committeeId: number; asOf?: string }, ctx: HandlerContext) {
  return getRosterDocument(ctx.archive.db, input.committeeId, input.asOf ?? (await todayOf(ctx)));
}

function file(bytes: Buffer, fileName: string, mediaType: string): ExportedFile {
  return { fileName, mediaType, base64: bytes.toString('base64') };
}

/** Official documents: the roster of a date for print, as Word and as a spreadsheet. */
export const documentHandlers = defineHandlers({
  'roster.document': rosterDocument,
  'roster.exportDocx': async (input, ctx) => {
    const data = await rosterDocument(input, ctx);
    return file(await writeRosterDocx(data), rosterFileName(input.committeeId, data.roster.asOf, 'docx'), DOCX_MEDIA_TYPE);
  },
  'roster.exportXlsx': async (input, ctx) => {
    const data = await rosterDocument(input, ctx);
    return file(await writeRosterXlsx(data), rosterFileName(input.committeeId, data.roster.asOf, 'xlsx'), XLSX_MEDIA_TYPE);
  },
});
