import fs from 'node:fs';
import path from 'node:path';
import { at, expect, test } from './fixtures';
import { CLERK_SCREEN, screen } from './screens';

test.use({ viewport: CLERK_SCREEN });

const fixtures = path.resolve(import.meta.dirname, 'fixtures/roster-import');

test('the clerk imports a CSV with one bad row, reads the error, fixes the file and imports it', async ({ page, demoApp, consoleErrors }) => {
  // The clerk's own copy of the file, fixed in place and picked again, as in real life.
  const file = path.join(demoApp.dir, 'danh-sach.csv');
  fs.copyFileSync(path.join(fixtures, 'bad.csv'), file);

  await page.goto(at(demoApp, '/members'));
  await page.getByRole('tab', { name: 'Nhập từ tệp' }).click();
  await page.getByLabel('Tệp danh sách (.xlsx, .csv)').setInputFiles(file);

  const mapping = page.getByRole('table', { name: 'Cột trong tệp và trường tương ứng' });
  await expect(mapping.getByRole('row', { name: /Họ và tên\s+Họ và tên/ })).toBeVisible();
  await expect(mapping.getByRole('row', { name: /STT/ })).toContainText('Bỏ qua');
  const errors = page.getByRole('table', { name: 'Lỗi trong tệp' });
  await expect(errors.getByRole('row')).toHaveCount(2);
  const error = errors.getByRole('row').nth(1);
  await expect(error).toContainText('4');
  await expect(error).toContainText('Từ ngày');
  await expect(error).toContainText('31/02/2021');
  const apply = page.getByRole('button', { name: /^Nhập \d+ dòng$/ });
  await expect(apply).toBeDisabled();
  await screen(page, 'import-errors');

  // Nothing was written: the roster has no new member.
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('31/02/2021', '01/03/2021'));
  await page.getByLabel('Tệp danh sách (.xlsx, .csv)').setInputFiles(file);
  await expect(page.getByText('Không có lỗi.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Lỗi trong tệp' })).toHaveCount(0);
  await screen(page, 'import-ready');
  await page.getByRole('button', { name: 'Nhập 3 dòng' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã nhập xong' })).toContainText('3 thành viên');

  await page.getByRole('link', { name: 'Xem danh sách' }).click();
  const roster = page.getByRole('table', { name: 'Danh sách thành viên' });
  await expect(roster).toContainText('Hoàng Thị Mai');
  await expect(roster).toContainText('Phạm Văn Đức');
  await expect(roster).toContainText('42-QĐ/TU');
  await screen(page, 'roster-imported');
  expect(consoleErrors).toEqual([]);
});
