import { at, expect, test } from './fixtures';
import { CLERK_SCREEN, screen } from './screens';

test.use({ viewport: CLERK_SCREEN });

test('the clerk appoints a member by decision and relieves another; each history shows the decision', async ({ page, demoApp, consoleErrors }) => {
  await page.goto(at(demoApp, '/members/roster/1?date=2021-06-01'));
  const roster = page.getByRole('table', { name: 'Danh sách thành viên' });
  await expect(roster.getByRole('row')).toHaveCount(8);

  await page.getByRole('button', { name: 'Bổ nhiệm thành viên' }).click();
  const appoint = page.getByRole('dialog', { name: 'Bổ nhiệm thành viên theo quyết định' });
  await appoint.getByRole('combobox', { name: 'Họ và tên' }).fill('vu van minh');
  await page.getByRole('option', { name: /Vũ Văn Minh/ }).click();
  await expect(appoint.getByRole('combobox', { name: 'Họ và tên' })).toHaveValue(/^Vũ Văn Minh/);
  await appoint.getByRole('combobox', { name: 'Chức danh trong Ban Chỉ đạo' }).click();
  await page.getByRole('option', { name: 'Ủy viên' }).click();
  await appoint.getByRole('textbox', { name: 'Tham gia từ ngày' }).fill('01/06/2021');
  await appoint.getByRole('textbox', { name: 'Chức vụ ghi trong quyết định' }).fill('Nguyên Chánh Thanh tra tỉnh');
  await appoint.getByRole('textbox', { name: 'Số, ký hiệu quyết định' }).fill('130-QĐ/TU');
  await appoint.getByRole('textbox', { name: 'Ngày ký' }).fill('28/05/2021');
  await appoint.getByRole('textbox', { name: 'Ngày ký' }).press('Tab');
  await screen(page, 'appoint-form');
  await appoint.getByRole('button', { name: 'Lưu' }).click();
  await expect(appoint).toBeHidden();
  await expect(roster.getByRole('row')).toHaveCount(9);
  await expect(roster.getByRole('row').filter({ hasText: 'Vũ Văn Minh' })).toContainText('130-QĐ/TU');

  await page.getByRole('button', { name: 'Thôi tham gia: Hoàng Thị Dung' }).click();
  const relieve = page.getByRole('dialog', { name: 'Thôi tham gia Ban Chỉ đạo: Hoàng Thị Dung' });
  await relieve.getByRole('textbox', { name: 'Thôi tham gia từ ngày' }).fill('01/06/2021');
  await relieve.getByRole('textbox', { name: 'Số, ký hiệu quyết định' }).fill('131-QĐ/TU');
  await relieve.getByRole('textbox', { name: 'Ngày ký' }).fill('30/05/2021');
  await relieve.getByRole('textbox', { name: 'Ngày ký' }).press('Tab');
  await screen(page, 'relieve-form');
  await relieve.getByRole('button', { name: 'Lưu' }).click();
  await expect(relieve).toBeHidden();
  await expect(roster).not.toContainText('Hoàng Thị Dung');
  await expect(roster.getByRole('row')).toHaveCount(8);

  await roster.getByRole('link', { name: 'Vũ Văn Minh' }).click();
  const roles = page.getByRole('table', { name: 'Quá trình tham gia các Ban Chỉ đạo' });
  await expect(roles.getByRole('row')).toHaveCount(3);
  await expect(roles.getByRole('row').nth(1)).toContainText('01/06/2021');
  await expect(roles.getByRole('row').nth(1)).toContainText('130-QĐ/TU');
  await screen(page, 'person-history');
  expect(consoleErrors).toEqual([]);
});
