import { at, expect, test } from './fixtures';

// Item 21: unknown addresses get a Vietnamese page, and no error shows a field's id.

test('an unknown route shows the Vietnamese not-found page, not the router developer page', async ({ page, demoApp }) => {
  await page.goto(at(demoApp, '/no-such-screen/42'));
  await expect(page.getByRole('heading', { name: 'Không tìm thấy trang' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('Địa chỉ này không có trong Minutebook');
  const body = page.locator('body');
  await expect(body).not.toContainText('Hey developer');
  await expect(body).not.toContainText('404');
  await expect(body).not.toContainText('Unexpected Application Error');
  // The navigation is still there, and the way back works.
  await page.getByRole('link', { name: 'Về trang Tổng quan' }).click();
  await expect(page.getByRole('heading', { name: 'Tổng quan' })).toBeVisible();
});

test('#/print/roster/abc is a page that does not exist, and names no field id', async ({ page, demoApp }) => {
  await page.goto(at(demoApp, '/print/roster/abc'));
  await expect(page.getByRole('heading', { name: 'Không tìm thấy trang' })).toBeVisible();
  await expect(page.locator('body')).not.toContainText('committeeId');
});

test('a refused print address names its fields in Vietnamese, then in English', async ({ page, demoApp }) => {
  await page.goto(at(demoApp, '/print/roster/1?asOf=2021-02-31'));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Dữ liệu nhập chưa hợp lệ.');
  await expect(alert).toContainText('Trường chưa hợp lệ: Ngày tính');
  await expect(page.locator('body')).not.toContainText('asOf');

  await page.goto(at(demoApp, '/'));
  await page.getByRole('banner').getByText('English', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();
  await page.goto(at(demoApp, '/print/roster/1?asOf=2021-13-13'));
  await expect(page.getByRole('alert')).toContainText('Fields to correct: Date');
  await expect(page.locator('body')).not.toContainText('asOf');
});

test('a committee that does not exist is said in Vietnamese', async ({ page, demoApp }) => {
  await page.goto(at(demoApp, '/print/roster/999'));
  await expect(page.getByRole('alert')).toContainText('Không tìm thấy bản ghi');
  await expect(page.locator('body')).not.toContainText('committeeId');
});
