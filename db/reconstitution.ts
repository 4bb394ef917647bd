import { type Transaction, sql } from 'kysely';
import { audit } from './audit.js';
import { listRoles } from './committee-roles.js';
import type { Db } from './connection.js';
import { type DecisionInput, getDecision, insertDecision } from './decisions.js';
import { ArchiveError, notFound } from './errors.js';
import { endMembershipIn, endsBeforeStart, insertMembership } from './memberships.js';
import { findDuplicates, insertPerson } from './people.js';
import { vietnameseSortKey } from './text/sort-key.js';
import type { Decision, ReconstitutionPreview, ReconstitutionResult, RosterMember, SaveWarning } from './model/index.js';
import { getRoster, rosterMembers } from './roster.js';
import type { Database } from './schema/index.js';
import { cleanText } from './text/fold.js';

export type { ReconstitutionPreview, ReconstitutionResult };

type Reader = Db | Transaction<Database>;

/** One reconstitution (kiện toàn), as the contract's `roster.reconstitution.*` commands take it. */
export interface ReconstitutionInput {
  committeeId: number;
  /** An existing decision of the committee, or a new one written with the reconstitution. */
  decision: { id: number } | Omit<DecisionInput, 'committeeId'>;
  /** The day it takes effect (default: the decision's date). */
  effectiveDate?: string;
  end?: Array<{ membershipId: number }>;
  change?: Array<{ membershipId: number; role?: string; position?: string | null; duty?: string | null }>;
  /** Each appointed person: one from the directory (personId) or one written with the decision (newPerson). */
  add?: Array<{ personId?: number; newPerson?: NewPerson; role: string; position?: string | null; duty?: string | null }>;
}

/** A person not yet in the directory, created in the reconstitution's transaction. */
export interface NewPerson {
  fullName: string;
  position?: string | null;
  organisation?: string | null;
}

/** A membership the reconstitution starts. */
interface Start {
  /** Negative for a new person: -(1 + index in Plan.newPeople). */
  personId: number;
  role: string;
  position: string | null;
  duty: string | null;
  /** The membership it continues with changes (null: a new member). */
  replaces: number | null;
}

interface Plan {
  effectiveDate: string;
  decision: { id: number | null; number: string; signedOn: string };
  before: RosterMember[];
  after: RosterMember[];
  /** Memberships ended (those changed included). */
  ending: number[];
  starts: Start[];
  /** The people written before the memberships that name them (Start.personId -(i + 1)). */
  newPeople: NewPerson[];
  warnings: SaveWarning[];
}

const text = (v: string | null | undefined) => (v == null ? null : cleanText(v) || null);
const multiline = (v: string | null | undefined) => (v == null ? null : v.normalize('NFC').trim() || null);

function conflict(message: string, field: string): ArchiveError {
  return new ArchiveError('CONFLICT', message, { field });
}

/**
 * The members in roster order (role, then Vietnamese name order, as roster.get orders), sorted
 * by SQL: the people's sort keys are the archive's, a new person's is computed as
 * people-keys.ts would store it.
 */
async function rosterOrder(db: Reader, committeeId: number, members: RosterMember[], newPeople: NewPerson[]): Promise<RosterMember[]> {
  if (members.length === 0) return [];
  const newKey = (personId: number) => (personId < 0 ? vietnameseSortKey(newPeople[-personId - 1]!.fullName) : null);
  const rows = sql.join(members.map((m, i) => sql`(${i}, ${m.personId}, ${m.role}, ${newKey(m.personId)})`));
  const { rows: order } = await sql<{ i: number }>`
    with after_members(i, person_id, role, new_key) as (values ${rows})
    select after_members.i from after_members
    left join people p on p.id = after_members.person_id
    left join committee_roles r on r.committee_id = ${committeeId} and r.code = after_members.role
    order by r.position, coalesce(p.sort_key, after_members.new_key), after_members.person_id, after_members.i`.execute(db);
  return order.map((o) => members[o.i]!);
}

/**
 * Checks the input against the archive and works out the roster before and after, without
 * writing: preview answers with it, apply writes exactly it. "Before" is the roster on the
 * effective date as the archive holds it; "after" is the same day once the decision applies.
 */
