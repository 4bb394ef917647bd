import crypto from 'node:crypto';
import fs from 'node:fs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { openArchive } from '../../db/connection.js';
import { runCli } from '../../electron/cli/main.js';
import { dashboardCounts } from '../../db/dashboard.js';
import { backfillPersonKeys } from '../../db/people-keys.js';
import { listPeople } from '../../db/people-list.js';
import { getRoster } from '../../db/roster.js';
import { loadSqlite } from '../../db/sqlite-driver.js';
import { removeTempDirs, tempArchivePath } from '../../db/test-support.js';
import { scaledSize } from './context.js';
import { FIRST_DAY, LAST_DAY } from './dates.js';
import { generateArchive } from './generate-archive.js';

afterAll(removeTempDirs);

const size = { ...scaledSize(0.02), attachmentBytes: 3 * 2 ** 20 };

/** A fingerprint of every row of every table. */
function contentHash(file: string): string {
  const sqlite = new (loadSqlite())(file, { readonly: true });
  const hash = crypto.createHash('sha256');
  const tables = sqlite.prepare(`select name from sqlite_master where type = 'table' and name not like 'kysely_%' order by name`).all() as Array<{ name: string }>;
  for (const { name } of tables) {
    // Sorted as text: people_words is WITHOUT ROWID.
    const lines = (sqlite.prepare(`select * from "${name}"`).all() as unknown[]).map((row) => JSON.stringify(row, (_k, v) => (Buffer.isBuffer(v) ? v.toString('base64') : v)));
    for (const line of lines.sort()) hash.update(line);
  }
  sqlite.close();
  return hash.digest('hex');
}

