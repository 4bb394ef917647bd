import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { at, expect, test } from './fixtures';

const MM = 72 / 25.4;

test('the roster print view renders to an A4 PDF that reads back with the committee and its head', async ({ page, demoApp }) => {
  await page.goto(at(demoApp, '/print/roster/1?asOf=2021-01-13'));
  await expect(page.locator('html')).toHaveAttribute('data-print-ready', '1');
  const file = path.join(demoApp.dir, 'roster.pdf');
  await page.pdf({ path: file, format: 'A4', preferCSSPageSize: true, printBackground: true });

  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);

  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).normalize('NFC');
  expect(text).toContain('DANH SÁCH THÀNH VIÊN');
  // The committee's name is the title's second line, in capitals (it may wrap).
  expect(text.replace(/\s+/g, ' ')).toContain('BAN CHỈ ĐẠO XÂY DỰNG CƠ SỞ VÀ THỰC HIỆN QUY CHẾ DÂN CHỦ TỈNH THANH HÓA');
  expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
  expect(text).toContain('(Tính đến ngày 13/01/2021)');
  expect(text).toMatch(/Trịnh Tuấn Sinh\s+Phó Bí thư Tỉnh ủy\s+Trưởng ban/);
  // The print toolbar is not part of the document.
  expect(text).not.toContain('Quay lại');

  // Margins from Nghị định 30/2020: left 30–35 mm, right 15–20 mm, top 20–25 mm.
  const bbox = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const words = [...bbox.matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"/g)].map((m) => m.slice(1).map(Number));
  expect(words.length).toBeGreaterThan(20);
  expect(Math.min(...words.map((w) => w[0]!))).toBeGreaterThanOrEqual(30 * MM - 1);
  expect(Math.max(...words.map((w) => w[2]!))).toBeLessThanOrEqual(595.28 - 15 * MM + 1);
  expect(Math.min(...words.map((w) => w[1]!))).toBeGreaterThanOrEqual(20 * MM - 1);
  fs.rmSync(file);
});

test('the print view uses Times New Roman (Tinos) for the document', async ({ page, demoApp }) => {
  await page.goto(at(demoApp, '/print/roster/1'));
  await expect(page.locator('html')).toHaveAttribute('data-print-ready', '1');
  const family = await page.locator('.a4-page').evaluate((el) => getComputedStyle(el).fontFamily);
  expect(family).toMatch(/^"?Times New Roman"?, Tinos, serif$/);
  const file = path.join(demoApp.dir, 'fonts.pdf');
  await page.pdf({ path: file, format: 'A4', preferCSSPageSize: true });
  const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
  expect(fonts).toMatch(/Tinos|TimesNewRoman|Times/);
});

test('the roster page opens its print view from the Print button', async ({ page, demoApp }) => {
  await page.goto(at(demoApp, '/members'));
  await page.getByRole('button', { name: 'In danh sách' }).click();
  await expect(page).toHaveURL(/#\/print\/roster\/1\?date=\d{4}-\d{2}-\d{2}$/);
  await expect(page.locator('.a4-page')).toContainText('Trịnh Tuấn Sinh');
  await page.getByRole('button', { name: 'Quay lại' }).click();
  await expect(page.getByRole('heading', { name: 'Thành viên' })).toBeVisible();
});
