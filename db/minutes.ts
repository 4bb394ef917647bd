import type { Transaction } from 'kysely';
import { type AttendanceInput, writeAttendanceIn } from './attendance.js';
import { audit } from './audit.js';
import { type Clock, nowIso, systemClock } from './clock.js';
import type { Db } from './connection.js';
import { ArchiveError, notFound } from './errors.js';
import { defaultMinutesFields, readFields, readBody, timeIn } from './minutes-fields.js';
import { minutesVersionHash } from './minutes-seal.js';
import { minutesSnapshot } from './documents/meeting-source.js';
import { finishMeetingIn } from './meetings-write.js';
import { invalid } from './meetings-store.js';
import {
  EMPTY_RICH_TEXT,
  MINUTES_CLOSED_BEFORE_OPENED,
  MINUTES_MEETING_CANCELLED,
  MINUTES_MEETING_NOT_HELD,
  meetingDay,
  normalizeRichText,
  type Minutes, type MinutesFields, type MinutesSaved,
  type RichTextDoc,
  validateRichText,
} from './model/index.js';
import type { Database } from './schema/index.js';

export { defaultMinutesFields };

// The minutes of a meeting: a draft saved again and again (autosave, each save naming the
// revision it started from), finalized once (the original version, locked by migration 0008's
// triggers), amended later (a new version with its reason; the original kept).

export interface MinutesDraft {
  meetingId: number;
  /** The revision the clerk's window started from (0 before the first save). */
  expectedRevision: number;
  fields: MinutesFields;
  body: RichTextDoc;
}

/** What every write of the minutes also needs: who, the clock, and the archive's zone for "14:32". */
export interface MinutesWriteContext {
  actor: string;
  clock?: Clock;
  timeZone: string;
}

/** Refuses a body that is not in the model (the contract checks it too; the core never trusts a caller). */
export function checkBody(body: unknown): RichTextDoc {
  const result = validateRichText(body);
  if (!result.ok) {
    throw new ArchiveError('VALIDATION', `The minutes' text is not allowed: ${result.error.code} at ${result.error.path || 'the document'}`, {
      issues: [{ path: `body${result.error.path ? `.${result.error.path}` : ''}`, message: `rich_text.${result.error.code}` }],
    });
  }
  return normalizeRichText(result.doc);
}

async function meetingTitle(db: Db, meetingId: number): Promise<string> {
  const meeting = await db.selectFrom('meetings').select('title').where('id', '=', meetingId).executeTakeFirst();
  if (!meeting) throw notFound('meeting', meetingId);
  return meeting.title;
}

/** Minutes are written of a meeting that was not cancelled (VALIDATION on `meeting`). */
async function refuseCancelled(db: Db | Transaction<Database>, meetingId: number): Promise<void> {
  const meeting = await db.selectFrom('meetings').select('status').where('id', '=', meetingId).executeTakeFirst();
  if (!meeting) throw notFound('meeting', meetingId);
  if (meeting.status === 'cancelled') throw invalid('meeting', MINUTES_MEETING_CANCELLED, `meeting ${meetingId} was cancelled: it has no minutes`);
}

/**
 * What finalizing checks besides the text: the meeting's day has come (today in the archive's
 * zone), and the minutes close after they open. VALIDATION, with the catalogue's message.
 */
async function checkFinalizable(trx: Transaction<Database>, meetingId: number, fieldsJson: string, today: string): Promise<void> {
  const meeting = await trx.selectFrom('meetings').select('starts_at').where('id', '=', meetingId).executeTakeFirstOrThrow();
  const day = meetingDay(meeting.starts_at);
  if (day > today) throw invalid('meeting', MINUTES_MEETING_NOT_HELD, `meeting ${meetingId} is on ${day}, after today (${today}): its minutes cannot be finalized yet`);
  const fields = readFields(fieldsJson, await defaultMinutesFields(trx, meetingId));
  if (fields.openedAt !== null && fields.closedAt !== null && fields.closedAt < fields.openedAt) {
    throw invalid('fields.closedAt', MINUTES_CLOSED_BEFORE_OPENED, `the minutes close (${fields.closedAt}) before they open (${fields.openedAt})`);
  }
}

