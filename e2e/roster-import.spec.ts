import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openRaw } from '../db/test-support';
import { at, expect, runCli, startServe, test } from './fixtures';
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

test('a row whose name the archive has with another organisation is shown as a warning, and still imports', async ({ page, demoApp, consoleErrors }) => {
  const file = path.join(demoApp.dir, 'trung-ten.csv');
  const header = fs.readFileSync(path.join(fixtures, 'good.csv'), 'utf8').split('\n')[0]!;
  fs.writeFileSync(file, `${header}\n1;Trịnh Tuấn Sinh;Trưởng ban;Tỉnh ủy;Ủy viên;;01/03/2021;;42-QĐ/TU ngày 01/03/2021\n`);
  await page.goto(at(demoApp, '/members/import'));
  await expect(page.getByRole('combobox', { name: 'Ban Chỉ đạo' })).toHaveValue(/.+/);
  await page.getByLabel('Tệp danh sách (.xlsx, .csv)').setInputFiles(file);
  await expect(page.getByText('Không có lỗi.')).toBeVisible();
  const warnings = page.getByRole('table', { name: 'Cảnh báo trong tệp' });
  await expect(warnings.getByRole('row')).toHaveCount(2);
  await expect(warnings.getByRole('row').nth(1)).toContainText('2');
  await expect(warnings.getByRole('row').nth(1)).toContainText('Có thể trùng với Trịnh Tuấn Sinh (Tỉnh ủy Thanh Hóa)');
  await page.getByRole('button', { name: 'Nhập 1 dòng' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã nhập xong' })).toContainText('1 cán bộ mới');
  expect(consoleErrors).toEqual([]);
});

test('the committee pickers reach committee #250 of an archive with 250 more committees: the clerk types part of its name', async ({ page, consoleErrors }) => {
  test.setTimeout(90_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-e2e-'));
  const dbFile = path.join(dir, 'archive.sqlite');
  expect(runCli(['demo', '--db', dbFile]).status).toBe(0);
  // 250 committees by plain SQL (the roles' trigger seeds each one's roles), named so that
  // #250 sorts after the first page and after the 200 a list command gives at most.
  const raw = openRaw(dbFile);
  const insert = raw.sqlite.prepare("insert into committees (name, level, created_at, updated_at) values (?, 'xa', 'x', 'x')");
  raw.sqlite.transaction(() => {
    for (let i = 1; i <= 250; i++) insert.run(`Ban Chỉ đạo xã Đông Sơn số ${String(i).padStart(3, '0')}`);
  })();
  const last = raw.sqlite.prepare("select id from committees where name like '%số 250'").get() as { id: number };
  raw.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  await raw.close();
  const { url, child } = await startServe(dbFile);
  try {
    await page.goto(`${url}#/members`);
    await page.getByRole('tab', { name: 'Danh sách thành viên' }).click();
    const picker = page.getByRole('combobox', { name: 'Ban Chỉ đạo' });
    await expect(picker).toHaveValue(/.+/);
    await picker.click();
    // Typed without diacritics and with "đ" as "d": the core's fold finds it among 251.
    await picker.fill('dong son so 250');
    await page.getByRole('option', { name: 'Ban Chỉ đạo xã Đông Sơn số 250' }).click();
    await expect(page).toHaveURL(new RegExp(`#/members/roster/${last.id}$`));
    await expect(picker).toHaveValue('Ban Chỉ đạo xã Đông Sơn số 250');
    await expect(page.getByText('Ban Chỉ đạo chưa có thành viên vào ngày này.')).toBeVisible();

    // From this committee's roster, the import tab keeps it (in the address too), and
    // the file goes into it, not into the first committee by name.
    await page.getByRole('tab', { name: 'Nhập từ tệp' }).click();
    await expect(page).toHaveURL(new RegExp(`#/members/import/${last.id}$`));
    const importPicker = page.getByRole('combobox', { name: 'Ban Chỉ đạo' });
    await expect(importPicker).toHaveValue('Ban Chỉ đạo xã Đông Sơn số 250');
    // A link to the import of a committee (a reload, a bookmark) opens that committee.
    await page.goto(`${url}#/members/roster`);
    await expect(page.getByRole('combobox', { name: 'Ban Chỉ đạo' })).not.toHaveValue('Ban Chỉ đạo xã Đông Sơn số 250');
    await page.goto(`${url}#/members/import/${last.id}`);
    await expect(importPicker).toHaveValue('Ban Chỉ đạo xã Đông Sơn số 250');
    await page.getByLabel('Tệp danh sách (.xlsx, .csv)').setInputFiles(path.join(fixtures, 'good.csv'));
    await page.getByRole('button', { name: /^Nhập \d+ dòng$/ }).click();
    await page.getByRole('link', { name: 'Xem danh sách' }).click();
    await expect(page).toHaveURL(new RegExp(`#/members/roster/${last.id}$`));
    await expect(page.getByRole('table', { name: 'Danh sách thành viên' })).toContainText('Hoàng Thị Mai');
    // Back to the import tab from there: still this committee; the picker still chooses another.
    await page.getByRole('tab', { name: 'Nhập từ tệp' }).click();
    await expect(importPicker).toHaveValue('Ban Chỉ đạo xã Đông Sơn số 250');
    await importPicker.click();
    await importPicker.fill('so 249');
    await page.getByRole('option', { name: 'Ban Chỉ đạo xã Đông Sơn số 249' }).click();
    await expect(page).toHaveURL(/#\/members\/import\/\d+$/);
    await expect(importPicker).toHaveValue('Ban Chỉ đạo xã Đông Sơn số 249');
    expect(consoleErrors).toEqual([]);
  } finally {
    child.kill('SIGTERM');
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
