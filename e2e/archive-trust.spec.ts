import Database from 'better-sqlite3';
import { at, expect, test } from './fixtures';

test('Settings shows the archive as writable and its audit chain intact', async ({ page, demoApp }) => {
  await page.goto(at(demoApp, '/settings'));
  const table = page.getByRole('table', { name: 'Kho lưu trữ' });
  await expect(table.getByRole('row', { name: /Quyền truy cập/ })).toContainText('Đọc và ghi');
  await expect(table.getByRole('row', { name: /Nhật ký thay đổi/ })).toContainText(/Nhật ký toàn vẹn \(\d+ mục\)/);
});

test('Settings names the first altered entry of a rewritten audit log', async ({ page, demoApp }) => {
  // Someone with the file and an SQLite shell lifts the guard, rewrites entry 1 and puts it back.
  const raw = new Database(demoApp.dbFile);
  raw.exec(`drop trigger audit_log_no_update; update audit_log set actor = 'someone else' where id = 1;
    create trigger audit_log_no_update before update on audit_log begin select raise(abort, 'audit_log is append-only'); end;`);
  raw.close();
  await page.goto(at(demoApp, '/settings'));
  const table = page.getByRole('table', { name: 'Kho lưu trữ' });
  await expect(table.getByRole('row', { name: /Nhật ký thay đổi/ })).toContainText('Nhật ký đã bị sửa đổi tại mục số 1');
});
