import { deleteAttachment, getAttachment, linkAttachment, listAttachments, unlinkAttachment } from '../../db/attachments.js';
import { listOrphanAttachments } from '../../db/attachments-orphans.js';
import { getDecisionScan, setDecisionScan } from '../../db/decisions.js';
import { defineHandlers } from './define.js';

/** Attachments' descriptions and links; their bytes move through the hosts' jobs (core/jobs.ts). */
export const attachmentHandlers = defineHandlers({
  'attachments.get': (input, ctx) => getAttachment(ctx.archive.db, input.id),
  'attachments.list': (input, ctx) => listAttachments(ctx.archive.db, input),
  'attachments.link': ({ attachmentId, ...target }, ctx) => linkAttachment(ctx.archive.db, attachmentId, target, ctx.actor),
  'attachments.unlink': async ({ attachmentId, ...target }, ctx) => {
    await unlinkAttachment(ctx.archive.db, attachmentId, target, ctx.actor);
    return null;
  },
  'attachments.delete': async (input, ctx) => {
    await deleteAttachment(ctx.archive.db, input.id, ctx.actor);
    return null;
  },
  'attachments.orphans': (input, ctx) => listOrphanAttachments(ctx.archive.db, input),
  'decisions.setScan': (input, ctx) => setDecisionScan(ctx.archive.db, input.decisionId, input.attachmentId, ctx.actor),
  'decisions.getScan': (input, ctx) => getDecisionScan(ctx.archive.db, input.decisionId),
});
