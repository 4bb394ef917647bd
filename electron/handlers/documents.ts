import { resolveTimeZone, todayAt } from '../../db/clock.js';
import { getRosterDocument } from '../../db/documents/roster-source.js';
import { writeRosterDocx } from '../../db/documents/roster-docx.js';
import { writeRosterXlsx } from '../../db/documents/roster-xlsx.js';
import { DOCX_MEDIA_TYPE, type ExportedFile, XLSX_MEDIA_TYPE, rosterFileName } from '../contract.js';
// meeting documents (M4b)
import { getInvitationDocument, getMinutesDocument } from '../../db/documents/meeting-source.js';
import { writeInvitationDocx } from '../../db/documents/meeting-invitation-docx.js';
import { writeMinutesDocx } from '../../db/documents/meeting-minutes-docx.js';
import { meetingDocumentFileName } from '../contract.js';
import { type HandlerContext, todayOf } from './context.js';
import { defineHandlers } from './define.js';

/** The roster document of the asked day (default today, in the archive's time zone), dated that day. */
async function rosterDocument(input: { committeeId: number; asOf?: string }, ctx: HandlerContext) {
  return getRosterDocument(ctx.archive.db, input.committeeId, input.asOf ?? (await todayOf(ctx)));
}

function file(bytes: Buffer, fileName: string, mediaType: string): ExportedFile {
  return { fileName, mediaType, base64: bytes.toString('base64') };
}

// --- meeting documents (M4b) ---
/**
 * The invitation; before it is issued its place-date line is today where the committee
 * issues documents (its own zone when set, else the archive's).
 */
async function invitationDocument(input: { meetingId: number }, ctx: HandlerContext) {
  const data = await getInvitationDocument(ctx.archive.db, input.meetingId, await todayOf(ctx));
  const zone = data.committee.timeZone;
  return zone && !data.invitation ? { ...data, issuedOn: todayAt(ctx.clock, resolveTimeZone(zone)).today } : data;
}

const meetingDocumentHandlers = {
  'invitations.document': invitationDocument,
  'invitations.exportDocx': async (input: { meetingId: number }, ctx: HandlerContext) =>
    file(await writeInvitationDocx(await invitationDocument(input, ctx)), meetingDocumentFileName('invitation', input.meetingId), DOCX_MEDIA_TYPE),
  // Finalized minutes: the version asked for (default the latest) as frozen when it was made.
  'minutes.document': (input: { meetingId: number; version?: number }, ctx: HandlerContext) => getMinutesDocument(ctx.archive.db, input.meetingId, input.version),
  'minutes.exportDocx': async (input: { meetingId: number; version?: number }, ctx: HandlerContext) =>
    file(
      await writeMinutesDocx(await getMinutesDocument(ctx.archive.db, input.meetingId, input.version)),
      meetingDocumentFileName('minutes', input.meetingId),
      DOCX_MEDIA_TYPE,
    ),
};
// --- end meeting documents (M4b) ---

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
  ...meetingDocumentHandlers,
});
