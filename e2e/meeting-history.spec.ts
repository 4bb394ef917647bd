import AxeBuilder from '@axe-core/playwright';
import { API_PREFIX, TOKEN_HEADER } from '../electron/contract';
import { type RunningApp, at, expect, test } from './fixtures';
import { CLERK_SCREEN, screen } from './screens';

// The meeting page's "Lịch sử" tab: the meeting's and its minutes' entries in the audit log
// (audit.history), newest first, with who made them.

test.use({ viewport: CLERK_SCREEN });

async function api<T>(app: RunningApp, name: string, input: unknown): Promise<T> {
  const response = await fetch(`${app.origin}${API_PREFIX}${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: app.token },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as { ok: boolean; value: T; error?: unknown };
  expect(result.ok, JSON.stringify(result.error)).toBe(true);
  return result.value;
}

test("the meeting's history: its own changes and its minutes' saves and finalize, axe clean", async ({ page, demoApp }) => {
  const seed = await api<{ committeeId: number }>(demoApp, 'meetings.get', { id: 1 });
  const m = await api<{ id: number }>(demoApp, 'meetings.create', { committeeId: seed.committeeId, kind: 'dinh_ky', title: 'Họp định kỳ', startsAt: '2021-03-05T14:00' });
  await api(demoApp, 'meetings.update', { id: m.id, title: 'Họp định kỳ quý I' });

  await page.goto(at(demoApp, `/meetings/${m.id}?tab=history`));
  const meeting = page.getByRole('region', { name: 'Thay đổi của hội nghị (thông tin, trạng thái)' });
  const rows = meeting.getByRole('table', { name: 'Nhật ký thay đổi' }).locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText(`Sửa (hội nghị #${m.id})`);
  await expect(rows.nth(1)).toContainText(`Tạo mới (hội nghị #${m.id})`);
  const minutes = page.getByRole('region', { name: 'Thay đổi của biên bản (lưu nháp, hoàn thiện, đính chính)' });
  await expect(minutes).toContainText('Biên bản chưa được lưu lần nào.');

  const draft = await api<{ revision: number; fields: unknown }>(demoApp, 'minutes.get', { meetingId: m.id });
  const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Nội dung.' }] }] };
  const saved = await api<{ revision: number }>(demoApp, 'minutes.save', { meetingId: m.id, expectedRevision: draft.revision, fields: draft.fields, body });
  await api(demoApp, 'minutes.finalize', { meetingId: m.id, expectedRevision: saved.revision });
  await page.reload();
  await expect(minutes.getByRole('table', { name: 'Nhật ký thay đổi' }).locator('tbody tr')).toHaveCount(2);
  await expect(minutes).toContainText('(biên bản #');
  // Finalizing is named as such (the audit detail says finalized), not a plain "Sửa" (helper FD).
  await expect(minutes.getByRole('table', { name: 'Nhật ký thay đổi' }).locator('tbody tr').nth(0)).toContainText('Hoàn thiện (khóa) biên bản');
  await screen(page, 'meeting-history');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(', ')}`)).toEqual([]);
});
