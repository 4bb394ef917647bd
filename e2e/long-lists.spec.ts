import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openRaw } from '../db/test-support';
import { fold } from '../db/text/fold';
import { searchWords, vietnameseSortKey } from '../db/text/sort-key';
import { cli, expect, startServe, test } from './fixtures';

// The People tab on an archive of 50,000 people: the page holds a page or two of rows,
// scrolling fetches the next page, and search still answers.

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thanh', 'Ngọc', 'Quang', 'Xuân'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Đức', 'Hải', 'Hoa', 'Lan', 'Minh', 'Tuấn', 'Hùng', 'Hương', 'Long', 'Mai', 'Nam', 'Yến'];
const PEOPLE = 50_000;

function addPeople(dbFile: string): void {
  const raw = openRaw(dbFile);
  const insert = raw.sqlite.prepare(
    `insert into people (full_name, position, organisation, created_at, updated_at, name_folded, organisation_folded, sort_key)
     values (?, ?, ?, 'x', 'x', ?, ?, ?) returning id`,
  );
  const word = raw.sqlite.prepare('insert into people_words (word, person_id) values (?, ?)');
  raw.sqlite.transaction(() => {
    for (let i = 0; i < PEOPLE; i += 1) {
      const name = `${FAMILY[i % 13]} ${MIDDLE[Math.floor(i / 13) % 9]} ${GIVEN[Math.floor(i / 117) % 16]}`;
      const position = `Chuyên viên phòng ${(i % 40) + 1}`;
      const organisation = `Ủy ban nhân dân xã số ${(i % 600) + 1}`;
      const { id } = insert.get(name, position, organisation, fold(name), fold(organisation), vietnameseSortKey(name)) as { id: number };
      for (const w of searchWords(name, position, organisation)) word.run(w, id);
    }
  })();
  raw.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  void raw.close();
}

test('the People tab with 50,000 people draws a page or two, scrolls into more, and searches', async ({ page }) => {
  test.setTimeout(120_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-e2e-'));
  const dbFile = path.join(dir, 'archive.sqlite');
  expect(spawnSync(process.execPath, [cli, 'demo', '--db', dbFile]).status).toBe(0);
  addPeople(dbFile);
  const { url, child } = await startServe(dbFile);
  try {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${url}#/members/people`);
    const table = page.getByRole('table', { name: 'Danh bạ cán bộ' });
    await expect(table.getByRole('row').nth(1)).toContainText('Bùi Đức An');
    const drawn = await table.getByRole('row').count();
    expect(drawn).toBeGreaterThan(10);
    expect(drawn).toBeLessThan(80);
    fs.mkdirSync('.tmp/screens', { recursive: true });
    await page.screenshot({ path: '.tmp/screens/people-50k.png' });

    // Scroll far down: new pages arrive, and the page still draws only the rows in view.
    const scroller = page.locator('.virtual-scroll');
    const requests: string[] = [];
    page.on('request', (r) => r.url().includes('/api/people.list') && requests.push(r.postData() ?? ''));
    for (let i = 0; i < 6; i += 1) {
      await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight));
      await expect(table.getByRole('row')).not.toHaveCount(0);
      await page.waitForTimeout(150);
    }
    await expect.poll(() => requests.filter((body) => body.includes('cursor')).length).toBeGreaterThan(2);
    expect(await table.getByRole('row').count()).toBeLessThan(80);
    const heap = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);
    expect(heap).toBeLessThan(150 * 1024 * 1024);

    // Back to the top: the first pages were dropped (at most 3 held) and come back by cursor.
    const refetchedFirst = requests.length;
    await expect(table.getByRole('row').nth(1)).not.toContainText('Bùi Đức An');
    await scroller.evaluate((el) => el.scrollTo(0, 0));
    await expect(table.getByRole('row').nth(1)).toContainText('Bùi Đức An', { timeout: 15_000 });
    expect(requests.slice(refetchedFirst).some((body) => !body.includes('cursor'))).toBe(true);
    expect(await table.getByRole('row').count()).toBeLessThan(80);

    const search = page.getByRole('textbox', { name: /Tìm theo tên/ });
    await search.fill('trinh tuan sinh');
    await expect(table.getByRole('row')).toHaveCount(2);
    await expect(table).toContainText('Trịnh Tuấn Sinh');
    await search.fill('yen xa so 599');
    await expect(table.getByRole('row').nth(1)).toContainText('Yến');
    await expect(table.getByRole('row').nth(1)).toContainText('Ủy ban nhân dân xã số 599');
  } finally {
    child.kill('SIGTERM');
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
