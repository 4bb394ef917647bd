import type { Archive } from '../../db/connection.js';
import { sealUnsealedMinutesVersions } from '../../db/integrity-minutes.js';
import { invitationSnapshot } from '../../db/meetings-invitation.js';
import { backfillMinutesSnapshots } from '../../db/minutes-versions.js';
import { backfillPersonKeys } from '../../db/people-keys.js';

/**
 * Maintenance the app documents for records written outside its own write path, run on the
 * generated archive (opened with the app's openArchive) after the bulk insert. The generator
 * writes raw rows for speed, so any column the app maintains on write (folded names, sort
 * keys, hash chains) must be back-filled here, through the app's own function.
 *
 * HOOKS — add one line per function as it lands, e.g.:
 *   - G (0004, folded/sort-key columns): `{ name: 'people sort keys', run: (a) => backfillSortKeys(a.db) }`
 *   - B (0002, audit chain): `{ name: 'audit chain', run: (a) => rechainAudit(a.db) }`
 * The generator's summary lists every schema column it leaves unfilled, so a new column
 * without a hook here is visible rather than silently null.
 */
async function lastAuditAt(a: Archive): Promise<string | undefined> {
  const last = await a.db.selectFrom('audit_log').select('at').orderBy('id', 'desc').limit(1).executeTakeFirst();
  return last?.at;
}

/** 0016 (FB): each numbered invitation frozen as it prints, through the app's own snapshot (null → set is allowed). */
async function freezeInvitations(a: Archive): Promise<void> {
  await a.db.transaction().execute(async (trx) => {
    const ids = await trx.selectFrom('meetings').select('id').where('invitation_number_id', 'is not', null).where('invitation_json', 'is', null).orderBy('id').execute();
    for (const { id } of ids) {
      await trx.updateTable('meetings').set({ invitation_json: JSON.stringify(await invitationSnapshot(trx, id)) }).where('id', '=', id).execute();
    }
  });
}

export const afterGenerate: Array<{ name: string; run: (archive: Archive) => Promise<void> }> = [
  // 0004: folded name and organisation, Vietnamese sort key, people_words. rows.ts writes
  // them with the same functions (50,000 people one by one here took minutes); this fills
  // any person it left without them.
  { name: 'people name keys', run: async (a) => void (await backfillPersonKeys(a.db)) },
  // 0012 (P1): what each finalized version's print shows, frozen through the app's own
  // minutesSnapshot from the generated rows (deterministic: it reads only them).
  { name: 'minutes snapshots', run: async (a) => void (await backfillMinutesSnapshots(a.db)) },
  { name: 'invitation snapshots', run: freezeInvitations },
  // 0015 (FA): each generated version sealed in the audit log, after its snapshot (the seal hashes it).
  // Dated as the log's last entry, not the wall clock: the same seed writes the same file, and the log stays in time order.
  { name: 'minutes seals', run: async (a) => void (await sealUnsealedMinutesVersions(a.db, 'minutebook bench', await lastAuditAt(a))) },
];
// The audit chain (0002) is not a hook: rows.ts writes prev_hash and hash while inserting
// (entryHash of db/audit-chain.ts, in id order), since the log refuses updates.
