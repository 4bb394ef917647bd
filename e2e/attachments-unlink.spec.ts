import { API_PREFIX, TOKEN_HEADER } from '../electron/contract';
import { type RunningApp, at, expect, test } from './fixtures';
import { CLERK_SCREEN, screen } from './screens';

// A meeting's file unlinked after asking; it then shows among the unused files in Settings,
// where it is deleted after asking. Once the minutes are finalized the files are kept: no
// unlink, and the reason is said.

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

const PDF = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`);

test('unlink a file after asking, find it among the unused files, delete it after asking; no unlink once the minutes are finalized', async ({ page, demoApp }) => {
  await page.goto(at(demoApp, '/meetings/1?tab=files'));
  const files = page.getByRole('table', { name: 'Tệp đính kèm' });
  await page.getByTestId('attachment-input').setInputFiles({ name: 'bao-cao-tong-ket.pdf', mimeType: 'application/pdf', buffer: PDF('bao cao') });
  await expect(files).toContainText('bao-cao-tong-ket.pdf');
  await page.getByTestId('attachment-input').setInputFiles({ name: 'slide-trinh-bay.pdf', mimeType: 'application/pdf', buffer: PDF('slide') });
  await expect(files).toContainText('slide-trinh-bay.pdf');

  // Asked first; cancelling keeps the link.
  await page.getByRole('button', { name: 'Bỏ liên kết tệp bao-cao-tong-ket.pdf' }).click();
  const ask = page.getByRole('dialog', { name: 'Bỏ liên kết tệp?' });
  await expect(ask).toContainText('Bỏ tệp "bao-cao-tong-ket.pdf" khỏi hội nghị này?');
  await expect(ask).toContainText('Tệp không dùng');
  await screen(page, 'attachments-unlink-confirm');
  await ask.getByRole('button', { name: 'Hủy' }).click();
  await expect(files).toContainText('bao-cao-tong-ket.pdf');
  await page.getByRole('button', { name: 'Bỏ liên kết tệp bao-cao-tong-ket.pdf' }).click();
  await ask.getByRole('button', { name: 'Bỏ liên kết' }).click();
  await expect(ask).toBeHidden();
  await expect(files).not.toContainText('bao-cao-tong-ket.pdf');
  await expect(files).toContainText('slide-trinh-bay.pdf');

  // Settings › Tệp không dùng: the unlinked file, deleted after asking.
  await page.goto(at(demoApp, '/settings'));
  const orphans = page.getByRole('table', { name: 'Tệp không dùng' });
  await expect(orphans).toContainText('bao-cao-tong-ket.pdf');
  await expect(orphans).not.toContainText('slide-trinh-bay.pdf');
  await page.getByRole('button', { name: 'Xóa hẳn tệp bao-cao-tong-ket.pdf' }).click();
  const del = page.getByRole('dialog', { name: 'Xóa hẳn tệp?' });
  await expect(del).toContainText('Không khôi phục được');
  await screen(page, 'orphans-delete-confirm');
  await del.getByRole('button', { name: 'Xóa hẳn' }).click();
  await expect(del).toBeHidden();
  await expect(page.getByText('Không có tệp nào không dùng.')).toBeVisible();

  // The minutes finalized: the meeting's files are kept; no unlink, and why.
  const m = await api<{ revision: number; fields: unknown; body: unknown }>(demoApp, 'minutes.get', { meetingId: 1 });
  const saved = await api<{ revision: number }>(demoApp, 'minutes.save', { meetingId: 1, expectedRevision: m.revision, fields: m.fields, body: m.body });
  await api(demoApp, 'minutes.finalize', { meetingId: 1, expectedRevision: saved.revision });
  await page.goto(at(demoApp, '/meetings/1?tab=files'));
  await expect(files).toContainText('slide-trinh-bay.pdf');
  await expect(page.getByText('Biên bản đã hoàn thiện: tệp đính kèm được giữ nguyên, không bỏ liên kết được nữa.')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Bỏ liên kết tệp/ })).toHaveCount(0);
  await screen(page, 'attachments-locked');
});
