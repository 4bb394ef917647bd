import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Page } from '@playwright/test';
import { type RunningApp, at, expect, test } from './fixtures';

// A meeting's attachments as the clerk handles them in browser mode: a PDF dropped on the
// meeting streams to the archive, shows with its name, size and type, and comes back byte
// for byte as a download; a file above 200 MB is refused with the Vietnamese message.

async function demoMeetingId(app: RunningApp): Promise<number> {
  const response = await fetch(`${app.origin}/api/meetings.list`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-minutebook-token': app.token },
    body: JSON.stringify({ limit: 1 }),
  });
  const result = (await response.json()) as { ok: true; value: { items: Array<{ id: number }> } };
  return result.value.items[0]!.id;
}

/** Drops files on the drop zone, as the clerk's file manager would. */
async function drop(page: Page, files: Array<{ name: string; base64: string; type: string }>) {
  const transfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) {
      const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
      dt.items.add(new File([bytes], f.name, { type: f.type }));
    }
    return dt;
  }, files);
  await page.getByRole('group', { name: 'Kéo và thả tệp vào đây (tối đa 200 MB mỗi tệp)' }).dispatchEvent('drop', { dataTransfer: transfer });
}

test('a PDF dropped on a meeting is listed, and its download has the same bytes', async ({ page, demoApp, consoleErrors }) => {
  const meetingId = await demoMeetingId(demoApp);
  await page.goto(at(demoApp, `/meetings/${meetingId}?tab=files`));
  await expect(page.getByText('Chưa có tệp đính kèm.')).toBeVisible();

  const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n% Báo cáo tổng kết\n'), randomBytes(1_500_000)]);
  await drop(page, [{ name: 'Báo cáo tổng kết 2020.pdf', base64: pdf.toString('base64'), type: 'application/pdf' }]);

  const row = page.getByRole('row', { name: /Báo cáo tổng kết 2020\.pdf/ });
  await expect(row).toBeVisible();
  await expect(row.getByRole('cell').nth(1)).toHaveText('1,5 MB');
  await expect(row.getByRole('cell').nth(2)).toHaveText('PDF');
  await expect(row.getByRole('button', { name: 'Mở Báo cáo tổng kết 2020.pdf' })).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent('download'), row.getByRole('button', { name: 'Lưu bản sao Báo cáo tổng kết 2020.pdf' }).click()]);
  expect(download.suggestedFilename()).toBe('Báo cáo tổng kết 2020.pdf');
  const saved = path.join(demoApp.dir, 'downloaded.pdf');
  await download.saveAs(saved);
  expect(fs.readFileSync(saved).equals(pdf)).toBe(true);

  // Still there after a reload: it is in the archive, not in the page.
  await page.reload();
  await expect(page.getByRole('row', { name: /Báo cáo tổng kết 2020\.pdf/ })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('a name with markup, a path and a right-to-left override is made safe and shown as text; a mismatched type is download only', async ({ page, demoApp }) => {
  const meetingId = await demoMeetingId(demoApp);
  await page.goto(at(demoApp, `/meetings/${meetingId}?tab=files`));
  await page.evaluate(() => ((window as unknown as { canary?: number }).canary = undefined));
  const name = '../<img src=x onerror="window.canary=1">\u202Efdp.exe';
  await drop(page, [{ name, base64: Buffer.from('<script>window.canary=2</script>').toString('base64'), type: 'text/html' }]);
  const row = page.getByRole('row', { name: /fdp\.exe/ });
  await expect(row).toBeVisible();
  await expect(row.getByRole('cell').first()).toHaveText('_img src=x onerror=_window.canary=1__fdp.exe');
  await expect(row.getByRole('cell').nth(2)).toHaveText('Không rõ loại (chỉ tải về)');
  await expect(row.getByRole('button', { name: /^Mở / })).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { canary?: number }).canary)).toBeUndefined();
});

test('a file above 200 MB is refused with the Vietnamese message, and nothing is sent', async ({ page, demoApp }) => {
  const meetingId = await demoMeetingId(demoApp);
  await page.goto(at(demoApp, `/meetings/${meetingId}?tab=files`));
  const big = path.join(demoApp.dir, 'phim-hoi-nghi.pdf');
  fs.writeFileSync(big, '');
  fs.truncateSync(big, 200 * 1000 * 1000 + 1); // sparse: 200 MB + 1 byte, nothing written
  const uploads: string[] = [];
  page.on('request', (r) => r.url().includes('/files/upload') && uploads.push(r.url()));
  await page.getByTestId('attachment-input').setInputFiles(big);
  await expect(page.getByRole('alert')).toHaveText('Tệp "phim-hoi-nghi.pdf" lớn hơn 200 MB nên không lưu được. Hãy chia nhỏ hoặc nén tệp rồi thử lại.');
  expect(uploads).toEqual([]);
  await expect(page.getByText('Chưa có tệp đính kèm.')).toBeVisible();
});

async function api<T>(app: RunningApp, name: string, input: unknown): Promise<T> {
  const response = await fetch(`${app.origin}/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-minutebook-token': app.token },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as { ok: boolean; value: T };
  expect(result.ok).toBe(true);
  return result.value;
}

test("a decision's scanned file: added by dropping it on the decision, replaced, the old one kept", async ({ page, demoApp }) => {
  const committees = await api<{ items: Array<{ id: number }> }>(demoApp, 'committees.list', { limit: 1 });
  const committeeId = committees.items[0]!.id;
  const decisions = await api<{ items: Array<{ id: number; number: string }> }>(demoApp, 'decisions.list', { committeeId });
  const decision = decisions.items[0]!;
  await page.goto(at(demoApp, `/members/committee-history/${committeeId}`));
  const card = page.getByRole('article', { name: `Quyết định ${decision.number}` });
  await expect(card.getByText('Chưa có bản quét.')).toBeVisible();

  const scan = (text: string) => ({ name: `${text}.pdf`, base64: Buffer.from(`%PDF-1.4\n${text}\n`).toString('base64'), type: 'application/pdf' });
  const dropOnCard = async (file: ReturnType<typeof scan>) => {
    const transfer = await page.evaluateHandle((f) => {
      const dt = new DataTransfer();
      dt.items.add(new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name, { type: f.type }));
      return dt;
    }, file);
    await card.getByRole('group', { name: 'Kéo và thả tệp vào đây (tối đa 200 MB mỗi tệp)' }).dispatchEvent('drop', { dataTransfer: transfer });
  };
  await dropOnCard(scan('QD ban quet'));
  await expect(card.getByRole('row', { name: /QD ban quet\.pdf/ })).toBeVisible();
  const first = (await api<{ file: { attachmentId: number } }>(demoApp, 'decisions.get', { id: decision.id })).file.attachmentId;

  await expect(card.getByRole('button', { name: 'Thay bản quét…' })).toBeVisible();
  await dropOnCard(scan('QD ban ky'));
  await expect(card.getByRole('row', { name: /QD ban ky\.pdf/ })).toBeVisible();
  await expect(card.getByRole('row', { name: /QD ban quet\.pdf/ })).toHaveCount(0);
  expect(await api<{ fileName: string }>(demoApp, 'attachments.get', { id: first })).toMatchObject({ fileName: 'QD ban quet.pdf' });
});
