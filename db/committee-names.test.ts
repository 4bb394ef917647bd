import { describe, expect, it } from 'vitest';
import { createCommittee, getCommittee, updateCommittee } from './committees.js';
import { createDecision } from './decisions.js';
import { deleteCommittee } from './delete-records.js';
import { getRosterDocument } from './documents/roster-source.js';
import { writeRosterDocx } from './documents/roster-docx.js';
import { documentXml, paragraphs } from './documents/test-read-back.js';
import { createMembership } from './memberships.js';
import { attachmentLine, issuingBodyLine, parentBodyLine, rosterSubtitle } from './model/index.js';
import { createPerson } from './people.js';
import { getRoster } from './roster.js';
import { TEST_ACTOR, useTempArchive } from './test-support.js';

// A committee's name, issuing body and parent body as of a day (0011): after a rename, the
// roster of an earlier day (screen and CLI through roster.get, print and Word through the
// roster document) shows the committee as it was that day.

const t = useTempArchive();
const OLD = { name: 'Ban Chỉ đạo giảm nghèo huyện Tĩnh Gia', issuingBody: 'BAN CHỈ ĐẠO GIẢM NGHÈO', parentBody: 'Huyện ủy Tĩnh Gia' };
const NEW = { name: 'Ban Chỉ đạo giảm nghèo thị xã Nghi Sơn', issuingBody: 'BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA', parentBody: 'Thị ủy Nghi Sơn' };
const spaced = (s: string) => s.replace(/\u00a0/g, ' ');

async function renamed() {
  const c = await createCommittee(t.db, { ...OLD, level: 'huyen' }, TEST_ACTOR, '2020-01-01');
  const decision = await createDecision(t.db, { committeeId: c.id, kind: 'thanh_lap', number: '05-QĐ/HU', signedOn: '2020-01-10' }, TEST_ACTOR);
  const personId = (await createPerson(t.db, { fullName: 'Lê Văn An' }, TEST_ACTOR)).id;
  await createMembership(t.db, { personId, committeeId: c.id, role: 'uy_vien', fromDate: '2020-01-10', decisionId: decision.id }, TEST_ACTOR);
  // Renamed on 01/04/2020 (the district became a town).
  await updateCommittee(t.db, c.id, NEW, TEST_ACTOR, '2020-04-01');
  return c.id;
}

describe('a committee as of a day', () => {
  it('getCommittee and the roster of a day before the rename show the earlier name, issuing body and parent body; from that day the new ones', async () => {
    const id = await renamed();
    const before = await getCommittee(t.db, id, '2020-03-31');
    expect([before.name, before.issuingBody, before.parentBody]).toEqual([OLD.name, OLD.issuingBody, OLD.parentBody]);
    const on = (await getRoster(t.db, id, '2020-04-01')).committee;
    expect([on.name, on.issuingBody, on.parentBody]).toEqual([NEW.name, NEW.issuingBody, NEW.parentBody]);
    expect((await getRoster(t.db, id, '2020-02-01')).committee.name).toBe(OLD.name);
  });

  it('the printed and Word roster of an earlier day: header, title line and the decision line of that day', async () => {
    const id = await renamed();
    const data = await getRosterDocument(t.db, id, '2020-03-31');
    expect(spaced(issuingBodyLine(data.roster.committee))).toBe(OLD.issuingBody);
    expect(spaced(parentBodyLine(data.roster.committee)!)).toBe('HUYỆN ỦY TĨNH GIA');
    expect(spaced(rosterSubtitle(data.roster.committee))).toBe('BAN CHỈ ĐẠO GIẢM NGHÈO HUYỆN TĨNH GIA');
    // The decision records no issuer: the parent body of that day issued it.
    expect(attachmentLine(data.decisions, data.roster.committee)).toBe('(Kèm theo Quyết định số 05-QĐ/HU ngày 10/01/2020 của Huyện ủy Tĩnh Gia)');
    const text = paragraphs(documentXml(await writeRosterDocx(data))).map(spaced);
    expect(text).toEqual(expect.arrayContaining(['BAN CHỈ ĐẠO GIẢM NGHÈO HUYỆN TĨNH GIA', '(Kèm theo Quyết định số 05-QĐ/HU ngày 10/01/2020 của Huyện ủy Tĩnh Gia)']));
    expect(text.join('\n')).not.toContain('NGHI SƠN');
    const now = paragraphs(documentXml(await writeRosterDocx(await getRosterDocument(t.db, id, '2020-04-01')))).map(spaced);
    expect(now).toContain('BAN CHỈ ĐẠO GIẢM NGHÈO THỊ XÃ NGHI SƠN');
  });

  it('two renames: each day shows its own name; an edit that changes no name records nothing', async () => {
    const id = await renamed();
    await updateCommittee(t.db, id, { placeName: 'Nghi Sơn' }, TEST_ACTOR, '2020-05-01');
    expect(await t.db.selectFrom('committee_names').select('name').where('committee_id', '=', id).execute()).toEqual([{ name: OLD.name }]);
    await updateCommittee(t.db, id, { name: 'Ban Chỉ đạo giảm nghèo bền vững thị xã Nghi Sơn' }, TEST_ACTOR, '2021-01-01');
    expect((await getCommittee(t.db, id, '2020-03-31')).name).toBe(OLD.name);
    expect((await getCommittee(t.db, id, '2020-12-31')).name).toBe(NEW.name);
    expect((await getCommittee(t.db, id, '2021-01-01')).name).toBe('Ban Chỉ đạo giảm nghèo bền vững thị xã Nghi Sơn');
  });

  it('a committee with earlier names can still be deleted when nothing refers to it (the names go with it)', async () => {
    const c = await createCommittee(t.db, { name: 'Tổ công tác A', level: 'xa' }, TEST_ACTOR, '2020-01-01');
    await updateCommittee(t.db, c.id, { name: 'Tổ công tác B' }, TEST_ACTOR, '2020-02-01');
    await deleteCommittee(t.db, c.id, TEST_ACTOR);
    expect(await t.db.selectFrom('committee_names').selectAll().where('committee_id', '=', c.id).execute()).toEqual([]);
  });
});
