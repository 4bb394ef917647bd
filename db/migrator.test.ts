import { sql } from 'kysely';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ArchiveError } from './errors.js';
import { migrateTo, migrateToLatest, readSchemaInfo, assertOpenable } from './migrator.js';
import { SCHEMA_VERSION, migrations } from './migrations/index.js';
import type { Database } from './schema/index.js';
import { verifyAuditChain } from './audit-chain.js';
import { loadDemo } from './demo/load-demo.js';
import { TEST_ACTOR, openRaw, removeTempDirs, tempArchivePath } from './test-support.js';

// Every table of the Database type; `satisfies` fails the typecheck when the type gains one.
const DATABASE_TABLES = Object.keys({
  committees: 1,
  people: 1,
  people_words: 1,
  decisions: 1,
  committee_roles: 1,
  memberships: 1,
  meetings: 1,
  agenda_items: 1,
  attendance: 1,
  minutes: 1,
  minutes_versions: 1,
  conclusions: 1,
  conclusion_items: 1,
  actions: 1,
  action_owners: 1,
  action_done_counts: 1,
  progress_updates: 1,
  attachments: 1,
  attachment_chunks: 1,
  meeting_attachments: 1,
  agenda_item_attachments: 1,
  audit_log: 1,
  settings: 1,
  // R-A (0010)
  person_names: 1,
  // F1 (0011)
  committee_names: 1,
  meeting_guests: 1,
  document_numbers: 1,
  // FB (0016)
  decision_previous_scans: 1,
} satisfies Record<keyof Database, 1>).sort();

const raws: Array<ReturnType<typeof openRaw>> = [];
afterEach(async () => {
  for (const r of raws.splice(0)) await r.close();
});
afterAll(removeTempDirs);

function freshRaw() {
  const raw = openRaw(tempArchivePath());
  raw.sqlite.pragma('foreign_keys = ON');
  raws.push(raw);
  return raw;
}

/** Our tables: everything but SQLite's own and the migrator's bookkeeping. */
function ourTables(raw: ReturnType<typeof openRaw>): string[] {
  return (
    raw.sqlite
      .prepare(`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%'`)
      .pluck()
      .all() as string[]
  ).sort();
}

function schemaObjects(raw: ReturnType<typeof openRaw>): string[] {
  return (
    raw.sqlite
      .prepare(`select type || ' ' || name from sqlite_master where name not like 'sqlite_%' and name not like 'kysely_%'`)
      .pluck()
      .all() as string[]
  ).sort();
}

