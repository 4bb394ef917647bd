import { API_PREFIX, TOKEN_HEADER } from '../electron/contract';
import { type RunningApp, at, expect, test } from './fixtures';
import { CLERK_SCREEN } from './screens';

// The invitation dialog of a meeting already past (a clerk numbering it afterwards): the date
// offered is the meeting's day, not today, which the core would refuse as after the meeting.

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

test("a past meeting's invitation is offered the meeting's day, and numbering with it is accepted", async ({ page, demoApp }) => {
  const { today } = await api<{ today: string }>(demoApp, 'clock.today', {});
  const seed = await api<{ committeeId: number }>(demoApp, 'meetings.get', { id: 1 });
  const meetingDay = addDays(today, -20);
  const meeting = await api<{ id: number }>(demoApp, 'meetings.create', {
    committeeId: seed.committeeId,
    kind: 'dinh_ky',
    title: 'Họp định kỳ đã diễn ra',
    startsAt: `${meetingDay}T08:00`,
    endsAt: null,
    place: 'Phòng họp số 2',
    chairPersonId: null,
    secretaryPersonId: null,
    notes: '',
  });
  await page.goto(at(demoApp, `/meetings/${meeting.id}?tab=invitation`));
  await page.getByRole('button', { name: 'Cấp số giấy mời' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cấp số giấy mời?' });
  await expect(dialog.getByRole('textbox', { name: /^Ngày giấy mời/ })).toHaveValue(dmy(meetingDay));
  await dialog.getByRole('button', { name: 'Cấp số' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`, ngày ${dmy(meetingDay)}`)).toBeVisible();
});
