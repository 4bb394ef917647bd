import { DAYS, isoDay, isoTime, shownDate } from './dates.js';
import type { GenContext } from './context.js';
import type { CommitteeModel, Member } from './organisation.js';
import { REASONS, minutesParagraph, personName, topic } from './vietnamese.js';

export interface MeetingModel {
  id: number;
  committee: CommitteeModel;
  day: number;
  title: string;
  status: string;
  chairId: number | null;
  present: number[];
}

const KINDS: ReadonlyArray<readonly [string, number]> = [
  ['dinh_ky', 50], ['so_ket', 15], ['tong_ket', 10], ['chuyen_de', 15], ['dot_xuat', 10],
];
const QUARTERS = ['I', 'II', 'III', 'IV'];

function title(kind: string, day: number, pick: () => string): string {
  const year = isoDay(day).slice(0, 4);
  const quarter = QUARTERS[Math.floor((Number(isoDay(day).slice(5, 7)) - 1) / 3)];
  switch (kind) {
    case 'tong_ket': return `Hội nghị tổng kết công tác năm ${Number(year) - 1}, triển khai nhiệm vụ năm ${year}`;
    case 'so_ket': return `Hội nghị sơ kết 6 tháng đầu năm ${year}`;
    case 'dinh_ky': return `Họp Ban Chỉ đạo định kỳ quý ${quarter}/${year}`;
    case 'chuyen_de': return `Hội nghị chuyên đề về ${pick()}`;
    default: return `Họp đột xuất về ${pick()}`;
  }
}

const roleOrder = (m: Member) => ['truong_ban', 'pho_truong_ban_thuong_truc', 'pho_truong_ban', 'uy_vien', 'thu_ky'].indexOf(m.role);

function paragraphs(texts: string[]): string {
  return JSON.stringify({ type: 'doc', content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) });
}