/** The minutes of a meeting: the draft (or a new one, its fields from the meeting), or the finalized text and its versions. */
export async function getMinutes(db: Db, meetingId: number, timeZone: string): Promise<Minutes> {
  const title = await meetingTitle(db, meetingId);
  const defaults = await defaultMinutesFields(db, meetingId);
  const row = await db.selectFrom('minutes').selectAll().where('meeting_id', '=', meetingId).executeTakeFirst();
  if (!row) {
    return {
      meetingId, meetingTitle: title, id: null, status: 'draft', revision: 0, fields: defaults, body: EMPTY_RICH_TEXT,
      savedAt: null, savedTime: null, finalizedAt: null, versions: [],
    };
  }
  // The list of versions without their texts; only the latest one's text is read.
  const versions = await db
    .selectFrom('minutes_versions')
    .select(['id', 'version', 'kind', 'reason', 'made_on', 'actor', 'created_at'])
    .where('minutes_id', '=', row.id)
    .orderBy('version')
    .execute();
  const last = versions.at(-1);
  const latest = last
    ? { version: last.version, ...(await db.selectFrom('minutes_versions').select(['fields_json', 'body_json']).where('id', '=', last.id).executeTakeFirstOrThrow()) }
    : undefined;
  return {
    meetingId,
    meetingTitle: title,
    id: row.id,
    status: row.status,
    // What the next write names: the draft's revision, or once finalized the latest version (amend).
    revision: row.status === 'finalized' ? (latest?.version ?? 0) : row.revision,
    fields: readFields(latest?.fields_json ?? row.fields_json, defaults),
    body: readBody(latest?.body_json ?? row.body_json, { meetingId, version: latest?.version ?? null }),
    savedAt: row.updated_at,
    savedTime: timeIn(row.updated_at, timeZone),
    finalizedAt: row.finalized_at,
    versions: versions.map((v) => ({ id: v.id, version: v.version, kind: v.kind, reason: v.reason, madeOn: v.made_on, actor: v.actor, createdAt: v.created_at })),
  };
}

const finalized = (meetingId: number) =>
  new ArchiveError('MINUTES_FINALIZED', `The minutes of meeting ${meetingId} are finalized; change them by an amendment`, { meetingId });

/**
 * Saves the draft (autosave): refused with MINUTES_STALE when another window saved since
 * `expectedRevision`, with MINUTES_FINALIZED once finalized. One transaction with its audit
 * entry (kept small: the revision, not the text).
 */
export async function saveMinutes(db: Db, draft: MinutesDraft, ctx: MinutesWriteContext): Promise<MinutesSaved> {
  const body = JSON.stringify(checkBody(draft.body));
  const fields = JSON.stringify(draft.fields);
  const now = nowIso(ctx.clock ?? systemClock);
  await meetingTitle(db, draft.meetingId);
  const revision = await db.transaction().execute(async (trx) => {
    await refuseCancelled(trx, draft.meetingId);
    const row = await trx.selectFrom('minutes').select(['id', 'status', 'revision', 'body_json']).where('meeting_id', '=', draft.meetingId).executeTakeFirst();
    if (row?.status === 'finalized') throw finalized(draft.meetingId);
    // A damaged stored draft is never written over (CORRUPT): it is restored from a backup, not lost.
    if (row) readBody(row.body_json, { meetingId: draft.meetingId });
    const current = row?.revision ?? 0;
    if (current !== draft.expectedRevision) {
      throw new ArchiveError('MINUTES_STALE', `The minutes were saved elsewhere (revision ${current}, this window has ${draft.expectedRevision})`, {
        meetingId: draft.meetingId,
        revision: current,
      });
    }
    const next = current + 1;
    if (!row) {
      const { id } = await trx
        .insertInto('minutes')
        .values({ meeting_id: draft.meetingId, status: 'draft', fields_json: fields, body_json: body, revision: next, created_at: now, updated_at: now })
        .returning('id')
        .executeTakeFirstOrThrow();
      await audit(trx, { actor: ctx.actor, action: 'create', entity: 'minutes', entityId: id, detail: { meetingId: draft.meetingId, revision: next } });
    } else {
      await trx
        .updateTable('minutes')
        .set({ fields_json: fields, body_json: body, revision: next, updated_at: now })
        .where('id', '=', row.id)
        .where('revision', '=', current)
        .execute();
      await audit(trx, { actor: ctx.actor, action: 'update', entity: 'minutes', entityId: row.id, detail: { meetingId: draft.meetingId, revision: next } });
    }
    return next;
  });
  return { revision, savedAt: now, savedTime: timeIn(now, ctx.timeZone) };
}

async function lockedRow(trx: Transaction<Database>, meetingId: number) {
  const row = await trx.selectFrom('minutes').selectAll().where('meeting_id', '=', meetingId).executeTakeFirst();
  if (!row) throw new ArchiveError('NOT_FOUND', `Meeting ${meetingId} has no minutes yet: write and save them first`, { entity: 'minutes', meetingId });
  return row;
}

