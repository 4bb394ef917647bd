import { getConclusion, listConclusions } from '../../db/conclusions.js';
import { cancelConclusion, issueConclusion } from '../../db/conclusions-issue.js';
import { conclusionSigners, conclusionStartingText } from '../../db/conclusions-start.js';
import { createConclusion, deleteConclusion, updateConclusion } from '../../db/conclusions-write.js';
import { getConclusionDocument } from '../../db/documents/conclusion-source.js';
import { writeConclusionDocx } from '../../db/documents/conclusion-docx.js';
import { DOCX_MEDIA_TYPE, conclusionFileName } from '../contract.js';
import { todayOf } from './context.js';
import { defineHandlers } from './define.js';

/** The conclusion notices (thông báo kết luận): drafts, issue and cancel, the document for print and Word. */
export const conclusionHandlers = defineHandlers({
  'conclusions.list': (input, ctx) => listConclusions(ctx.archive.db, input),
  'conclusions.get': (input, ctx) => getConclusion(ctx.archive.db, input.id),
  'conclusions.startingText': (input, ctx) => conclusionStartingText(ctx.archive.db, input.meetingId),
  'conclusions.signers': async (input, ctx) => conclusionSigners(ctx.archive.db, input.committeeId, input.asOf ?? (await todayOf(ctx))),
  'conclusions.create': async (input, ctx) =>
    createConclusion(
      ctx.archive.db,
      { ...input, meetingId: input.meetingId ?? null, preamble: input.preamble ?? null, datedOn: input.datedOn ?? (await todayOf(ctx)) },
      ctx.actor,
    ),
  'conclusions.update': ({ id, ...patch }, ctx) => updateConclusion(ctx.archive.db, id, patch, ctx.actor),
  'conclusions.issue': async (input, ctx) => issueConclusion(ctx.archive.db, input, ctx.actor, await todayOf(ctx)),
  'conclusions.cancel': (input, ctx) => cancelConclusion(ctx.archive.db, input.id, input.reason, ctx.actor),
  'conclusions.delete': async (input, ctx) => {
    await deleteConclusion(ctx.archive.db, input.id, ctx.actor);
    return null;
  },
  'conclusions.document': (input, ctx) => getConclusionDocument(ctx.archive.db, input.id),
  'conclusions.exportDocx': async (input, ctx) => {
    const data = await getConclusionDocument(ctx.archive.db, input.id);
    return { fileName: conclusionFileName(data.conclusion), mediaType: DOCX_MEDIA_TYPE, base64: (await writeConclusionDocx(data)).toString('base64') };
  },
});
