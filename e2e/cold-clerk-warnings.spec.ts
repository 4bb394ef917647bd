import fs from 'node:fs';
import path from 'node:path';
import { at, expect, test } from './fixtures';

// Warnings the cold clerk missed (issue 8): the chair marked absent on the Điểm danh tab (the
// minutes would still name him chủ trì), and an empty file refused in plain words.

test('marking the chair absent shows a warning on the Điểm danh tab, gone when he is present again', async ({ page, demoApp }) => {
  await page.goto(at(demoApp, '/meetings/1'));
  await page.getByRole('tab', { name: 'Điểm danh' }).click();
  await expect(page.getByText('Có mặt 5/7')).toBeVisible();
  const warning = page.getByRole('alert').filter({ hasText: 'Chủ trì' });
  await expect(warning).toHaveCount(0);
  const sinh = page.getByRole('radiogroup', { name: 'Điểm danh: Trịnh Tuấn Sinh' });
  await sinh.getByRole('radio', { name: 'Vắng' }).check();
  await expect(page.getByText('Có mặt 4/7')).toBeVisible();
  await expect(warning).toContainText('Trịnh Tuấn Sinh');
  await sinh.getByRole('radio', { name: 'Có mặt' }).check();
  await expect(page.getByText('Có mặt 5/7')).toBeVisible();
  await expect(warning).toHaveCount(0);
});

test('an empty file is refused as "Tệp rỗng", naming the file', async ({ page, demoApp }) => {
  await page.goto(at(demoApp, '/meetings/1?tab=files'));
  const empty = path.join(demoApp.dir, 'bao-cao.pdf');
  fs.writeFileSync(empty, '');
  await page.getByTestId('attachment-input').setInputFiles(empty);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Tệp rỗng');
  await expect(alert).toContainText('bao-cao.pdf');
  await expect(alert).not.toContainText('Một trường dữ liệu');
});
