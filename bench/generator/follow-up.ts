import { DAYS, isoDay, isoTime, shownDate } from './dates.js';
import type { GenContext } from './context.js';
import type { MeetingModel } from './meetings.js';
import type { CommitteeModel } from './organisation.js';
import { spread } from './random.js';
import { UNITS, directive, progressText, topic } from './vietnamese.js';

/** The TB numbers' ids start above the GM numbers' (meetings.ts numbers invitations from 1). */
const TB_NUMBER_IDS_FROM = 1_000_000;

/**
 * Conclusions with numbered items, the actions they give rise to (and standalone ones),
 * owners, progress updates; the sizes are exact totals spread at random.
 */
export function generateFollowUp(ctx: GenContext, meetings: MeetingModel[], committees: CommitteeModel[]): void {
  const rng = ctx.rng('follow-up');
  const { conclusionItems, actions: nActions, actionOwners, progressUpdates } = ctx.size;
  const held = meetings.filter((m) => m.status !== 'draft' && rng.chance(0.96));
  const itemCounts = spread(rng, conclusionItems, held.length, 3, 20);
  const fromItems = Math.round(nActions * 0.93);
  const actionsPerItem = spread(rng, fromItems, conclusionItems, 1, 9);
  const ownerCounts = spread(rng, actionOwners, nActions, 1, 4);
  const progressCounts = spread(rng, progressUpdates, nActions, 0, 7);
  const numbers = new Map<string, number>();
  let itemId = 1;
  let actionId = 1;
  let ownerId = 1;
  let progressId = 1;
  const attachmentIds = ctx.attachmentIds;
  const links = ctx.rng('attachment-links');

  const writeAction = (c: CommitteeModel, itemId: number | null, text: string, created: number) => {
    const id = actionId++;
    const a = rng.next();
    const deadline = a < 0.15 ? null : created + rng.int(15, 180);
    const age = DAYS - 1 - created;
    const done = age > 60 ? rng.chance(0.9) : rng.chance(0.3);
    const late = rng.chance(0.22);
    let completed = done ? (deadline === null ? created + rng.int(10, 200) : late ? deadline + rng.int(1, 90) : deadline - rng.int(0, 14)) : null;
    if (completed !== null) completed = Math.min(Math.max(completed, created + 1), DAYS - 1);
    const onHold = completed === null && rng.chance(0.05);
    const unit = rng.pick(UNITS);
    const title = `${unit}: ${text.charAt(0).toLowerCase()}${text.slice(1)}`;
    const at = isoTime(created, rng.int(0, 30000));
    const lastDay = completed ?? DAYS - 1;
    ctx.write('actions', {
      id, committeeId: c.id, itemId, title, description: rng.chance(0.3) ? `Thực hiện theo ${topic(rng)}.` : null,
      deadline: deadline === null ? null : isoDay(deadline), completedOn: completed === null ? null : isoDay(completed),
      onHold, holdReason: onHold ? 'Chờ ý kiến chỉ đạo của cấp trên' : null, at,
      updatedAt: completed === null ? at : isoTime(completed, 25000),
      // C2 (0014): the day it was given, and a completion's evidence (no draw from rng: the other columns stay as they were).
      assignedOn: isoDay(created),
      evidenceText: completed === null ? null : `Báo cáo kết quả ngày ${isoDay(completed).split('-').reverse().join('/')}`,
      evidenceAttachmentId: completed !== null && attachmentIds.length > 0 && links.chance(0.02) ? links.pick(attachmentIds) : null,
    });
    ctx.log(at, c.clerk, 'create', 'action', id, { title: title.slice(0, 80), deadline: deadline === null ? null : isoDay(deadline) });
    const owners = ownerCounts[id - 1] ?? 1;
    const pool = c.members.length > 0 ? c.members : [];
    for (let k = 0; k < owners; k++) {
      const person = pool.length > 0 && rng.chance(0.6) ? rng.pick(pool).personId : null;
      ctx.write('actionOwners', { id: ownerId++, actionId: id, personId: person, unit: person === null ? rng.pick(UNITS) : null, lead: k === 0 });
    }
    const updates = progressCounts[id - 1] ?? 0;
    const span = Math.max(1, lastDay - created);
    const days = Array.from({ length: updates }, () => created + rng.int(1, span)).sort((x, y) => x - y);
    for (const day of days) {
      const pid = progressId++;
      const pAt = isoTime(Math.min(day, DAYS - 1), rng.int(0, 30000));
      const attachmentId = attachmentIds.length > 0 && links.chance(0.02) ? links.pick(attachmentIds) : null;
      ctx.write('progressUpdates', { id: pid, actionId: id, reportedOn: isoDay(Math.min(day, DAYS - 1)), text: progressText(rng), attachmentId, at: pAt });
      ctx.log(pAt, c.clerk, 'create', 'progress_update', pid, { actionId: id });
    }
  };

  held.forEach((m, k) => {
    const c = m.committee;
    const issued = Math.min(DAYS - 1, m.day + rng.int(1, 10));
    const year = isoDay(issued).slice(0, 4);
    const issuedStatus = DAYS - 1 - issued < 10 && rng.chance(0.5) ? 'draft' : 'issued';
    let number: number | null = null;
    let numberId: number | null = null;
    const at = isoTime(issued, rng.int(0, 30000));
    const conclusionId = k + 1;
    if (issuedStatus === 'issued') {
      // Its number in the committee's TB series of the year (0013: the series is the one source).
      const key = `${c.id}/${year}`;
      number = (numbers.get(key) ?? 0) + 1;
      numbers.set(key, number);
      numberId = TB_NUMBER_IDS_FROM + conclusionId;
      ctx.write('documentNumbers', { id: numberId, committeeId: c.id, type: 'TB', period: year, number, issuedOn: isoDay(issued), at });
    }
    ctx.write('conclusions', {
      id: conclusionId, committeeId: c.id, meetingId: m.id, numberId, issuedOn: isoDay(issued), signingForm: 'tm',
      title: `Thông báo kết luận của Trưởng Ban Chỉ đạo tại ${m.title.charAt(0).toLowerCase()}${m.title.slice(1)}`,
      signerId: m.chairId, signerTitle: 'TRƯỞNG BAN',
      preamble: `Ngày ${shownDate(m.day)}, Ban Chỉ đạo đã tổ chức ${m.title.toLowerCase()}. Sau khi nghe báo cáo và ý kiến của các đại biểu, đồng chí Trưởng Ban Chỉ đạo kết luận như sau:`,
      recipients: JSON.stringify(['Thường trực cấp ủy (để b/c)', 'Các thành viên Ban Chỉ đạo', 'Các cơ quan, đơn vị liên quan', 'Lưu: VT']),
      status: issuedStatus, at,
    });
    ctx.log(at, c.clerk, 'create', 'conclusion', conclusionId, { meetingId: m.id, number });
    for (let p = 1; p <= itemCounts[k]!; p++) {
      const text = directive(rng);
      const id = itemId++;
      const subPoints = rng.chance(0.2) ? [`Báo cáo kết quả về Ban Chỉ đạo trước ngày ${shownDate(Math.min(DAYS - 1, issued + 30))}.`] : [];
      ctx.write('conclusionItems', { id, conclusionId, position: p, text, subPoints: JSON.stringify(subPoints) });
      for (let a = actionsPerItem[id - 1]!; a > 0; a--) writeAction(c, id, text, issued);
    }
  });
  // Standalone actions (not from a conclusion), spread over the years and committees.
  while (actionId <= nActions) {
    const c = rng.pick(committees);
    writeAction(c, null, directive(rng), rng.int(c.founded + 1, DAYS - 2));
  }
}