async function plan(db: Reader, input: ReconstitutionInput): Promise<Plan> {
  const committee = await db.selectFrom('committees').select('id').where('id', '=', input.committeeId).executeTakeFirst();
  if (!committee) throw notFound('committee', input.committeeId);
  let decision: Plan['decision'];
  if ('id' in input.decision) {
    const found: Decision = await getDecision(db, input.decision.id);
    if (found.committeeId !== input.committeeId) throw conflict(`decision ${found.id} belongs to another committee`, 'decision');
    decision = { id: found.id, number: found.number, signedOn: found.signedOn };
  } else {
    decision = { id: null, number: cleanText(input.decision.number), signedOn: input.decision.signedOn };
  }
  const effectiveDate = input.effectiveDate ?? decision.signedOn;
  const before = (await rosterMembers(db, input.committeeId, effectiveDate)).members;
  const inForce = new Map(before.map((m) => [m.membershipId, m]));
  const roles = new Map((await listRoles(db, input.committeeId)).items.map((r) => [r.code, r]));
  const warnings: SaveWarning[] = [];

  const ending: number[] = [];
  const starts: Start[] = [];
  const touched = async (membershipId: number, field: string): Promise<RosterMember> => {
    const member = inForce.get(membershipId);
    if (!member) {
      // A term of this committee that starts after the day: relieved before appointed.
      const later = await db
        .selectFrom('memberships as m')
        .innerJoin('people as p', 'p.id', 'm.person_id')
        .select(['p.full_name', 'm.from_date'])
        .where('m.id', '=', membershipId)
        .where('m.committee_id', '=', input.committeeId)
        .where('m.from_date', '>', effectiveDate)
        .executeTakeFirst();
      if (later) throw endsBeforeStart(later.full_name, later.from_date, effectiveDate, field, membershipId);
      throw conflict(`membership ${membershipId} is not on the roster of ${effectiveDate}`, field);
    }
    if (ending.includes(membershipId)) throw conflict(`membership ${membershipId} is named twice`, field);
    if (member.fromDate >= effectiveDate) throw endsBeforeStart(member.fullName, member.fromDate, effectiveDate, field, membershipId);
    ending.push(membershipId);
    return member;
  };
  const role = (code: string, field: string) => {
    if (!roles.has(code)) throw conflict(`role ${code} is not in the committee's roles`, field);
    return code;
  };
  for (const [i, e] of (input.end ?? []).entries()) await touched(e.membershipId, `end.${i}.membershipId`);
  for (const [i, c] of (input.change ?? []).entries()) {
    const m = await touched(c.membershipId, `change.${i}.membershipId`);
    starts.push({
      personId: m.personId,
      role: c.role === undefined ? m.role : role(c.role, `change.${i}.role`),
      position: c.position === undefined ? m.position : text(c.position),
      duty: c.duty === undefined ? m.duty : multiline(c.duty),
      replaces: m.membershipId,
    });
  }
  const staying = new Set(before.filter((m) => !ending.includes(m.membershipId)).map((m) => m.personId));
  const newPeople: NewPerson[] = [];
  for (const [i, a] of (input.add ?? []).entries()) {
    role(a.role, `add.${i}.role`);
    let personId: number;
    if (a.newPerson) {
      const fresh = { fullName: cleanText(a.newPerson.fullName), position: text(a.newPerson.position), organisation: text(a.newPerson.organisation) };
      newPeople.push(fresh);
      personId = -newPeople.length;
      const same = await findDuplicates(db, { fullName: fresh.fullName, organisation: fresh.organisation, limit: 20 });
      if (same.items.length > 0) {
        warnings.push({
          code: 'possible_duplicate_person',
          message: `${fresh.fullName} is likely the same person as #${same.items.map((d) => d.id).join(', #')}`,
          ids: same.items.map((d) => d.id),
        });
      }
    } else if (a.personId !== undefined) {
      personId = a.personId;
      if (staying.has(personId) || starts.some((s) => s.personId === personId)) {
        const already = before.filter((m) => m.personId === personId).map((m) => m.membershipId);
        warnings.push({ code: 'already_member', message: `person ${personId} is already on the roster of ${effectiveDate}`, ids: already });
      }
    } else {
      throw conflict('an appointed person needs personId or newPerson', `add.${i}.personId`);
    }
    starts.push({ personId, role: a.role, position: text(a.position), duty: multiline(a.duty), replaces: null });
  }

  const personIds = [...new Set(starts.map((s) => s.personId).filter((id) => id > 0))];
  const people =
    personIds.length === 0 ? [] : await db.selectFrom('people').select(['id', 'full_name', 'organisation']).where('id', 'in', personIds).execute();
  const person = new Map<number, { full_name: string; organisation: string | null }>(people.map((p) => [p.id, p]));
  newPeople.forEach((p, i) => person.set(-(i + 1), { full_name: p.fullName, organisation: p.organisation ?? null }));
  for (const [i, a] of (input.add ?? []).entries()) {
    if (a.personId !== undefined && !person.has(a.personId)) {
      throw new ArchiveError('NOT_FOUND', `person ${a.personId} does not exist`, { entity: 'person', id: a.personId, field: `add.${i}.personId` });
    }
  }
  const stayingMembers = before.filter((m) => !ending.includes(m.membershipId));
  const started: RosterMember[] = starts.map((s, i) => {
    const p = person.get(s.personId)!;
    return {
      membershipId: -(i + 1),
      personId: s.personId,
      fullName: p.full_name,
      position: s.position,
      organisation: p.organisation,
      role: s.role,
      roleName: roles.get(s.role)!.name,
      duty: s.duty,
      fromDate: effectiveDate,
      toDate: null,
      decisionId: decision.id,
      decisionNumber: decision.number,
      decisionSignedOn: decision.signedOn,
    };
  });
  const after = await rosterOrder(db, input.committeeId, [...stayingMembers, ...started], newPeople);
  return { effectiveDate, decision, before, after, ending, starts, newPeople, warnings };
}

