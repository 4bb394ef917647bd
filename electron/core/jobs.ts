import { z } from 'zod';
import { checkAttachmentTarget, readChunk } from '../../db/attachments.js';
import { saveAttachmentCopy, storeAttachmentFile } from '../../db/attachments-file.js';
import { loadDemo } from '../../db/demo/load-demo.js';
// C2 (issue 9): the actions report to a file
import { dueSoonDaysOf } from '../../db/actions-settings.js';
import { REPORT_FORMATS, writeActionReportFile } from '../../db/documents/actions-report-file.js';
import { todayOf } from '../handlers/context.js';
import { ArchiveError } from '../../db/errors.js';
import type { HandlerContext } from '../handlers/context.js';

// Jobs: operations a host starts that are not commands of the contract (the renderer cannot
// call them). They run in the writer worker unless listed in `jobWorkerJobs`: long jobs
// (backup, export, reindex) run on the job worker, a thread with a read-write connection of
// its own (job-session.ts), so that they never hold up a command. Core.job() routes them;
// long COMMANDS (roster.import.apply) are routed there by routing.ts's onJobWorker.

export const coreJobs = {
  /** `minutebook demo`: loads the Thanh Hóa demo into an empty, sound archive. */
  'demo.load': async (_input: unknown, ctx: HandlerContext) => {
    ctx.archive.assertWritable();
    return loadDemo(ctx.archive.db, ctx.actor);
  },

  // Attachments (helper M3): files on the host's disk in and out of the archive, a chunk at a
  // time. The paths come from the host (its temp folder, its dialogs), never from the renderer.
  /** Stores a file (an upload's temp file, or one the shell's dialog chose) with its link, in one transaction. */
  'attachments.storeFile': async (input: unknown, ctx: HandlerContext) => {
    ctx.archive.assertWritable();
    return storeAttachmentFile(ctx.archive.db, parseJob(storeFileInput, input), ctx.actor);
  },
  /** Whether a file may be stored there (the target exists; its meeting is still open): the upload route asks before streaming. */
  'attachments.checkTarget': async (input: unknown, ctx: HandlerContext) => {
    await checkAttachmentTarget(ctx.archive.db, parseJob(checkTargetInput, input).target);
    return null;
  },
  /** One chunk of a file (null past its end): the download route streams them one by one. */
  'attachments.readChunk': async (input: unknown, ctx: HandlerContext) => {
    const { attachmentId, seq } = parseJob(readChunkInput, input);
    return { data: await readChunk(ctx.archive.db, attachmentId, seq) };
  },
  /** Writes a copy of a file where the shell's save dialog said. */
  'attachments.saveCopy': async (input: unknown, ctx: HandlerContext) => {
    const { attachmentId, file } = parseJob(saveCopyInput, input);
    return saveAttachmentCopy(ctx.archive.db, attachmentId, file);
  },
  // C2 (issue 9): `minutebook report`: the actions report streamed to the file the CLI names (a temp file, then renamed).
  'reports.writeFile': async (input: unknown, ctx: HandlerContext) => {
    const { file, format, asOf, committeeId } = parseJob(reportFileInput, input);
    const report = await writeActionReportFile(ctx.archive.db, file, format, asOf ?? (await todayOf(ctx)), await dueSoonDaysOf(ctx.archive.db), committeeId);
    return { asOf: report.asOf, totals: report.totals };
  },
};

/**
 * The jobs that run on the job worker rather than the writer: storing or copying a file of up to
 * 200 MB must not hold up the clerk's commands.
 */
export const jobWorkerJobs: ReadonlySet<string> = new Set<string>(['attachments.storeFile', 'attachments.saveCopy', 'reports.writeFile']);

const rowId = z.number().int().positive();
const targetInput = z.union([z.object({ meetingId: rowId }).strict(), z.object({ agendaItemId: rowId }).strict(), z.object({ decisionId: rowId }).strict()]);
const checkTargetInput = z.object({ target: targetInput }).strict();
const storeFileInput = z
  .object({
    file: z.string().min(1),
    fileName: z.string().min(1).max(1000),
    declaredMime: z.string().max(200).nullish(),
    target: targetInput.optional(),
    removeFile: z.boolean().optional(),
  })
  .strict();
const readChunkInput = z.object({ attachmentId: rowId, seq: z.number().int().min(0) }).strict();
const reportFileInput = z
  .object({ file: z.string().min(1), format: z.enum(REPORT_FORMATS), asOf: z.iso.date().optional(), committeeId: rowId.optional() })
  .strict();
const saveCopyInput = z.object({ attachmentId: rowId, file: z.string().min(1) }).strict();

function parseJob<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new ArchiveError('VALIDATION', 'invalid job input', { issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) });
  return parsed.data;
}

export type Job = (input: unknown, ctx: HandlerContext) => Promise<unknown>;
export type JobName = keyof typeof coreJobs;
export type JobResult<N extends JobName> = Awaited<ReturnType<(typeof coreJobs)[N]>>;
