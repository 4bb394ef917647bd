import { at, expect, test } from './fixtures';

test('a damaged archive opens read-only, says so in Vietnamese, and refuses a save', async ({ page, damagedApp }) => {
  await page.goto(at(damagedApp, '/members/people'));
  await expect(page.getByRole('alert').filter({ hasText: 'Kho lưu trữ bị lỗi' })).toBeVisible({ timeout: 15_000 });

  await page.getByRole('button', { name: 'Thêm cán bộ' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm cán bộ' });
  await dialog.getByRole('textbox', { name: 'Họ và tên' }).fill('Nguyễn Văn Mới');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog.getByRole('alert')).toContainText('chỉ được xem, không được sửa');
  await expect(dialog).toBeVisible();

  await page.keyboard.press('Escape');
  await page.keyboard.press('Alt+8');
  await expect(page.getByText('Kho lưu trữ bị lỗi: chỉ xem, không sửa được.').first()).toBeVisible();
});

test('when the server is gone, a screen says so in Vietnamese and offers to retry', async ({ page, demoApp }) => {
  await page.goto(at(demoApp, '/'));
  await expect(page.getByLabel('Ban Chỉ đạo: 1')).toBeVisible();
  // The overview settled (its later panels answered) before the server goes away.
  await expect(page.locator('.mantine-Loader-root')).toHaveCount(0, { timeout: 15_000 });
  await demoApp.stop();
  await page.keyboard.press('Alt+3');
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Tổng quan');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Mất kết nối với Minutebook');
  await expect(alert.getByRole('button', { name: 'Thử lại' })).toBeVisible();
});