/**
 * Finalizes the draft the clerk sees (`expectedRevision`): the minutes are locked and their
 * text becomes version 1, the original. Amendments come after.
 */
export async function finalizeMinutes(db: Db, meetingId: number, expectedRevision: number, today: string, ctx: MinutesWriteContext): Promise<Minutes> {
  const now = nowIso(ctx.clock ?? systemClock);
  await db.transaction().execute(async (trx) => {
    const row = await lockedRow(trx, meetingId);
    if (row.status === 'finalized') throw finalized(meetingId);
    if (row.revision !== expectedRevision) {
      throw new ArchiveError('MINUTES_STALE', `The minutes were saved elsewhere (revision ${row.revision}); reload before finalizing`, { meetingId, revision: row.revision });
    }
    checkBody(JSON.parse(row.body_json));
    await refuseCancelled(trx, meetingId);
    await checkFinalizable(trx, meetingId, row.fields_json, today);
    await trx.updateTable('minutes').set({ status: 'finalized', finalized_at: now, updated_at: now }).where('id', '=', row.id).execute();
    await finishMeetingIn(trx, meetingId, ctx.actor);
    // What the signed text shows, frozen now: later changes to people, committee or attendance never reach it.
    const document = await minutesSnapshot(trx, meetingId, row.fields_json);
    const stored = { minutes_id: row.id, version: 1, fields_json: row.fields_json, body_json: row.body_json, document_json: JSON.stringify(document) };
    const { id } = await trx
      .insertInto('minutes_versions')
      .values({ ...stored, kind: 'original', reason: null, made_on: today, actor: ctx.actor, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    // The seal: what the signed version stores, hashed into its chained audit entry (db/minutes-seal.ts).
    const detail = { meetingId, finalized: true, version: 1, versionId: id, contentHash: minutesVersionHash(stored) };
    await audit(trx, { actor: ctx.actor, action: 'update', entity: 'minutes', entityId: row.id, detail });
  });
  return getMinutes(db, meetingId, ctx.timeZone);
}

export interface MinutesAmendment {
  meetingId: number;
  /** The latest version the clerk's window read (Minutes.revision once finalized). */
  expectedRevision: number;
  reason: string;
  fields: MinutesFields;
  body: RichTextDoc;
  /**
   * Attendance changes. Once the minutes are finalized, attendance changes only here: written
   * in the amendment's transaction, then frozen with the new version.
   */
  attendance?: readonly AttendanceInput[];
}

/** An amendment of finalized minutes: a new version with its reason and day; every earlier version kept. */
export async function amendMinutes(db: Db, amendment: MinutesAmendment, today: string, ctx: MinutesWriteContext): Promise<Minutes> {
  const body = JSON.stringify(checkBody(amendment.body));
  const now = nowIso(ctx.clock ?? systemClock);
  await db.transaction().execute(async (trx) => {
    const row = await lockedRow(trx, amendment.meetingId);
    if (row.status !== 'finalized') {
      throw new ArchiveError('CONFLICT', `The minutes of meeting ${amendment.meetingId} are still a draft: edit the draft instead`, { meetingId: amendment.meetingId });
    }
    const last = await trx.selectFrom('minutes_versions').select('version').where('minutes_id', '=', row.id).orderBy('version', 'desc').limit(1).executeTakeFirst();
    const current = last?.version ?? 0;
    if (current !== amendment.expectedRevision) {
      throw new ArchiveError('MINUTES_STALE', `The minutes were amended elsewhere (version ${current}, this window has ${amendment.expectedRevision})`, {
        meetingId: amendment.meetingId,
        revision: current,
      });
    }
    const version = current + 1;
    if (amendment.attendance) await writeAttendanceIn(trx, amendment.meetingId, amendment.attendance, ctx.actor);
    const fields = JSON.stringify(amendment.fields);
    const document = await minutesSnapshot(trx, amendment.meetingId, fields);
    const stored = { minutes_id: row.id, version, fields_json: fields, body_json: body, document_json: JSON.stringify(document) };
    const { id } = await trx
      .insertInto('minutes_versions')
      .values({ ...stored, kind: 'amendment', reason: amendment.reason, made_on: today, actor: ctx.actor, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    const detail = { meetingId: amendment.meetingId, amendment: version, versionId: id, reason: amendment.reason, contentHash: minutesVersionHash(stored) };
    await audit(trx, { actor: ctx.actor, action: 'update', entity: 'minutes', entityId: row.id, detail });
  });
  return getMinutes(db, amendment.meetingId, ctx.timeZone);
}
