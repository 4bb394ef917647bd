import type { Page } from '@playwright/test';
import { at, expect, test } from './fixtures';
import { CLERK_SCREEN } from './screens';

// The cold clerk's finding: after a print preview and "Quay lại", the minutes' editor showed
// the draft as it was when the page first opened; what was typed next was refused as written
// "from another window" and lost on reload. The screen must start from the archive's current
// minutes every time it opens.

test.use({ viewport: CLERK_SCREEN });
test.setTimeout(120_000);

const editorOf = (page: Page) => page.getByRole('textbox', { name: 'Nội dung biên bản' });
const savedAt = (page: Page) => expect(page.getByRole('status').filter({ hasText: /^Đã lưu lúc \d\d:\d\d$/ })).toBeVisible({ timeout: 10_000 });

async function typeAtEnd(page: Page, text: string) {
  await editorOf(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(text);
}

test('typed, saved, print preview, back: the editor holds what was saved and the next typing saves too', async ({ page, demoApp }) => {
  await page.goto(at(demoApp, '/meetings/1/minutes'));
  await typeAtEnd(page, 'Đoạn một trước khi xem bản in.');
  await savedAt(page);

  // Print preview, then back with the toolbar's "Quay lại".
  await page.getByRole('link', { name: 'In biên bản' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-print-ready', '1');
  await page.getByRole('button', { name: 'Quay lại' }).click();
  await expect(editorOf(page)).toContainText('Đoạn một trước khi xem bản in.');
  await typeAtEnd(page, 'Đoạn hai sau khi xem bản in.');
  await savedAt(page);
  await expect(page.getByText('Biên bản vừa được lưu từ một cửa sổ khác', { exact: false })).toHaveCount(0);

  // The same by the meeting's page and back to the minutes.
  await page.getByRole('link', { name: 'Về hội nghị' }).click();
  await page.goBack();
  await expect(editorOf(page)).toContainText('Đoạn hai sau khi xem bản in.');
  await typeAtEnd(page, 'Đoạn ba.');
  await savedAt(page);

  // Reloaded: everything typed is in the archive.
  await page.reload();
  for (const said of ['Đoạn một trước khi xem bản in.', 'Đoạn hai sau khi xem bản in.', 'Đoạn ba.']) await expect(editorOf(page)).toContainText(said);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('typing refused because another window saved first: said at the top; "Tải bản mới nhất" keeps the typing and saves it', async ({ page, context, demoApp }) => {
  await page.goto(at(demoApp, '/meetings/1/minutes'));
  await expect(editorOf(page)).toBeVisible();
  const other = await context.newPage();
  await other.goto(at(demoApp, '/meetings/1/minutes'));
  await typeAtEnd(other, 'Dòng của cửa sổ kia.');
  await savedAt(other);
  await other.close();

  await typeAtEnd(page, 'Dòng của cửa sổ này.');
  const alert = page.getByRole('alert').filter({ hasText: 'Chưa lưu: biên bản vừa được lưu ở nơi khác' });
  await expect(alert).toBeVisible({ timeout: 10_000 });
  // At the top of the screen, above the fields, where the clerk looks.
  const alertTop = (await alert.boundingBox())!.y;
  expect(alertTop).toBeLessThan((await page.getByRole('textbox', { name: 'Chủ trì' }).boundingBox())!.y);
  await alert.getByRole('button', { name: 'Tải bản mới nhất (giữ phần vừa gõ)' }).click();
  await expect(editorOf(page)).toContainText('Dòng của cửa sổ này.');
  await savedAt(page);
  await page.reload();
  await expect(editorOf(page)).toContainText('Dòng của cửa sổ này.');
  await expect(page.getByRole('alert')).toHaveCount(0);
});
