import { searchWords } from '../../db/text/sort-key.js';
import { DAYS, dayOf, isoDay, isoTime } from './dates.js';
import { stampCommitteeRoles } from './committee-roles.js';
import type { GenContext } from './context.js';
import { CLERKS, COMMUNES, DISTRICTS, PROVINCE, personName, position } from './vietnamese.js';

export type Level = 'tinh' | 'huyen' | 'xa';

export interface Member {
  personId: number;
  role: string;
  from: number;
  /** Exclusive end day, or null while in office. */
  to: number | null;
}

export interface CommitteeModel {
  id: number;
  level: Level;
  place: string;
  clerk: string;
  founded: number;
  pool: number[];
  members: Member[];
}

export interface Organisation {
  committees: CommitteeModel[];
  personLevel: Level[];
}

/** Party-congress terms: each committee is reconstituted (kiện toàn) near these days. */
const TERM_STARTS = ['2006-12-15', '2010-11-20', '2015-10-25', '2020-10-20', '2025-09-25'].map(dayOf);
const ROLE_LAYOUT = ['truong_ban', 'pho_truong_ban_thuong_truc', 'pho_truong_ban', 'pho_truong_ban'];
const TERM_SIZE: Record<Level, number> = { tinh: 25, huyen: 18, xa: 12 };

function levelOf(index: number, total: number): Level {
  if (index === 0) return 'tinh';
  return index <= Math.max(1, Math.round((total - 1) * 0.28)) ? 'huyen' : 'xa';
}