describe('migrations', () => {
  it('are numbered and listed in order, and SCHEMA_VERSION counts them', () => {
    const names = Object.keys(migrations);
    expect(names.length).toBe(SCHEMA_VERSION);
    expect([...names].sort()).toEqual(names);
    names.forEach((name, i) => expect(name.startsWith(String(i + 1).padStart(4, '0'))).toBe(true));
  });

  it('up creates exactly the tables of the Database type and sets user_version', async () => {
    const raw = freshRaw();
    await migrateToLatest(raw.db, raw.sqlite);
    expect(ourTables(raw)).toEqual(DATABASE_TABLES);
    expect(raw.sqlite.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(readSchemaInfo(raw.sqlite)).toEqual({ version: SCHEMA_VERSION, unknown: [], foreign: false });
  });

  it('down to 0 leaves none of our tables, indexes or triggers; up again rebuilds the same schema', async () => {
    const raw = freshRaw();
    await migrateToLatest(raw.db, raw.sqlite);
    const built = schemaObjects(raw);
    expect(built.some((o) => o.startsWith('trigger '))).toBe(true);
    expect(built.some((o) => o.startsWith('index '))).toBe(true);

    await migrateTo(raw.db, raw.sqlite, 0);
    expect(schemaObjects(raw)).toEqual([]);
    expect(raw.sqlite.pragma('user_version', { simple: true })).toBe(0);
    expect(readSchemaInfo(raw.sqlite)).toMatchObject({ version: 0, foreign: false });

    await migrateToLatest(raw.db, raw.sqlite);
    expect(schemaObjects(raw)).toEqual(built);
    // The rebuilt schema takes writes and keeps its guards.
    await raw.db.insertInto('settings').values({ key: 'k', value: '1', updated_at: 'now' }).execute();
    expect(await raw.db.selectFrom('settings').selectAll().execute()).toEqual([{ key: 'k', value: '1', updated_at: 'now' }]);
    await raw.db.insertInto('audit_log').values({ at: 'now', actor: 'lan', action: 'create', entity: 'x', entity_id: null, detail_json: null }).execute();
    await expect(raw.db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
  });

  it('migrating to the current version is a no-op that keeps the data', async () => {
    const raw = freshRaw();
    await migrateToLatest(raw.db, raw.sqlite);
    await raw.db.insertInto('settings').values({ key: 'k', value: '"v"', updated_at: 'now' }).execute();
    await migrateToLatest(raw.db, raw.sqlite);
    const rows = await raw.db.selectFrom('settings').select('value').execute();
    expect(rows).toEqual([{ value: '"v"' }]);
  });
});

describe('readSchemaInfo and assertOpenable', () => {
  it('sees a new empty file as version 0, not foreign, and openable', () => {
    const raw = freshRaw();
    const info = readSchemaInfo(raw.sqlite);
    expect(info).toEqual({ version: 0, unknown: [], foreign: false });
    expect(() => assertOpenable(info, 'x')).not.toThrow();
  });

  it('flags foreign tables and unknown migrations', () => {
    expect(() => assertOpenable({ version: 0, unknown: [], foreign: true }, 'x')).toThrow(
      expect.objectContaining({ code: 'NOT_AN_ARCHIVE' }),
    );
    const tooNew = () => assertOpenable({ version: SCHEMA_VERSION, unknown: ['9999-x'], foreign: false }, 'x');
    expect(tooNew).toThrow(ArchiveError);
    expect(tooNew).toThrow(expect.objectContaining({ code: 'SCHEMA_TOO_NEW' }));
    expect(() => assertOpenable({ version: SCHEMA_VERSION + 1, unknown: [], foreign: false }, 'x')).toThrow(/newer/);
  });
});

describe('audit_log', () => {
  it('is append-only: update and delete are refused by the archive itself', async () => {
    const raw = freshRaw();
    await migrateToLatest(raw.db, raw.sqlite);
    await raw.db
      .insertInto('audit_log')
      .values({ at: '2021-01-13T08:00:00Z', actor: 'lan', action: 'create', entity: 'person', entity_id: 1, detail_json: null })
      .execute();
    await expect(raw.db.updateTable('audit_log').set({ actor: 'someone else' }).execute()).rejects.toThrow(/append-only/);
    await expect(raw.db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log where id = 1`.execute(raw.db)).rejects.toThrow(/append-only/);
    const rows = await raw.db.selectFrom('audit_log').select(['actor']).execute();
    expect(rows).toEqual([{ actor: 'lan' }]);
  });
});

type Raw = ReturnType<typeof openRaw>;

/** Every reference of every table, as `table.column -> parent ON DELETE action`. */
function references(raw: Raw): string[] {
  return ourTables(raw).flatMap((table) =>
    (raw.sqlite.pragma(`foreign_key_list(${table})`) as Array<{ table: string; from: string; on_delete: string }>).map(
      (fk) => `${table}.${fk.from} -> ${fk.table} ${fk.on_delete}`,
    ),
  );
}

/** The rows of every table (only the given columns per table), the indexes and the counters. */
function snapshot(raw: Raw, columns: Record<string, string[]>) {
  const rows = Object.fromEntries(
    Object.entries(columns).map(([table, cols]) => [
      table,
      raw.sqlite.prepare(`select ${cols.map((c) => `"${c}"`).join(', ')} from "${table}" order by rowid`).all(),
    ]),
  );
  const indexes = raw.sqlite.prepare(`select name, tbl_name, sql from sqlite_master where type = 'index' order by name`).all();
  const counters = raw.sqlite.prepare('select name, seq from sqlite_sequence order by name').all();
  return { rows, indexes, counters };
}

function tableColumns(raw: Raw): Record<string, string[]> {
  return Object.fromEntries(
    ourTables(raw).map((t) => [t, (raw.sqlite.pragma(`table_info(${t})`) as Array<{ name: string }>).map((c) => c.name)]),
  );
}

describe('0002: archive trust', () => {
  it('makes every reference between records RESTRICT', async () => {
    const raw = freshRaw();
    await migrateToLatest(raw.db, raw.sqlite);
    const refs = references(raw);
    expect(refs.length).toBeGreaterThanOrEqual(25);
    expect(refs.filter((r) => !r.endsWith(' RESTRICT'))).toEqual([]);
  });

  it('upgrades a version-1 archive keeping every row, index and counter, and back-fills a sound audit chain', async () => {
    const raw = freshRaw();
    await migrateToLatest(raw.db, raw.sqlite);
    await loadDemo(raw.db, TEST_ACTOR);
    await migrateTo(raw.db, raw.sqlite, 1);
    expect(references(raw).filter((r) => r.endsWith(' CASCADE')).length).toBeGreaterThan(0);
    const v1Columns = tableColumns(raw);
    expect(v1Columns.audit_log).not.toContain('hash');
    const before = snapshot(raw, v1Columns);
    expect((before.rows.audit_log as unknown[]).length).toBeGreaterThan(0);
    expect((before.rows.memberships as unknown[]).length).toBe(8);

    await migrateTo(raw.db, raw.sqlite, 2);
    expect(snapshot(raw, v1Columns)).toEqual(before);
    expect(raw.sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(references(raw).filter((r) => !r.endsWith(' RESTRICT'))).toEqual([]);
    expect(await verifyAuditChain(raw.db)).toMatchObject({ status: 'ok', entries: (before.rows.audit_log as unknown[]).length });
  });

  it('refuses, in the schema, to delete a committee that has meetings', async () => {
    const raw = freshRaw();
    await migrateToLatest(raw.db, raw.sqlite);
    const demo = await loadDemo(raw.db, TEST_ACTOR);
    // SQLite runs RESTRICT as a trigger: SQLITE_CONSTRAINT_TRIGGER, "FOREIGN KEY constraint failed".
    await expect(raw.db.deleteFrom('committees').where('id', '=', demo.committeeId).execute()).rejects.toThrow(
      /FOREIGN KEY constraint failed/,
    );
    expect(raw.sqlite.prepare('select count(*) from meetings').pluck().get()).toBeGreaterThan(0);
  });
});