describe('generateArchive', () => {
  it('writes the same archive for the same seed and another for another seed', async () => {
    const [a, b, c] = [tempArchivePath(), tempArchivePath(), tempArchivePath()];
    await generateArchive(a, { size, seed: 7 });
    await generateArchive(b, { size, seed: 7 });
    await generateArchive(c, { size, seed: 8 });
    expect(contentHash(a)).toBe(contentHash(b));
    expect(contentHash(a)).not.toBe(contentHash(c));
  }, 120_000);

  it('leaves the meetings and actions unchanged when people or attachments are added', async () => {
    const [a, b] = [tempArchivePath(), tempArchivePath()];
    await generateArchive(a, { size: scaledSize(0.02) });
    await generateArchive(b, { size: { ...scaledSize(0.02), people: 400, attachmentBytes: 2 ** 20 } });
    const read = (file: string, query: string) => {
      const sqlite = new (loadSqlite())(file, { readonly: true });
      const out = JSON.stringify(sqlite.prepare(query).all());
      sqlite.close();
      return out;
    };
    for (const q of ['select * from meetings', 'select id, title, deadline, completed_on from actions', 'select * from memberships']) {
      expect(read(b, q)).toBe(read(a, q));
    }
    expect(read(b, 'select count(*) n from people')).toBe('[{"n":400}]');
  }, 60_000);

  it('fills every table of the current schema with the exact totals and sound references', async () => {
    const file = tempArchivePath();
    const summary = await generateArchive(file, { size, checkReferences: true });
    expect(summary.emptyTables).toEqual([]);
    expect(summary.unfilled).toEqual({});
    expect(summary.rows).toMatchObject({
      committees: size.committees,
      people: size.people,
      meetings: size.meetings,
      conclusion_items: size.conclusionItems,
      actions: size.actions,
      action_owners: size.actionOwners,
      progress_updates: size.progressUpdates,
    });
    // One audit entry per record a clerk creates, in time order.
    const sqlite = new (loadSqlite())(file, { readonly: true });
    const audit = sqlite.prepare('select count(*) n, sum(at < lag) backwards from (select at, lag(at) over (order by id) lag from audit_log)').get() as { n: number; backwards: number };
    expect(audit.n).toBeGreaterThan(size.actions + size.progressUpdates);
    expect(audit.backwards).toBe(0);
    const span = sqlite.prepare('select min(starts_at) first, max(starts_at) last from meetings').get() as { first: string; last: string };
    expect(span.first >= FIRST_DAY && span.first < '2011').toBe(true);
    expect(span.last.slice(0, 10) <= LAST_DAY && span.last >= '2025').toBe(true);
    const levels = sqlite.prepare('select distinct level from committees order by level').pluck().all();
    expect(levels).toEqual(['huyen', 'tinh', 'xa']);
    sqlite.close();
  }, 60_000);

  it('writes Vietnamese names the app can open, search and list as of a date', async () => {
    const file = tempArchivePath();
    await generateArchive(file, { size: scaledSize(0.02) });
    const archive = await openArchive(file, { integrityCheck: 'now' });
    try {
      expect(archive.integrity().status).toBe('ok');
      const people = (await listPeople(archive.db, { limit: 200 })).items;
      expect(people).toHaveLength(scaledSize(0.02).people);
      expect(people.some((p) => /^Nguyễn /.test(p.fullName))).toBe(true);
      expect(people.every((p) => /^\p{Lu}\p{Ll}* \p{Lu}\p{Ll}* \p{Lu}\p{Ll}*$/u.test(p.fullName))).toBe(true);
      // The name keys were back-filled: the search finds the generated Nguyễns, in name order.
      const nguyen = (await listPeople(archive.db, { query: 'nguyen', limit: 200 })).items;
      expect(nguyen.length).toBeGreaterThan(people.length / 5);
      expect(nguyen.every((p) => p.fullName.startsWith('Nguyễn '))).toBe(true);
      const counts = await dashboardCounts(archive.db, LAST_DAY);
      expect(counts.actions.total).toBe(scaledSize(0.02).actions);
      expect(counts.actions.open).toBeGreaterThan(0);
      expect(counts.actions.done_late).toBeGreaterThan(0);
      // A past roster differs from today's: the committee was reconstituted (kiện toàn).
      const then = await getRoster(archive.db, 1, '2012-06-01');
      const now = await getRoster(archive.db, 1, LAST_DAY);
      expect(then.members.length).toBeGreaterThan(3);
      expect(then.members.map((m) => m.personId)).not.toEqual(now.members.map((m) => m.personId));
    } finally {
      await archive.close();
    }
  }, 60_000);

  it('passes `minutebook status`: integrity ok and the audit chain whole', async () => {
    const file = tempArchivePath();
    await generateArchive(file, { size: scaledSize(0.02) });
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      expect(await runCli(['status', '--db', file])).toBe(0);
      const printed = log.mock.calls.map((c) => c.join(' ')).join('\n');
      expect(printed).toContain('integrity: ok');
      expect(printed).toMatch(/audit log: ok \(\d+ entries\)/);
    } finally {
      log.mockRestore();
    }
    // Every membership carries the title of its decision (0003); every person the keys of 0004.
    const sqlite = new (loadSqlite())(file, { readonly: true });
    const missing = sqlite
      .prepare(`select (select count(*) from memberships where position is null or position = '') m, (select count(*) from people where sort_key is null or name_folded is null) p, (select count(distinct person_id) from people_words) w, (select count(*) from people) n`)
      .get() as { m: number; p: number; w: number; n: number };
    sqlite.close();
    expect(missing).toEqual({ m: 0, p: 0, w: missing.n, n: missing.n });
  }, 120_000);

  it('writes the name keys and search words the app’s own back-fill writes', async () => {
    const file = tempArchivePath();
    await generateArchive(file, { size: scaledSize(0.02) });
    const keys = (f: string) => {
      const sqlite = new (loadSqlite())(f, { readonly: true });
      const out = JSON.stringify([
        sqlite.prepare('select id, name_folded, organisation_folded, sort_key from people order by id').all(),
        sqlite.prepare('select word, person_id from people_words order by word, person_id').all(),
      ]);
      sqlite.close();
      return out;
    };
    const generated = keys(file);
    const copy = tempArchivePath();
    fs.copyFileSync(file, copy);
    const raw = new (loadSqlite())(copy);
    raw.exec('delete from people_words; update people set name_folded = null, organisation_folded = null, sort_key = null;');
    raw.close();
    const archive = await openArchive(copy, { integrityCheck: 'skip' });
    expect(await backfillPersonKeys(archive.db)).toBe(scaledSize(0.02).people);
    await archive.close();
    expect(keys(copy)).toBe(generated);
  }, 60_000);
  // C1 (issue 9): conclusion notices
  it('numbers every issued notice from its committee\'s TB series of the year, 01 upwards, and gives some directives sub-points', async () => {
    const file = tempArchivePath();
    await generateArchive(file, { size });
    const sqlite = new (loadSqlite())(file, { readonly: true });
    const one = (q: string) => sqlite.prepare(q).get() as Record<string, number>;
    expect(one(`select count(*) n from conclusions where (status = 'issued') <> (document_number_id is not null)`).n).toBe(0);
    expect(one(`select count(*) n from conclusions k join document_numbers d on d.id = k.document_number_id
      where d.type <> 'TB' or d.committee_id <> k.committee_id or d.issued_on <> k.issued_on or d.period <> substr(k.issued_on, 1, 4)`).n).toBe(0);
    // Per committee and year: 1..n without a gap.
    expect(one(`select count(*) n from (select committee_id, period, max(number) top, count(*) c from document_numbers where type = 'TB' group by 1, 2) where top <> c`).n).toBe(0);
    expect(one(`select count(*) n from conclusion_items where sub_points_json <> '[]'`).n).toBeGreaterThan(0);
    sqlite.close();
  }, 60_000);
});
