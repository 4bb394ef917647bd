import { audit } from '../audit.js';
import { nowIso } from '../clock.js';
import { refreshPersonKeys } from '../people-keys.js';
import type { Db } from '../connection.js';
import { ArchiveError } from '../errors.js';
import { loadDemoMeeting } from './demo-meeting.js';
import * as seed from './thanh-hoa-2021.js';

export interface DemoSummary {
  committeeId: number;
  meetingId: number;
  conclusionId: number;
  members: number;
  items: number;
  actions: number;
}

function paragraph(text: string) {
  return { type: 'paragraph', content: [{ type: 'text', text }] };
}

/** Loads the seed meeting into an empty archive, in one transaction. */
export async function loadDemo(db: Db, actor: string): Promise<DemoSummary> {
  return db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('committees').select('id').limit(1).executeTakeFirst();
    if (existing) {
      throw new ArchiveError('NOT_EMPTY', 'The archive already holds committees; the demo loads only into an empty archive');
    }
    const now = nowIso();
    const stamps = { created_at: now, updated_at: now };

    const { id: committeeId } = await trx
      .insertInto('committees')
      .values({ ...seed.committee, ...stamps })
      .returning('id')
      .executeTakeFirstOrThrow();
    const { id: decisionId } = await trx
      .insertInto('decisions')
      .values({ ...seed.decision, committee_id: committeeId, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();

    const person = new Map<string, number>();
    for (const m of seed.members) {
      const { id } = await trx
        .insertInto('people')
        .values({ full_name: m.full_name, position: m.position, organisation: m.organisation, ...stamps })
        .returning('id')
        .executeTakeFirstOrThrow();
      person.set(m.key, id);
      await refreshPersonKeys(trx, id);
      await trx
        .insertInto('memberships')
        .values({
          person_id: id,
          committee_id: committeeId,
          role: m.role,
          position: m.appointed_as ?? m.position,
          duty: m.duty ?? null,
          from_date: m.from_date,
          to_date: m.to_date ?? null,
          decision_id: m.to_date ? null : decisionId,
          end_decision_id: m.to_date ? decisionId : null,
          created_at: now,
        })
        .execute();
    }
    const pid = (key: string) => {
      const id = person.get(key);
      if (id === undefined) throw new Error(`demo data names an unknown member: ${key}`);
      return id;
    };

    const meetingId = await loadDemoMeeting(trx, committeeId, pid, stamps);
    await trx
      .insertInto('minutes')
      .values({
        meeting_id: meetingId,
        status: 'draft',
        fields_json: JSON.stringify({ openedAt: seed.meeting.starts_at, closedAt: seed.meeting.ends_at }),
        body_json: JSON.stringify({ type: 'doc', content: seed.minutesBody.map(paragraph) }),
        ...stamps,
      })
      .execute();

    const { items, recipients, signer, ...conclusionFields } = seed.conclusion;
    const { id: conclusionId } = await trx
      .insertInto('conclusions')
      .values({
        ...conclusionFields,
        committee_id: committeeId,
        meeting_id: meetingId,
        signer_person_id: pid(signer),
        recipients_json: JSON.stringify(recipients),
        status: 'draft',
        ...stamps,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const itemIds: number[] = [];
    for (const [i, text] of items.entries()) {
      const { id } = await trx
        .insertInto('conclusion_items')
        .values({ conclusion_id: conclusionId, position: i + 1, text })
        .returning('id')
        .executeTakeFirstOrThrow();
      itemIds.push(id);
    }

    for (const a of seed.actions) {
      const { id: actionId } = await trx
        .insertInto('actions')
        .values({
          committee_id: committeeId,
          conclusion_item_id: itemIds[a.item - 1] ?? null,
          title: a.title,
          deadline: a.deadline,
          completed_on: a.completed_on,
          on_hold: a.on_hold ? 1 : 0,
          hold_reason: a.on_hold ?? null,
          ...stamps,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx.insertInto('action_owners').values({ action_id: actionId, person_id: pid(a.lead), is_lead: 1 }).execute();
      for (const co of a.coOwners ?? []) {
        await trx.insertInto('action_owners').values({ action_id: actionId, person_id: pid(co), is_lead: 0 }).execute();
      }
      if (a.unit) {
        await trx.insertInto('action_owners').values({ action_id: actionId, unit_name: a.unit, is_lead: 0 }).execute();
      }
      for (const p of a.progress ?? []) {
        await trx.insertInto('progress_updates').values({ action_id: actionId, ...p, created_at: now }).execute();
      }
    }

    const summary = {
      committeeId,
      meetingId,
      conclusionId,
      members: seed.members.length,
      items: items.length,
      actions: seed.actions.length,
    };
    await audit(trx, { actor, action: 'demo', entity: 'archive', entityId: null, detail: summary });
    return summary;
  });
}