/** 3,000 meetings with agenda, attendance of the members in office that day, minutes and versions. */
export function generateMeetings(ctx: GenContext, committees: CommitteeModel[]): MeetingModel[] {
  const rng = ctx.rng('meetings');
  const total = ctx.size.meetings;
  const out: MeetingModel[] = [];
  let agendaId = 1;
  let attendanceId = 1;
  let guestId = 1;
  let numberId = 1;
  /** The last GM number of each committee and year (the state format's yearly series). */
  const lastNumber = new Map<string, number>();
  let minutesId = 1;
  let versionId = 1;
  const perCommittee = committees.map((_, i) => Math.floor(total / committees.length) + (i < total % committees.length ? 1 : 0));
  let id = 1;
  committees.forEach((c, ci) => {
    const days = Array.from({ length: perCommittee[ci]! }, () => rng.int(c.founded + 10, DAYS - 1)).sort((a, b) => a - b);
    for (const day of days) {
      const kind = rng.weighted(KINDS);
      const meetingTitle = title(kind, day, () => topic(rng));
      const inOffice = c.members.filter((m) => m.from <= day && (m.to === null || m.to > day)).sort((a, b) => roleOrder(a) - roleOrder(b));
      const chair = inOffice[0]?.personId ?? null;
      const secretary = inOffice.find((m) => m.role === 'thu_ky')?.personId ?? null;
      const recent = DAYS - 1 - day;
      const status = recent < 20 ? (rng.chance(0.5) ? 'draft' : 'held') : recent < 90 && rng.chance(0.3) ? 'held' : 'minutes_finalized';
      const seconds = rng.int(0, 3 * 3600);
      const startsAt = isoTime(day, seconds);
      const at = isoTime(Math.max(c.founded, day - rng.int(3, 15)), rng.int(0, 30000));
      const place = c.level === 'tinh' ? 'Hội trường Tỉnh ủy Thanh Hóa' : `Phòng họp trụ sở ${c.level === 'huyen' ? 'Huyện ủy' : 'Đảng ủy xã'} ${c.place}`;
      // Past the draft: its invitation, numbered in the committee's GM series of the year.
      let invitationId: number | null = null;
      let invitedOn: string | null = null;
      if (status !== 'draft') {
        invitedOn = isoDay(Math.max(c.founded, day - 5));
        const key = `${c.id}:${invitedOn.slice(0, 4)}`;
        const number = (lastNumber.get(key) ?? 0) + 1;
        lastNumber.set(key, number);
        invitationId = numberId++;
        ctx.write('documentNumbers', { id: invitationId, committeeId: c.id, type: 'GM', period: invitedOn.slice(0, 4), number, issuedOn: invitedOn, at });
      }
      ctx.write('meetings', {
        id, committeeId: c.id, kind, title: meetingTitle, startsAt, endsAt: isoTime(day, seconds + rng.int(5400, 14400)), place,
        chairId: chair, secretaryId: secretary, status, at, invitationId, invitedOn,
      });
      ctx.log(at, c.clerk, 'create', 'meeting', id, { title: meetingTitle, startsAt });

      const items = rng.int(3, 6);
      for (let p = 1; p <= items; p++) {
        ctx.write('agendaItems', {
          id: agendaId++, meetingId: id, position: p,
          title: p === 1 ? 'Báo cáo kết quả thực hiện nhiệm vụ' : `Thảo luận về ${topic(rng)}`,
          presenterId: inOffice.length > 0 ? rng.pick(inOffice).personId : null,
          minutes: p === 1 ? 30 : 20,
        });
      }

      const present: number[] = [];
      if (status !== 'draft') {
        for (const m of inOffice) {
          const s = rng.weighted([['present', 85], ['absent', 10], ['represented', 5]] as const);
          if (s === 'present') present.push(m.personId);
          ctx.write('attendance', {
            id: attendanceId++, meetingId: id, personId: m.personId, guestId: null, status: s,
            reason: s === 'absent' ? rng.pick(REASONS) : null, representative: s === 'represented' ? personName(rng) : null, at: startsAt,
          });
        }
        for (let g = rng.int(0, 3), order = 1; g > 0; g--, order++) {
          const gid = guestId++;
          ctx.write('meetingGuests', { id: gid, meetingId: id, order, fullName: personName(rng), position: 'Đại biểu khách mời', at: startsAt });
          ctx.write('attendance', { id: attendanceId++, meetingId: id, personId: null, guestId: gid, status: 'present', reason: null, representative: null, at: startsAt });
        }
        const finalized = status === 'minutes_finalized';
        const fields = JSON.stringify({
          startedAt: startsAt, place, chair, secretary, attendees: present.length, absent: inOffice.length - present.length,
          endedAt: isoTime(day, seconds + 9000),
        });
        const body = paragraphs(Array.from({ length: rng.int(6, 12) }, () => minutesParagraph(rng)));
        const mAt = isoTime(day, seconds + 10000);
        const finalizedAt = finalized ? isoTime(Math.min(DAYS - 1, day + rng.int(1, 10)), 20000) : null;
        const mid = minutesId++;
        ctx.write('minutes', { id: mid, meetingId: id, status: finalized ? 'finalized' : 'draft', fields, body, finalizedAt, at: mAt });
        ctx.log(mAt, c.clerk, 'create', 'minutes', mid, { meetingId: id });
        if (finalized) {
          ctx.write('minutesVersions', { id: versionId++, minutesId: mid, version: 1, kind: 'original', fields, body, reason: null, actor: c.clerk, at: finalizedAt! });
          if (rng.chance(0.05)) {
            const amended = paragraphs([`Đính chính biên bản họp ngày ${shownDate(day)}.`, minutesParagraph(rng)]);
            ctx.write('minutesVersions', {
              id: versionId++, minutesId: mid, version: 2, kind: 'amendment', fields, body: amended,
              reason: 'Đính chính số liệu theo ý kiến của Thường trực Ban Chỉ đạo', actor: c.clerk, at: finalizedAt!,
            });
          }
        }
      }
      out.push({ id, committee: c, day, title: meetingTitle, status, chairId: chair, present });
      id += 1;
    }
  });
  return out;
}
