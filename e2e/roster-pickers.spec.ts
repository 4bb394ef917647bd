import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openRaw } from '../db/test-support';
import { at, expect, runCli, startServe, test } from './fixtures';
import { CLERK_SCREEN } from './screens';

test.use({ viewport: CLERK_SCREEN });

const NAME_250 = 'Ban Chỉ đạo xã Đông Sơn số 250';

/** A demo archive with 250 more committees (plain SQL; the roles' trigger seeds their roles), #250 after the first 200 by name. */
async function archiveWith250(dir: string): Promise<{ dbFile: string; last: number }> {
  const dbFile = path.join(dir, 'archive.sqlite');
  expect(runCli(['demo', '--db', dbFile]).status).toBe(0);
  const raw = openRaw(dbFile);
  const insert = raw.sqlite.prepare("insert into committees (name, level, created_at, updated_at) values (?, 'xa', 'x', 'x')");
  raw.sqlite.transaction(() => {
    for (let i = 1; i <= 250; i++) insert.run(`Ban Chỉ đạo xã Đông Sơn số ${String(i).padStart(3, '0')}`);
  })();
  const { id } = raw.sqlite.prepare('select id from committees where name = ?').get(NAME_250) as { id: number };
  raw.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  await raw.close();
  return { dbFile, last: id };
}

test('every committee picker reaches committee #250 of 251: the meetings filter and form, the parent choice, the committees tab search; a same-named sibling is warned by the core after save', async ({ page, consoleErrors }) => {
  test.setTimeout(120_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-e2e-'));
  const { dbFile, last } = await archiveWith250(dir);
  const { url, child } = await startServe(dbFile);
  try {
    // The meeting form.
    await page.goto(`${url}#/meetings`);
    await page.getByRole('button', { name: 'Tạo hội nghị' }).click();
    const meetingForm = page.getByRole('dialog', { name: 'Tạo hội nghị mới' });
    const meetingPicker = meetingForm.getByRole('combobox', { name: 'Ban Chỉ đạo' });
    await meetingPicker.click();
    await meetingPicker.fill('so 250');
    await page.getByRole('option', { name: NAME_250 }).click();
    await expect(meetingPicker).toHaveValue(NAME_250);

    // The meetings list filter.
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Bỏ thay đổi' }).click();
    const filter = page.getByRole('combobox', { name: 'Ban Chỉ đạo' });
    await filter.click();
    await filter.fill('dong son so 250');
    await page.getByRole('option', { name: NAME_250 }).click();
    await expect(page).toHaveURL(new RegExp(`committee=${last}`));
    await expect(filter).toHaveValue(NAME_250);

    // The committees tab: no committee past the first 200 was reachable; the search asks the core.
    await page.goto(`${url}#/members`);
    await page.getByRole('tab', { name: 'Các Ban Chỉ đạo' }).click();
    const table = page.getByRole('table', { name: 'Các Ban Chỉ đạo' });
    await expect(table).not.toContainText(NAME_250);
    await page.getByRole('textbox', { name: 'Tìm Ban Chỉ đạo' }).fill('dong son 250');
    await expect(table.getByRole('link', { name: NAME_250, exact: true })).toBeVisible();
    await expect(table.getByRole('row')).toHaveCount(2);
    await page.getByRole('textbox', { name: 'Tìm Ban Chỉ đạo' }).fill('');

    // A new committee under #250 (the parent choice reaches it), then a second of the same name:
    // the core's warning is shown after the save; nothing is checked in the browser.
    for (const round of [1, 2]) {
      await page.getByRole('button', { name: 'Thêm Ban Chỉ đạo' }).click();
      const form = page.getByRole('dialog', { name: 'Thêm Ban Chỉ đạo' });
      await form.getByRole('textbox', { name: 'Tên Ban Chỉ đạo' }).fill(round === 1 ? 'Tổ công tác thôn Một' : 'TO CONG TAC thon mot');
      const parent = form.getByRole('combobox', { name: 'Trực thuộc Ban Chỉ đạo' });
      await parent.click();
      await parent.fill('dong son so 250');
      await page.getByRole('option', { name: NAME_250 }).click();
      await expect(parent).toHaveValue(NAME_250);
      await form.getByRole('button', { name: 'Lưu' }).click();
      await expect(form).toBeHidden();
      const warning = page.getByRole('status').filter({ hasText: 'Đã có Ban Chỉ đạo cùng tên trong cùng cấp trên' });
      if (round === 1) await expect(warning).toHaveCount(0);
      else await expect(warning).toContainText('TO CONG TAC thon mot');
    }
    const raw = openRaw(dbFile);
    const parents = raw.sqlite.prepare("select parent_committee_id as p from committees where name like 'T% thôn M%' or name like 'TO CONG%'").all();
    await raw.close();
    expect(parents).toEqual([{ p: last }, { p: last }]);
    expect(consoleErrors).toEqual([]);
  } finally {
    child.kill('SIGTERM');
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a misspelt name corrected shows on past rosters; a rename (the default) keeps the old name there', async ({ page, demoApp, consoleErrors }) => {
  const roster = page.getByRole('table', { name: 'Danh sách thành viên' });
  const edit = async (from: string, to: string, correction: boolean) => {
    await page.goto(at(demoApp, '/members/people'));
    await page.getByRole('button', { name: `Sửa: ${from}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Sửa thông tin cán bộ' });
    const box = dialog.getByRole('checkbox', { name: 'Sửa lỗi chính tả (không phải đổi tên)' });
    await expect(box).toHaveCount(0);
    await dialog.getByRole('textbox', { name: 'Họ và tên' }).fill(to);
    await expect(box).not.toBeChecked();
    if (correction) await box.check();
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(dialog).toBeHidden();
  };

  await edit('Trần Thị Lan', 'Trần Thị Lân', true);
  await edit('Hoàng Thị Dung', 'Hoàng Thị Dung Anh', false);
  await page.goto(at(demoApp, '/members/roster/1?date=2021-01-13'));
  await expect(roster).toContainText('Trần Thị Lân');
  await expect(roster).not.toContainText('Trần Thị Lan');
  await expect(roster.getByRole('row').filter({ hasText: 'Hoàng Thị Dung' })).not.toContainText('Dung Anh');
  expect(consoleErrors).toEqual([]);
});
