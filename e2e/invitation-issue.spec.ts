import { API_PREFIX, TOKEN_HEADER } from '../electron/contract';
import { type RunningApp, at, expect, test } from './fixtures';
import { CLERK_SCREEN, screen } from './screens';

// Numbering the invitation (giấy mời) asks first: the number it will take and the invitation's
// date (dd/mm/yyyy, default the archive's today); a date the core refuses is said in Vietnamese;
// the print view carries the chosen date.

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

const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

test('issuing the number asks first, with the number it will take and a date (default today); the print shows that date', async ({ page, demoApp }) => {
  const { today } = await api<{ today: string }>(demoApp, 'clock.today', {});
  const seed = await api<{ committeeId: number }>(demoApp, 'meetings.get', { id: 1 });
  const meetingDay = addDays(today, 12);
  const meeting = await api<{ id: number }>(demoApp, 'meetings.create', {
    committeeId: seed.committeeId,
    kind: 'dinh_ky',
    title: 'Họp định kỳ Ban Chỉ đạo',
    startsAt: `${meetingDay}T08:00`,
    endsAt: null,
    place: 'Phòng họp số 2',
    chairPersonId: null,
    secretaryPersonId: null,
    notes: '',
  });

  await page.goto(at(demoApp, `/meetings/${meeting.id}?tab=invitation`));
  await expect(page.getByText('Chưa cấp số')).toBeVisible();
  await page.getByRole('button', { name: 'Cấp số giấy mời' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cấp số giấy mời?' });
  const date = dialog.getByRole('textbox', { name: /^Ngày giấy mời/ });
  await expect(date).toHaveValue(dmy(today));
  // The number it will take, in the committee's format (the demo's is the Party's: "Số 02-GM/BCĐ").
  const preview = dialog.getByRole('status').locator('.next-number');
  await expect(preview).toHaveText(/^Số:? \d{2,}[-/]GM/);
  const willTake = (await preview.textContent()) ?? '';
  // Nothing is taken by opening the dialog, nor by cancelling it.
  await dialog.getByRole('button', { name: 'Hủy' }).click();
  await expect(page.getByText('Chưa cấp số')).toBeVisible();
  await page.getByRole('button', { name: 'Cấp số giấy mời' }).click();

  // A day after the meeting: refused by the core, said in Vietnamese; nothing numbered.
  await date.fill(dmy(addDays(meetingDay, 1)));
  await date.blur();
  await dialog.getByRole('button', { name: 'Cấp số' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Ngày giấy mời không được sau ngày họp.');

  // A day before today: a number is never dated after today (the series stays in date order).
  const chosen = addDays(today, -3);
  await date.fill(dmy(chosen));
  await date.blur();
  await expect(preview).toHaveText(willTake);
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await screen(page, 'invitation-issue-confirm');
  await dialog.getByRole('button', { name: 'Cấp số' }).click();
  await expect(dialog).toBeHidden();
  // The core took the number the dialog showed, dated the chosen day.
  await expect(page.getByText(`${willTake}, ngày ${dmy(chosen)}`)).toBeVisible();

  await page.goto(at(demoApp, `/print/invitation/${meeting.id}`));
  const [y, m, d] = chosen.split('-');
  await expect(page.locator('article')).toContainText(`ngày ${d} tháng ${m} năm ${y}`);
  await expect(page.locator('article')).toContainText(willTake);
});
