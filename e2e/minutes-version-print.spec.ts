import path from 'node:path';
import { documentXml, paragraphs } from '../db/documents/test-read-back';
import { API_PREFIX, TOKEN_HEADER } from '../electron/contract';
import { type RunningApp, at, expect, test } from './fixtures';
import { flat, pdfOfPrintView, pdfText, printToPdf } from './meeting-print';
import { CLERK_SCREEN, screen } from './screens';

// An earlier version of amended minutes, printed and downloaded as it was signed: the clerk
// finalizes, amends, then prints the original from the versions list and gets the original
// text, not the amendment; the amended version's print and Word file say which amendment it is.

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

const doc = (...lines: string[]) => ({ type: 'doc', content: lines.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) });
const ORIGINAL = 'Huyện Nga Sơn đạt 95% chỉ tiêu.';
const AMENDED = 'Huyện Nga Sơn đạt 97% chỉ tiêu.';
const REASON = 'Sửa số liệu Nga Sơn';

interface MinutesShape {
  revision: number;
  fields: Record<string, string | null>;
  versions: Array<{ version: number; madeOn: string | null; createdAt: string }>;
}

/** Meeting 1's minutes finalized, then amended once; the amendment's day as printed (dd/mm/yyyy). */
async function finalizedThenAmended(app: RunningApp): Promise<string> {
  const m = await api<MinutesShape>(app, 'minutes.get', { meetingId: 1 });
  const saved = await api<{ revision: number }>(app, 'minutes.save', { meetingId: 1, expectedRevision: m.revision, fields: m.fields, body: doc('I. Kết quả năm 2020', ORIGINAL) });
  await api(app, 'minutes.finalize', { meetingId: 1, expectedRevision: saved.revision });
  const now = await api<MinutesShape>(app, 'minutes.get', { meetingId: 1 });
  await api(app, 'minutes.amend', { meetingId: 1, expectedRevision: now.revision, reason: REASON, fields: m.fields, body: doc('I. Kết quả năm 2020', AMENDED) });
  const after = await api<MinutesShape>(app, 'minutes.get', { meetingId: 1 });
  const made = after.versions.find((v) => v.version === 2)!;
  const [y, mo, d] = (made.madeOn ?? made.createdAt).slice(0, 10).split('-');
  return `${d}/${mo}/${y}`;
}

async function downloadDocx(page: import('@playwright/test').Page, app: RunningApp, button: import('@playwright/test').Locator, name: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const saved = path.join(app.dir, name);
  await download.saveAs(saved);
  return flat(paragraphs(documentXml(saved)).join('\n'));
}

