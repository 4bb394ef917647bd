import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Archive } from '../connection.js';
import { openTempArchive, removeTempDirs } from '../test-support.js';
import {
  ATTENDANCE_STATUSES,
  COMMITTEE_LEVELS,
  CONCLUSION_STATUSES,
  DECISION_KINDS,
  DEFAULT_ROLE_NAMES,
  MEMBER_ROLES,
  DOCUMENT_FORMATS,
  MEETING_KINDS,
  MEETING_STATUSES,
  MINUTES_STATUSES,
  MINUTES_VERSION_KINDS,
  DOCUMENT_TYPES,
  DOCUMENT_NUMBER_STATUSES,
  // conclusions (C1, issue 9)
  SIGNING_FORMS,
} from './index.js';

// Frozen migrations keep their CHECK lists as written; this proves the live schema (after
// every migration) allows exactly the model's values, column by column.

const expected: Record<string, readonly string[]> = {
  'committees.level': COMMITTEE_LEVELS,
  'committees.document_format': DOCUMENT_FORMATS,
  'decisions.kind': DECISION_KINDS,
  'meetings.kind': MEETING_KINDS,
  'meetings.status': MEETING_STATUSES,
  'attendance.status': ATTENDANCE_STATUSES,
  'minutes.status': MINUTES_STATUSES,
  'minutes_versions.kind': MINUTES_VERSION_KINDS,
  'conclusions.status': CONCLUSION_STATUSES,
  'document_numbers.type': DOCUMENT_TYPES,
  'document_numbers.status': DOCUMENT_NUMBER_STATUSES,
  // conclusions (C1, issue 9)
  'conclusions.signing_form': SIGNING_FORMS,
};

/** `column in ('a', 'b')` checks of a CREATE TABLE statement: column → its values. */
export function textInLists(createSql: string): Map<string, string[]> {
  const lists = new Map<string, string[]>();
  for (const m of createSql.matchAll(/["`]?(\w+)["`]?\s+in\s*\(\s*('(?:[^']|'')*'(?:\s*,\s*'(?:[^']|'')*')*)\s*\)/gi)) {
    const values = [...(m[2] as string).matchAll(/'((?:[^']|'')*)'/g)].map((v) => (v[1] as string).replace(/''/g, "'"));
    lists.set(m[1] as string, values);
  }
  return lists;
}

let archive: Archive;
let live: Map<string, string[]>;
beforeAll(async () => {
  archive = await openTempArchive();
  const { rows: tables } = await sql<{ name: string; sql: string }>`
    select name, sql from sqlite_master where type = 'table' and sql is not null`.execute(archive.db);
  live = new Map();
  for (const t of tables) for (const [column, values] of textInLists(t.sql)) live.set(`${t.name}.${column}`, values);
});
afterAll(async () => {
  await archive.close();
  removeTempDirs();
});

describe('SQL checks of the live schema', () => {
  it.each(Object.entries(expected))('%s allows exactly the model list', (column, values) => {
    expect(live.get(column)).toEqual([...values]);
  });

  it('every text value list in the schema has its model list', () => {
    expect([...live.keys()].sort()).toEqual(Object.keys(expected).sort());
  });

  it("a new committee's roles are the model's defaults, in order (the trigger of 0006)", async () => {
    await sql`insert into committees (name, level, created_at, updated_at) values ('BCĐ', 'xa', '', '')`.execute(archive.db);
    const { rows } = await sql<{ code: string; name: string }>`
      select code, name from committee_roles where committee_id = (select max(id) from committees) order by position`.execute(archive.db);
    expect(rows).toEqual(MEMBER_ROLES.map((code) => ({ code, name: DEFAULT_ROLE_NAMES[code] })));
  });

  it('the parser reads a check as SQLite stores it', () => {
    const lists = textInLists(`create table "t" ("kind" text not null check (kind in ('a', 'b''c')), "n" integer check (n in (0, 1)))`);
    expect([...lists]).toEqual([['kind', ['a', "b'c"]]]);
  });
});
