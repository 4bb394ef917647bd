import { describe, expect, it } from 'vitest';
import { createCommittee } from '../committees.js';
import { createDecision } from '../decisions.js';
import { createMembership } from '../memberships.js';
import { attachmentLine } from '../model/index.js';
import { createPerson } from '../people.js';
import { applyReconstitution } from '../reconstitution.js';
import { TEST_ACTOR, useTempArchive } from '../test-support.js';
import { getRosterDocument } from './roster-source.js';

// The "(Kèm theo Quyết định …)" line names the decisions under which the members of the
// roster's day sit, in date order, and nothing that takes effect after that day.

const t = useTempArchive();
const TODAY = '2026-11-28';
const ISSUER = 'Huyện ủy Nông Cống';

/** A committee founded by 12-QĐ/HU (7 members), completed by a bổ sung signed 28/05/2021 that takes effect 01/06/2021. */
async function setup() {
  const committee = await createCommittee(t.db, { name: 'Ban Chỉ đạo giảm nghèo huyện Nông Cống', level: 'huyen', parentBody: ISSUER }, TEST_ACTOR, TODAY);
  const committeeId = committee.id;
  const person = async (fullName: string) => (await createPerson(t.db, { fullName }, TEST_ACTOR)).id;
  const founding = await createDecision(t.db, { committeeId, kind: 'thanh_lap', number: '12-QĐ/HU', signedOn: '2021-01-15', issuingBody: ISSUER }, TEST_ACTOR);
  const founders: number[] = [];
  for (const name of ['Lê Văn An', 'Trần Thị Bình', 'Nguyễn Văn Cường', 'Phạm Thị Dung', 'Hoàng Văn Em', 'Vũ Thị Giang', 'Đỗ Văn Hùng']) {
    const m = await createMembership(t.db, { personId: await person(name), committeeId, role: 'uy_vien', fromDate: '2021-01-15', decisionId: founding.id }, TEST_ACTOR);
    founders.push(m.id);
  }
  const supplement = await createDecision(t.db, { committeeId, kind: 'bo_sung', number: '20-QĐ/HU', signedOn: '2021-05-28', issuingBody: ISSUER }, TEST_ACTOR);
  await createMembership(t.db, { personId: await person('Bùi Văn Khánh'), committeeId, role: 'uy_vien', fromDate: '2021-06-01', decisionId: supplement.id }, TEST_ACTOR);
  return { committeeId, founders, person };
}

const line = async (committeeId: number, day: string) => {
  const data = await getRosterDocument(t.db, committeeId, day);
  return attachmentLine(data.decisions, data.roster.committee);
};

describe('the decision line of a roster', () => {
  it('names a bổ sung from the day its appointee joins, not from the day it was signed', async () => {
    const { committeeId } = await setup();
    expect(await line(committeeId, '2021-01-14')).toBeNull();
    expect(await line(committeeId, '2021-05-30')).toBe(`(Kèm theo Quyết định số 12-QĐ/HU ngày 15/01/2021 của ${ISSUER})`);
    expect(await line(committeeId, '2021-05-31')).toBe(`(Kèm theo Quyết định số 12-QĐ/HU ngày 15/01/2021 của ${ISSUER})`);
    expect(await line(committeeId, '2021-06-01')).toBe(`(Kèm theo Quyết định số 12-QĐ/HU ngày 15/01/2021 và Quyết định số 20-QĐ/HU ngày 28/05/2021 của ${ISSUER})`);
  });

  it('after a kiện toàn that relieved one member and added one: the three decisions the members sit under, in date order, issuer once', async () => {
    const { committeeId, founders, person } = await setup();
    await applyReconstitution(
      t.db,
      {
        committeeId,
        decision: { kind: 'kien_toan', number: '31-QĐ/HU', signedOn: '2021-09-10', issuingBody: ISSUER },
        effectiveDate: '2021-09-15',
        end: [{ membershipId: founders[0]! }],
        add: [{ personId: await person('Ngô Thị Lan'), role: 'uy_vien' }],
      },
      TEST_ACTOR,
    );
    const before = `(Kèm theo Quyết định số 12-QĐ/HU ngày 15/01/2021 và Quyết định số 20-QĐ/HU ngày 28/05/2021 của ${ISSUER})`;
    expect(await line(committeeId, '2021-09-10')).toBe(before);
    expect(await line(committeeId, '2021-09-14')).toBe(before);
    const after = `(Kèm theo Quyết định số 12-QĐ/HU ngày 15/01/2021, Quyết định số 20-QĐ/HU ngày 28/05/2021 và Quyết định số 31-QĐ/HU ngày 10/09/2021 của ${ISSUER})`;
    expect(await line(committeeId, '2021-09-15')).toBe(after);
    const data = await getRosterDocument(t.db, committeeId, '2021-09-15');
    expect(data.roster.members.map((m) => m.decisionNumber).sort()).toEqual([...Array(6).fill('12-QĐ/HU'), '20-QĐ/HU', '31-QĐ/HU']);
  });

  it('drops a decision once nobody sits under it any more', async () => {
    const { committeeId } = await setup();
    const data = await getRosterDocument(t.db, committeeId, '2021-06-01');
    const other = await createDecision(t.db, { committeeId, kind: 'kien_toan', number: '40-QĐ/HU', signedOn: '2022-01-05', issuingBody: 'Ban Thường vụ Huyện ủy' }, TEST_ACTOR);
    await applyReconstitution(
      t.db,
      { committeeId, decision: { id: other.id }, effectiveDate: '2022-01-05', end: data.roster.members.filter((m) => m.decisionNumber === '20-QĐ/HU').map((m) => ({ membershipId: m.membershipId })) },
      TEST_ACTOR,
    );
    expect(await line(committeeId, '2022-01-05')).toBe(`(Kèm theo Quyết định số 12-QĐ/HU ngày 15/01/2021 của ${ISSUER})`);
  });
});
