import AxeBuilder from '@axe-core/playwright';
import { API_PREFIX, TOKEN_HEADER } from '../electron/contract';
import { type RunningApp, at, expect, test } from './fixtures';
import { CLERK_SCREEN, screen } from './screens';

// The versions of finalized minutes compared side by side: the clerk chooses two versions;
// what the later one adds is underlined on green, what it drops is struck through on red,
// each also named for a screen reader (not colour alone), and the screen passes axe.

test.use({ viewport: CLERK_SCREEN });

/** A command through browser mode's API, as the page sends it. */
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

const para = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const doc = (...lines: string[]) => ({ type: 'doc', content: lines.map(para) });

interface MinutesShape {
  revision: number;
  fields: Record<string, string | null>;
}

/** Meeting 1's minutes finalized with three paragraphs, then amended twice. */
async function amendedTwice(app: RunningApp) {
  const m = await api<MinutesShape>(app, 'minutes.get', { meetingId: 1 });
  const saved = await api<{ revision: number }>(app, 'minutes.save', {
    meetingId: 1,
    expectedRevision: m.revision,
    fields: m.fields,
    body: doc('I. Kết quả năm 2020', 'Huyện Nga Sơn đạt 95% chỉ tiêu.', 'Giao Văn phòng theo dõi.'),
  });
  await api(app, 'minutes.finalize', { meetingId: 1, expectedRevision: saved.revision });
  const amend = async (reason: string, fields: MinutesShape['fields'], body: unknown) => {
    const now = await api<MinutesShape>(app, 'minutes.get', { meetingId: 1 });
    await api(app, 'minutes.amend', { meetingId: 1, expectedRevision: now.revision, reason, fields, body });
  };
  await amend('Sửa số liệu Nga Sơn', m.fields, doc('I. Kết quả năm 2020', 'Huyện Nga Sơn đạt 97% chỉ tiêu.', 'Giao Văn phòng theo dõi.'));
  await amend('Bổ sung kết luận, đổi địa điểm', { ...m.fields, place: 'Hội trường B, Tỉnh ủy' }, doc('I. Kết quả năm 2020', 'Huyện Nga Sơn đạt 97% chỉ tiêu.', 'Kết luận: tiếp tục theo dõi.'));
}

test('two chosen versions side by side: added words underlined, removed struck, named for screen readers, axe clean', async ({ page, demoApp }) => {
  await amendedTwice(demoApp);
  await page.goto(at(demoApp, '/meetings/1/minutes'));
  const compare = page.getByRole('region', { name: 'So sánh hai phiên bản' });
  const table = compare.getByRole('table', { name: 'So sánh hai phiên bản' });
  const rows = table.locator('tbody').getByRole('row');
  // By default: the original against the latest amendment.
  await expect(table.getByRole('columnheader').first()).toContainText('Bản gốc');
  await expect(table.getByRole('columnheader').nth(1)).toContainText('Đính chính lần 2');
  await expect(table.getByRole('columnheader').nth(1)).toContainText('Bổ sung kết luận, đổi địa điểm');

  const row = rows.filter({ hasText: 'Nga Sơn' });
  await expect(row.locator('del.diff-removed')).toHaveText('bỏ: 95 (hết)');
  await expect(row.locator('ins.diff-added')).toHaveText('thêm: 97 (hết)');
  // Not colour alone: struck and underlined, and read out as "bỏ:"/"thêm:".
  expect(await row.locator('del.diff-removed').evaluate((e) => getComputedStyle(e).textDecorationLine)).toBe('line-through');
  expect(await row.locator('ins.diff-added').evaluate((e) => getComputedStyle(e).textDecorationLine)).toBe('underline');
  // The paragraph replaced, word by word; the place changed in the fixed parts.
  await expect(rows.filter({ hasText: 'Giao Văn phòng' }).locator('ins.diff-added')).toContainText(['Kết luận']);
  await expect(rows.filter({ hasText: 'Địa điểm' }).locator('ins.diff-added')).toContainText('Hội trường B');
  // An unchanged paragraph carries no mark.
  await expect(rows.filter({ hasText: 'I. Kết quả năm 2020' }).locator('ins, del')).toHaveCount(0);
  await expect(compare.getByRole('status')).toHaveText(/^\d+ chỗ khác nhau$/);
  await page.getByRole('combobox', { name: 'Bản bên trái' }).evaluate((e) => e.scrollIntoView({ block: 'start' }));
  await screen(page, 'minutes-compare-diff');

  // Only the differences.
  await compare.getByRole('checkbox', { name: 'Chỉ hiện các phần khác nhau' }).check();
  await expect(rows.filter({ hasText: 'I. Kết quả năm 2020' })).toHaveCount(0);
  await expect(rows.filter({ hasText: 'Nga Sơn' })).toHaveCount(1);

  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).include('.version-compare').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // The clerk chooses two other versions: amendment 1 against amendment 2 (Nga Sơn unchanged there).
  await page.getByRole('combobox', { name: 'Bản bên trái' }).click();
  await page.getByRole('option', { name: /^Đính chính lần 1/ }).click();
  await expect(table.getByRole('columnheader').first()).toContainText('Đính chính lần 1');
  await expect(rows.filter({ hasText: 'Nga Sơn' })).toHaveCount(0);
  await compare.getByRole('checkbox', { name: 'Chỉ hiện các phần khác nhau' }).uncheck();
  await expect(rows.filter({ hasText: 'Nga Sơn' }).locator('ins, del')).toHaveCount(0);
  await expect(rows.filter({ hasText: 'Giao Văn phòng' }).locator('del.diff-removed')).not.toHaveCount(0);

  // The same version on both sides: said, no compare.
  await page.getByRole('combobox', { name: 'Bản bên phải' }).click();
  await page.getByRole('option', { name: /^Đính chính lần 1/ }).click();
  await expect(page.getByText('Hãy chọn hai phiên bản khác nhau để so sánh.')).toBeVisible();
});