/**
 * The roster before and after the reconstitution, on its effective date; nothing written.
 * New memberships (not yet written) carry negative ids.
 */
export async function previewReconstitution(db: Db, input: ReconstitutionInput): Promise<ReconstitutionPreview> {
  const p = await plan(db, input);
  return { committeeId: input.committeeId, effectiveDate: p.effectiveDate, before: p.before, after: p.after, ending: p.ending, warnings: p.warnings };
}

/**
 * Writes the reconstitution in one transaction: the decision (when new), the end of every
 * membership it ends or changes, the memberships it starts, each audited, and one entry on
 * the committee naming it all. A failure anywhere changes nothing.
 */
export async function applyReconstitution(db: Db, input: ReconstitutionInput, actor: string): Promise<ReconstitutionResult> {
  const result = await db.transaction().execute(async (trx) => {
    const p = await plan(trx, input);
    const decisionId =
      p.decision.id ?? (await insertDecision(trx, { ...(input.decision as Omit<DecisionInput, 'committeeId'>), committeeId: input.committeeId }, actor));
    for (const id of p.ending) await endMembershipIn(trx, id, p.effectiveDate, decisionId, actor);
    const created: number[] = [];
    for (const person of p.newPeople) created.push(await insertPerson(trx, person, actor));
    const started: number[] = [];
    for (const s of p.starts) {
      started.push(
        await insertMembership(
          trx,
          { personId: s.personId < 0 ? created[-s.personId - 1]! : s.personId, committeeId: input.committeeId, role: s.role, position: s.position, duty: s.duty, fromDate: p.effectiveDate, decisionId },
          actor,
        ),
      );
    }
    await audit(trx, {
      actor,
      action: 'update',
      entity: 'committee',
      entityId: input.committeeId,
      detail: { reconstitution: { decisionId, effectiveDate: p.effectiveDate, ended: p.ending, started, peopleCreated: created } },
    });
    return { decisionId, effectiveDate: p.effectiveDate, ended: p.ending, started, warnings: p.warnings };
  });
  return {
    decision: await getDecision(db, result.decisionId),
    ended: result.ended,
    started: result.started,
    roster: await getRoster(db, input.committeeId, result.effectiveDate),
    warnings: result.warnings,
  };
}