export function generateOrganisation(ctx: GenContext): Organisation {
  const rng = ctx.rng('organisation');
  const scans = ctx.rng('decision-scans');
  const { committees: nCommittees, activePeople, people: nPeople } = ctx.size;
  const committees: CommitteeModel[] = [];
  const huyen: CommitteeModel[] = [];
  for (let i = 0; i < nCommittees; i++) {
    const level = levelOf(i, nCommittees);
    const place = level === 'tinh' ? PROVINCE : level === 'huyen' ? DISTRICTS[huyen.length % DISTRICTS.length]! : COMMUNES[(i - huyen.length - 1) % COMMUNES.length]!;
    const c: CommitteeModel = { id: i + 1, level, place, clerk: CLERKS[i % CLERKS.length]!, founded: rng.int(0, 300), pool: [], members: [] };
    if (level === 'huyen') huyen.push(c);
    committees.push(c);
  }
  // People: each active person belongs to one committee's pool; committees also draw on their parent's.
  const personLevel: Level[] = [];
  const parentOf = (c: CommitteeModel) => (c.level === 'tinh' ? undefined : c.level === 'huyen' ? committees[0] : huyen[c.id % huyen.length]);
  const weights = committees.map((c) => (c.level === 'tinh' ? 50 : c.level === 'huyen' ? 20 : 8));
  const weightSum = weights.reduce((a, b) => a + b, 0);
  let person = 1;
  committees.forEach((c, i) => {
    const share = i === committees.length - 1 ? activePeople - person + 1 : Math.round((weights[i]! / weightSum) * activePeople);
    for (let k = 0; k < share && person <= activePeople; k++) c.pool.push(person++);
  });
  const peopleRng = ctx.rng('people');
  // About one person in twenty was first written without diacritics, corrected later (0010).
  const namesRng = ctx.rng('person-names');
  let personNameId = 1;
  for (let id = 1; id <= nPeople; id++) {
    const home = committees.find((c) => c.pool.includes(id)) ?? committees[id % committees.length]!;
    const level = home.level;
    personLevel.push(level);
    const fullName = personName(peopleRng);
    const day = id <= activePeople ? Math.max(0, home.founded - peopleRng.int(1, 30)) : peopleRng.int(0, DAYS - 1);
    const at = isoTime(day, peopleRng.int(0, 30000));
    const post = position(peopleRng, level);
    const organisation = level === 'tinh' ? `Tỉnh ${PROVINCE}` : level === 'huyen' ? `Huyện ${home.place}` : `Xã ${home.place}`;
    ctx.write('people', {
      id, fullName, position: post, organisation,
      phone: peopleRng.chance(0.7) ? `0${peopleRng.int(90, 98)}${String(peopleRng.int(0, 9_999_999)).padStart(7, '0')}` : null,
      email: peopleRng.chance(0.4) ? `cb${id}@thanhhoa.gov.vn` : null, at,
    });
    for (const word of searchWords(fullName, post, organisation)) ctx.write('peopleWords', { word, personId: id });
    if (namesRng.chance(0.05)) {
      const until = Math.min(DAYS - 1, day + namesRng.int(30, 2000));
      const earlier = fullName.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
      ctx.write('personNames', { id: personNameId++, personId: id, fullName: earlier, untilDate: isoDay(until), at: isoTime(until, 1) });
    }
    ctx.log(at, home.clerk, 'create', 'person', id, { fullName });
  }

  let decisionId = 1;
  let membershipId = 1;
  // Half the committees were first named without "xây dựng" and renamed later (0011).
  const renameRng = ctx.rng('committee-names');
  let committeeNameId = 1;
  for (const c of committees) {
    const parent = parentOf(c);
    const levelName = c.level === 'tinh' ? `tỉnh ${c.place}` : c.level === 'huyen' ? `huyện ${c.place}` : `xã ${c.place}`;
    const parentBody = c.level === 'tinh' ? `Tỉnh ủy ${c.place}` : c.level === 'huyen' ? `Huyện ủy ${c.place}` : `Đảng ủy xã ${c.place}`;
    const at = isoTime(c.founded, 1000);
    ctx.write('committees', {
      id: c.id, name: `Ban Chỉ đạo xây dựng và thực hiện Quy chế dân chủ ở cơ sở ${levelName}`, shortName: 'BCĐ QCDC',
      level: c.level, parentBody, parentId: parent?.id ?? null, placeName: c.place,
      format: c.level === 'xa' ? 'state' : rng.chance(0.5) ? 'party' : 'state', symbol: 'TB-BCĐ',
      issuingBody: `Ban Chỉ đạo Quy chế dân chủ ở cơ sở ${levelName}`, documentSymbol: 'BCĐ', at,
    });
    if (renameRng.chance(0.5)) {
      const until = Math.min(DAYS - 1, c.founded + renameRng.int(365, 3000));
      ctx.write('committeeNames', {
        id: committeeNameId++, committeeId: c.id, name: `Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở ${levelName}`,
        issuingBody: `Ban Chỉ đạo Quy chế dân chủ ${levelName}`, parentBody, untilDate: isoDay(until), at: isoTime(until, 2),
      });
    }
    const roleCodes = stampCommitteeRoles(ctx, c.id, at);
    ctx.log(at, c.clerk, 'create', 'committee', c.id, { level: c.level, place: c.place });

    const candidates = parent ? [...c.pool, ...parent.pool.slice(0, 10)] : c.pool;
    const starts = TERM_STARTS.map((d, t) => (t === 0 ? c.founded : d + rng.int(0, 40)));
    for (let t = 0; t < starts.length; t++) {
      const from = starts[t]!;
      const to = starts[t + 1] ?? null;
      const decision = decisionId++;
      const number = `${rng.int(10, 999)}-QĐ/${c.level === 'tinh' ? 'TU' : c.level === 'huyen' ? 'HU' : 'ĐU'}`;
      const writeDecision = (id: number, kind: string, num: string, day: number, summary: string) => {
        const dAt = isoTime(day, 2000);
        // A separate stream, so adding attachments leaves the rest of the archive as it was.
        const attachmentId = ctx.attachmentIds.length > 0 && scans.chance(0.3) ? scans.pick(ctx.attachmentIds) : null;
        ctx.write('decisions', {
          id, committeeId: c.id, kind, number: num, signedOn: isoDay(day), signer: `Bí thư ${parentBody}`, summary,
          issuingBody: parentBody, signerTitle: 'Bí thư', attachmentId, at: dAt,
        });
        ctx.log(dAt, c.clerk, 'create', 'decision', id, { kind, number: num });
      };
      writeDecision(decision, t === 0 ? 'thanh_lap' : 'kien_toan', number, from, t === 0 ? 'Thành lập Ban Chỉ đạo' : 'Kiện toàn Ban Chỉ đạo nhiệm kỳ mới');
      const size = Math.min(TERM_SIZE[c.level], candidates.length);
      const chosen = rng.sample(candidates, size);
      // One member is replaced by a supplementary decision (bổ sung) halfway through the term.
      const replaceAt = to !== null && chosen.length > 5 && rng.chance(0.6) ? Math.round((from + to) / 2) : null;
      const replacement = replaceAt !== null ? candidates.find((p) => !chosen.includes(p)) : undefined;
      let supplementId: number | null = null;
      if (replaceAt !== null && replacement !== undefined) {
        supplementId = decisionId++;
        writeDecision(supplementId, 'bo_sung', `${rng.int(10, 999)}-QĐ/BCĐ`, replaceAt, 'Bổ sung thành viên Ban Chỉ đạo');
      }
      chosen.forEach((personId, k) => {
        const role = k < ROLE_LAYOUT.length ? ROLE_LAYOUT[k]! : k === chosen.length - 1 ? 'thu_ky' : 'uy_vien';
        if (!roleCodes.has(role)) throw new Error(`committee ${c.id} has no role ${role} in its list`);
        const replaced = supplementId !== null && k === chosen.length - 2;
        const end = replaced ? replaceAt : to;
        const members: Array<[number, number, number | null, number, number | null]> = [[personId, from, end, decision, replaced ? supplementId : null]];
        if (replaced && replacement !== undefined) members.push([replacement, replaceAt!, to, supplementId!, null]);
        for (const [pid, f, e, dec, endDec] of members) {
          const mAt = isoTime(f, 3000 + k);
          const id = membershipId++;
          ctx.write('memberships', {
            id, personId: pid, committeeId: c.id, role, duty: role === 'uy_vien' && rng.chance(0.5) ? 'Phụ trách địa bàn' : null,
            from: isoDay(f), to: e === null ? null : isoDay(e), decisionId: dec, endDecisionId: endDec,
            position: position(rng, personLevel[pid - 1] ?? 'xa'), at: mAt,
          });
          ctx.log(mAt, c.clerk, 'create', 'membership', id, { personId: pid, role });
          c.members.push({ personId: pid, role, from: f, to: e });
        }
      });
    }
  }
  return { committees, personLevel };
}
