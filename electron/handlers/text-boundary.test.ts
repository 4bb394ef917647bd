import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countAllRows, removeTempDirs, tempArchivePath } from '../../db/test-support.js';
import { type Session, openSession } from './session.js';

// Item 11: text is checked at the contract boundary, field by field, before anything is written.

let session: Session;
beforeEach(async () => {
  session = await openSession(tempArchivePath(), 'browser', { create: true });
});
afterEach(() => session.close());
afterAll(removeTempDirs);

const base = {
  'committees.create': { name: 'BCĐ huyện Thọ Xuân', level: 'huyen' },
  'people.create': { fullName: 'Lê Thị Bình' },
  'people.list': {},
} as const;
type Name = keyof typeof base;

const textFields: Array<[Name, string]> = [
  ['committees.create', 'name'],
  ['committees.create', 'shortName'],
  ['committees.create', 'parentBody'],
  ['committees.create', 'placeName'],
  ['committees.create', 'conclusionSymbol'],
  ['people.create', 'fullName'],
  ['people.create', 'position'],
  ['people.create', 'organisation'],
  ['people.create', 'phone'],
  ['people.create', 'email'],
  ['people.create', 'notes'],
  ['people.list', 'query'],
];

async function refused(name: Name, field: string, value: string) {
  const before = await countAllRows(session.archive.db);
  const result = await session.dispatch(name, { ...base[name], [field]: value });
  expect(await countAllRows(session.archive.db)).toEqual(before);
  if (result.ok) throw new Error(`${name}.${field} accepted ${JSON.stringify(value)}`);
  expect(result.error.code).toBe('VALIDATION');
  return result.error.issues ?? [];
}

describe('every text field refuses odd text with a field-level issue', () => {
  it.each(textFields)('%s %s: NUL and escape are control characters', async (name, field) => {
    for (const bad of ['Lê\u0000Bình', '\u001b[2J']) {
      expect(await refused(name, field, bad)).toContainEqual({ path: field, message: 'control_character' });
    }
  });

  it.each(textFields)('%s %s: a lone surrogate is ill-formed', async (name, field) => {
    expect(await refused(name, field, 'Lê Thị \ud800Bình')).toContainEqual({ path: field, message: 'ill_formed' });
  });

  it.each(textFields)('%s %s: a right-to-left override or a noncharacter is refused as hidden', async (name, field) => {
    for (const bad of ['Lê \u202eBình', 'Lê Bình\uffff', 'Lê \u2066Bình']) {
      expect(await refused(name, field, bad)).toContainEqual({ path: field, message: 'hidden_character' });
    }
  });

  it('a name of zero-width spaces is as empty as no name', async () => {
    expect(await refused('people.create', 'fullName', '\u200b\u200b')).toContainEqual({ path: 'fullName', message: 'required' });
    expect(await refused('committees.create', 'name', ' \u200b \ufeff ')).toContainEqual({ path: 'name', message: 'required' });
  });

  it('a newline is refused in a name but kept in notes', async () => {
    expect(await refused('people.create', 'fullName', 'Lê Thị\nBình')).toContainEqual({ path: 'fullName', message: 'control_character' });
    const created = await session.dispatch('people.create', { fullName: 'Lê Thị Bình', notes: 'Dòng 1\r\n\tDòng 2' });
    expect(created).toMatchObject({ ok: true, value: { notes: 'Dòng 1\n\tDòng 2' } });
  });
});

describe('text is stored as NFC', () => {
  it('NFD input comes back (and is stored) precomposed', async () => {
    const nfd = 'Hoàng Thị Dung'.normalize('NFD');
    const created = await session.dispatch('people.create', { fullName: nfd, position: 'Giám đốc Sở Nội vụ'.normalize('NFD') });
    expect(created).toMatchObject({ ok: true, value: { fullName: 'Hoàng Thị Dung', position: 'Giám đốc Sở Nội vụ' } });
    const row = await session.archive.db.selectFrom('people').select(['full_name', 'position']).executeTakeFirstOrThrow();
    expect(row.full_name).toBe('Hoàng Thị Dung');
    expect(row.full_name.length).toBe('Hoàng Thị Dung'.length);
    expect(row.position).toBe('Giám đốc Sở Nội vụ');
  });
});

describe('impossible dates are refused at the boundary', () => {
  it.each(['2021-02-31', '2021-13-13', '2021-02-29', '2021-04-31'])('roster.get and dashboard.counts refuse %s', async (asOf) => {
    for (const [name, input] of [
      ['roster.get', { committeeId: 1, asOf }],
      ['dashboard.counts', { asOf }],
    ] as const) {
      const result = await session.dispatch(name, input);
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      if (!result.ok) expect(result.error.issues?.map((i) => i.path)).toContain('asOf');
    }
  });
});
