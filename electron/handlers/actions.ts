import { carryForward } from '../../db/actions-carry-forward.js';
import { actionChase } from '../../db/actions-chase.js';
import { dueSoonDaysOf } from '../../db/actions-settings.js';
import {
  addProgress,
  completeAction,
  createAction,
  createActionsFromConclusion,
  deleteAction,
  holdAction,
  reopenAction,
  resumeAction,
  updateAction,
} from '../../db/actions-write.js';
import { getAction, listActions, unitNames } from '../../db/actions.js';
import { writeMemberTasksDocx, writeReminderDocx } from '../../db/documents/actions-docx.js';
import { actionReportXlsxBytes } from '../../db/documents/actions-report-file.js';
import { getMemberTasksDocument, getReminderDocument } from '../../db/documents/actions-source.js';
import { actionReport } from '../../db/reports-actions.js';
import { DOCX_MEDIA_TYPE, XLSX_MEDIA_TYPE, actionDocumentFileName } from '../contract.js';
import { type HandlerContext, todayOf } from './context.js';
import { defineHandlers } from './define.js';

// Actions, the chase, the reports and the two action documents (issue 9, helper C2). "Today"
// is the archive's (todayOf); every as-of defaults to it.

const asOfOr = async (asOf: string | undefined, ctx: HandlerContext) => asOf ?? (await todayOf(ctx));
const file = (fileName: string, mediaType: string, bytes: Buffer) => ({ fileName, mediaType, base64: bytes.toString('base64') });

export const actionHandlers = defineHandlers({
  'actions.list': async (input, ctx) => {
    const db = ctx.archive.db;
    return listActions(db, input, await asOfOr(input.asOf, ctx), await dueSoonDaysOf(db));
  },
  'actions.get': async (input, ctx) => getAction(ctx.archive.db, input.id, await asOfOr(input.asOf, ctx), await dueSoonDaysOf(ctx.archive.db)),
  'actions.create': async (input, ctx) => createAction(ctx.archive.db, input, await todayOf(ctx), ctx.actor),
  'actions.createFromConclusion': async (input, ctx) => createActionsFromConclusion(ctx.archive.db, input, await todayOf(ctx), ctx.actor),
  'actions.update': async ({ id, ...patch }, ctx) => updateAction(ctx.archive.db, id, patch, await todayOf(ctx), ctx.actor),
  'actions.addProgress': async (input, ctx) => addProgress(ctx.archive.db, input, await todayOf(ctx), ctx.actor),
  'actions.complete': async (input, ctx) => completeAction(ctx.archive.db, input, await todayOf(ctx), ctx.actor),
  'actions.reopen': async (input, ctx) => reopenAction(ctx.archive.db, input.id, input.reason, await todayOf(ctx), ctx.actor),
  'actions.hold': async (input, ctx) => holdAction(ctx.archive.db, input.id, input.reason, await todayOf(ctx), ctx.actor),
  'actions.resume': async (input, ctx) => resumeAction(ctx.archive.db, input.id, await todayOf(ctx), ctx.actor),
  'actions.delete': async (input, ctx) => deleteAction(ctx.archive.db, input.id, ctx.actor),
  'actions.unitNames': async (input, ctx) => unitNames(ctx.archive.db, input.query, input.limit),
  'actions.chase': async (input, ctx) => actionChase(ctx.archive.db, await asOfOr(input.asOf, ctx), await dueSoonDaysOf(ctx.archive.db), input.committeeId),
  'reports.actions': async (input, ctx) => actionReport(ctx.archive.db, await asOfOr(input.asOf, ctx), await dueSoonDaysOf(ctx.archive.db), input.committeeId),
  'reports.exportXlsx': async (input, ctx) => {
    const asOf = await asOfOr(input.asOf, ctx);
    const bytes = await actionReportXlsxBytes(ctx.archive.db, asOf, await dueSoonDaysOf(ctx.archive.db), input.committeeId);
    return file(`bao-cao-nhiem-vu-${asOf}.xlsx`, XLSX_MEDIA_TYPE, bytes);
  },
  'actions.memberTasksDocument': async (input, ctx) => getMemberTasksDocument(ctx.archive.db, input.personId, input.committeeId, await asOfOr(input.asOf, ctx)),
  'actions.memberTasksDocx': async (input, ctx) => {
    const data = await getMemberTasksDocument(ctx.archive.db, input.personId, input.committeeId, await asOfOr(input.asOf, ctx));
    return file(actionDocumentFileName('tasks', input.personId), DOCX_MEDIA_TYPE, await writeMemberTasksDocx(data));
  },
  'actions.reminderDocument': async (input, ctx) => getReminderDocument(ctx.archive.db, input.owner, input.committeeId, await asOfOr(input.asOf, ctx)),
  'actions.reminderDocx': async (input, ctx) => {
    const data = await getReminderDocument(ctx.archive.db, input.owner, input.committeeId, await asOfOr(input.asOf, ctx));
    const name = 'personId' in input.owner ? input.owner.personId : input.owner.unitName;
    return file(actionDocumentFileName('reminder', name), DOCX_MEDIA_TYPE, await writeReminderDocx(data));
  },
  'actions.carryForward': async (input, ctx) => carryForward(ctx.archive.db, input.meetingId, await asOfOr(input.asOf, ctx), ctx.actor),
});