test('the original of amended minutes prints and downloads as signed; the amendment says which it is', async ({ page, demoApp }) => {
  const day = await finalizedThenAmended(demoApp);
  const versionLine = `(Bản đính chính lần 1, ngày ${day}: ${REASON})`;

  // From the versions list: "In bản này" on the original.
  await page.goto(at(demoApp, '/meetings/1/minutes'));
  const versions = page.getByRole('table', { name: 'Các phiên bản' });
  await versions.scrollIntoViewIfNeeded();
  await screen(page, 'minutes-versions-print');
  await versions.getByRole('link', { name: /^In bản này: Bản gốc/ }).click();
  await expect(page).toHaveURL(/#\/print\/minutes\/1\?version=1$/);
  const original = flat(pdfText(await pdfOfPrintView(page, demoApp, 'minutes-v1')));
  expect(original).toContain(ORIGINAL);
  expect(original).not.toContain(AMENDED);
  expect(original).not.toContain('Bản đính chính');
  expect(original).toContain('BIÊN BẢN');
  expect(original).toContain('Cuộc họp kết thúc vào');
  // The print view's own Word button gives that version too.
  const originalDocx = await downloadDocx(page, demoApp, page.getByRole('button', { name: 'Tải tệp Word (.docx)' }), 'v1-from-print.docx');
  expect(originalDocx).toContain(ORIGINAL);
  expect(originalDocx).not.toContain(AMENDED);

  // From the versions list: "Tải .docx bản này" on the original, then on the amendment.
  await page.goto(at(demoApp, '/meetings/1/minutes'));
  const v1Docx = await downloadDocx(page, demoApp, versions.getByRole('button', { name: /^Tải \.docx bản này: Bản gốc/ }), 'v1.docx');
  expect(v1Docx).toContain(ORIGINAL);
  expect(v1Docx).not.toContain(AMENDED);
  expect(v1Docx).not.toContain('Bản đính chính');
  const v2Docx = await downloadDocx(page, demoApp, versions.getByRole('button', { name: /^Tải \.docx bản này: Đính chính lần 1/ }), 'v2.docx');
  expect(v2Docx).toContain(AMENDED);
  expect(v2Docx).toContain(versionLine);

  // The latest (no ?version) is the amendment, and says so under the title.
  const latest = flat(pdfText(await printToPdf(page, demoApp, '/print/minutes/1', 'minutes-latest')));
  expect(latest).toContain(AMENDED);
  expect(latest).not.toContain(ORIGINAL);
  expect(latest).toContain(versionLine);
  expect(latest.indexOf('BIÊN BẢN')).toBeLessThan(latest.indexOf('Bản đính chính lần 1'));
  expect(latest.indexOf('Bản đính chính lần 1')).toBeLessThan(latest.indexOf('Thời gian bắt đầu'));

  // No such version, or not a version number: an address that leads nowhere, nothing to print.
  for (const route of ['/print/minutes/1?version=9', '/print/minutes/1?version=0', '/print/minutes/1?version=abc', '/print/minutes/1?version=1234567']) {
    await page.goto(at(demoApp, route));
    await expect(page.getByRole('heading', { name: 'Không tìm thấy trang' })).toBeVisible();
    await expect(page.locator('.a4-page')).toHaveCount(0);
    await expect(page.locator('html')).not.toHaveAttribute('data-print-ready', '1');
  }
});

test('an amendment corrects the attendance: the print of the amendment shows the new "có mặt", version 1 keeps the old', async ({ page, demoApp }) => {
  const m = await api<MinutesShape>(demoApp, 'minutes.get', { meetingId: 1 });
  const saved = await api<{ revision: number }>(demoApp, 'minutes.save', { meetingId: 1, expectedRevision: m.revision, fields: m.fields, body: doc(ORIGINAL) });
  await api(demoApp, 'minutes.finalize', { meetingId: 1, expectedRevision: saved.revision });
  const before = flat(pdfText(await printToPdf(page, demoApp, '/print/minutes/1', 'attendance-before')));
  const [, present, members] = /có mặt (\d+)\/(\d+) thành viên/.exec(before)!;

  await page.goto(at(demoApp, '/meetings/1/minutes'));
  await page.getByRole('button', { name: 'Đính chính biên bản' }).click();
  await page.getByRole('textbox', { name: 'Lý do đính chính' }).fill('Sửa điểm danh');
  const sheet = page.getByRole('table', { name: 'Điểm danh theo bản đính chính' });
  // One member who was present is now recorded absent, with the reason.
  const group = await sheet.locator('tr.attendance-row[data-status="present"]').first().getByRole('radiogroup').getAttribute('aria-label');
  const row = sheet.locator('tr.attendance-row').filter({ has: page.getByRole('radiogroup', { name: group!, exact: true }) });
  await row.getByRole('radio', { name: 'Vắng' }).check();
  await row.getByRole('textbox').fill('Về sớm vì việc gia đình');
  await row.getByRole('textbox').press('Enter');
  await expect(page.getByRole('region', { name: 'Điểm danh theo bản đính chính' }).getByRole('status')).toContainText(`Có mặt ${Number(present) - 1}/${members}`);
  await page.getByRole('button', { name: 'Lưu bản đính chính' }).click();
  await expect(page.getByRole('table', { name: 'Các phiên bản' })).toContainText('Sửa điểm danh');

  const amended = flat(pdfText(await printToPdf(page, demoApp, '/print/minutes/1', 'attendance-amended')));
  expect(amended).toContain(`có mặt ${Number(present) - 1}/${members} thành viên`);
  expect(amended).toContain('lý do: Về sớm vì việc gia đình');
  const original = flat(pdfText(await printToPdf(page, demoApp, '/print/minutes/1?version=1', 'attendance-v1')));
  expect(original).toContain(`có mặt ${present}/${members} thành viên`);
  expect(original).not.toContain('Về sớm vì việc gia đình');
});
