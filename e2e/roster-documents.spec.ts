import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { documentXml, paragraphs, tableRows } from '../db/documents/test-read-back';
import { type RunningApp, at, expect, test } from './fixtures';
import type { Page } from '@playwright/test';

// The roster of a date as the clerk prints it and downloads it: the print view rendered to
// PDF by Chromium and read back with poppler, and the Word and Excel files the buttons save.

const MM = 72 / 25.4;
const A4_WIDTH = 595.28;
const ATTACHMENT = '(Kèm theo Quyết định số 25-QĐ/TU ngày 26/10/2020 của Tỉnh ủy Thanh Hóa)';

async function printToPdf(page: Page, app: RunningApp, route: string, name: string): Promise<string> {
  await page.goto(at(app, route));
  await expect(page.locator('html')).toHaveAttribute('data-print-ready', '1');
  const file = path.join(app.dir, `${name}.pdf`);
  await page.pdf({ path: file, format: 'A4', preferCSSPageSize: true, printBackground: true });
  // Kept for a person to look at: PNG pages beside the PDF (and in .tmp/ when asked to).
  const keep = process.env.MINUTEBOOK_KEEP_PNG;
  if (keep) {
    fs.mkdirSync(keep, { recursive: true });
    execFileSync('pdftoppm', ['-r', '80', '-png', file, path.join(keep, name)]);
  }
  return file;
}

/** The PDF's text as laid out; a non-breaking space reads as a space. */
const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).normalize('NFC').replace(/\u00a0/g, ' ');

interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
}
/** Every word of the PDF with its box, in reading order (pdftotext -bbox). */
function pdfWords(file: string): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => ({
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    text: m[4]!.replace(/&amp;/g, '&').normalize('NFC').replace(/\u00a0/g, ' '),
  }));
}

test('the print view of 13/01/2021 is the A4 attachment to decision 25-QĐ/TU with every member of that date', async ({ page, demoApp }) => {
  const file = await printToPdf(page, demoApp, '/print/roster/1?date=2021-01-13', 'roster-2021-01-13');
  expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);

  const text = pdfText(file);
  const flat = text.replace(/\s+/g, ' ');
  for (const line of ['TỈNH ỦY THANH HÓA', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'DANH SÁCH THÀNH VIÊN', '(Tính đến ngày 13/01/2021)']) {
    expect(text).toContain(line);
  }
  // Dated by the roster's own day, not the day it was printed.
  expect(text).toContain('Thanh Hóa, ngày 13 tháng 01 năm 2021');
  expect(flat).toContain('BAN CHỈ ĐẠO XÂY DỰNG CƠ SỞ VÀ THỰC HIỆN QUY CHẾ DÂN CHỦ TỈNH THANH HÓA');
  expect(flat).toContain(ATTACHMENT);
  // Each member with the role and the position of that date, on their row (a cell may wrap: the start of it).
  for (const [name, position, role] of [
    ['Trịnh Tuấn Sinh', 'Phó Bí thư Tỉnh ủy', 'Trưởng ban'],
    ['Lê Thị Bình', 'Phó Chủ tịch UBND', 'Phó Trưởng ban'],
    ['Phạm Văn Cường', 'Chủ tịch Ủy ban', 'Ủy viên'],
    ['Hoàng Thị Dung', 'Giám đốc Sở Nội vụ', 'Ủy viên'],
    ['Đỗ Văn Hải', 'Chánh Thanh tra tỉnh', 'Ủy viên'],
    ['Trần Thị Lan', 'Phó Trưởng Ban Dân', 'Thư ký'],
  ]) {
    expect(text).toMatch(new RegExp(`${name}\\s+${position}\\s+${role}`));
  }
  expect(text).toMatch(/Nguyễn Văn An\s+Trưởng Ban Dân vận\s+Phó Trưởng ban/);
  expect(text).not.toContain('Vũ Văn Minh');

  // Margins of NĐ 30/2020: left ≥ 30 mm, right ≥ 15 mm, top ≥ 20 mm (1 pt of rounding).
  const words = pdfWords(file);
  expect(words.length).toBeGreaterThan(80);
  expect(Math.min(...words.map((w) => w.xMin))).toBeGreaterThanOrEqual(30 * MM - 1);
  expect(Math.max(...words.map((w) => w.xMax))).toBeLessThanOrEqual(A4_WIDTH - 15 * MM + 1);
  expect(Math.min(...words.map((w) => w.yMin))).toBeGreaterThanOrEqual(20 * MM - 1);
});

test('the decision line breaks only between words: the PDF has each of its words whole', async ({ page, demoApp }) => {
  // Five renders to PDF: more than the default 30 s on a busy machine.
  test.setTimeout(120_000);
  // Long issuers, as a Party committee's decisions often have, make the line wrap at
  // different places: inside "2020-2025", "25-QĐ/TU", a date or a name if anything allowed it.
  const issuers = [
    'Ban Thường vụ Tỉnh ủy Thanh Hóa khóa XIX nhiệm kỳ 2020-2025',
    'Ban Thường vụ Tỉnh ủy nhiệm kỳ 2020-2025',
    'Ban Thường vụ Tỉnh ủy khóa XIX, nhiệm kỳ 2020-2025',
    'Thường trực Tỉnh ủy Thanh Hóa nhiệm kỳ 2020-2025',
    'Ban Chấp hành Đảng bộ tỉnh Thanh Hóa',
  ];
  // The demo's decision 25-QĐ/TU (id 1) records its issuing body: the line names it.
  for (const [i, issuer] of issuers.entries()) {
    const changed = await page.request.post(`${demoApp.origin}/api/decisions.update`, {
      headers: { 'x-minutebook-token': demoApp.token },
      data: { id: 1, issuingBody: issuer },
    });
    expect((await changed.json()).ok).toBe(true);
    const file = await printToPdf(page, demoApp, `/print/roster/1?date=2021-01-13&issuer=${i}`, `roster-long-issuer-${i}`);
    const expected = `(Kèm theo Quyết định số 25-QĐ/TU ngày 26/10/2020 của ${issuer})`.split(' ');
    const words = pdfWords(file);
    const start = words.findIndex((w) => w.text === '(Kèm');
    expect(start).toBeGreaterThan(0);
    const line = words.slice(start, start + expected.length);
    // The line did wrap (two rows of words), and no word was cut: pdftotext sees the same words.
    expect(new Set(line.map((w) => Math.round(w.yMin))).size, issuer).toBeGreaterThan(1);
    expect(line.map((w) => w.text), issuer).toEqual(expected);
  }
});

test('the roster before the reconstitution shows the member of that time with the post written then', async ({ page, demoApp }) => {
  const text = pdfText(await printToPdf(page, demoApp, '/print/roster/1?date=2020-10-25', 'roster-2020-10-25'));
  expect(text).toContain('(Tính đến ngày 25/10/2020)');
  expect(text).toMatch(/Vũ Văn Minh\s+Chánh Thanh tra tỉnh\s+Ủy viên/);
  expect(text).not.toContain('Nguyên Chánh Thanh tra');
  expect(text).not.toContain('Trịnh Tuấn Sinh');
  // The demo records no decision before 26/10/2020: no attachment line is invented.
  expect(text).not.toContain('Kèm theo');
});

test('the print view saves the same roster as Word and as Excel', async ({ page, demoApp }) => {
  await page.goto(at(demoApp, '/print/roster/1?date=2021-01-13'));
  await expect(page.locator('html')).toHaveAttribute('data-print-ready', '1');

  const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải tệp Word (.docx)' }).click()]);
  expect(docx.suggestedFilename()).toBe('danh-sach-thanh-vien-1-2021-01-13.docx');
  const docxFile = path.join(demoApp.dir, 'roster.docx');
  await docx.saveAs(docxFile);
  const xml = documentXml(docxFile);
  expect(paragraphs(xml)).toContain(ATTACHMENT);
  const rows = tableRows(xml);
  expect(rows.find((r) => r[1] === 'Lê Thị Bình')).toEqual([expect.any(String), 'Lê Thị Bình', 'Phó Chủ tịch UBND tỉnh', 'Phó Trưởng ban', expect.any(String)]);

  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải tệp Excel (.xlsx)' }).click()]);
  expect(xlsx.suggestedFilename()).toBe('danh-sach-thanh-vien-1-2021-01-13.xlsx');
  const xlsxFile = path.join(demoApp.dir, 'roster.xlsx');
  await xlsx.saveAs(xlsxFile);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsxFile);
  const sheet = workbook.worksheets[0]!;
  expect(sheet.getRow(1).values).toEqual([undefined, 'Họ và tên', 'Chức vụ', 'Đơn vị công tác', 'Chức danh trong Ban Chỉ đạo', 'Nhiệm vụ được phân công', 'Từ ngày', 'Đến ngày', 'Quyết định']);
  expect(sheet.rowCount).toBe(8);
  expect(sheet.getRow(2).getCell(1).value).toBe('Trịnh Tuấn Sinh');
});

test('a roster longer than a page repeats the table heading and numbers the pages from page 2', async ({ page, demoApp }) => {
  test.setTimeout(120_000);
  const api = async (name: string, data: unknown) => {
    const response = await page.request.post(`${demoApp.origin}/api/${name}`, { headers: { 'x-minutebook-token': demoApp.token }, data });
    const result = await response.json();
    expect(result.ok, `${name}: ${JSON.stringify(result.error)}`).toBe(true);
    return result.value as { id: number };
  };
  for (let i = 1; i <= 30; i++) {
    const person = await api('people.create', { fullName: `Lê Văn Số ${i}`, position: `Giám đốc Sở số ${i}` });
    await api('memberships.create', { personId: person.id, committeeId: 1, role: 'uy_vien', position: `Giám đốc Sở số ${i}`, fromDate: '2020-10-26' });
  }
  const file = await printToPdf(page, demoApp, '/print/roster/1?date=2021-01-13', 'roster-long');
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
  expect(pages).toBeGreaterThanOrEqual(2);
  const pageText = (n: number) => execFileSync('pdftotext', ['-layout', '-f', String(n), '-l', String(n), file, '-'], { encoding: 'utf8' }).normalize('NFC');
  const first = pageText(1);
  const second = pageText(2);
  expect(first.trimStart().startsWith('TỈNH ỦY THANH HÓA')).toBe(true);
  // Page 2 starts with its number, top centre, then the table's heading again.
  expect(second.trimStart()).toMatch(/^2\s*\n/);
  expect(second).toMatch(/STT\s+Họ và tên/);
  expect(pdfText(file)).toMatch(/Lê Văn Số 30\s+Giám đốc Sở số 30\s+Ủy viên/);
});

/** The PDF's lines (words of one top, left to right); a gap wider than a space (another block or cell) is written "  ". */
function linesOf(words: Word[]): string[] {
  const rows = new Map<number, Word[]>();
  for (const w of words) {
    const y = Math.round(w.yMin);
    rows.set(y, [...(rows.get(y) ?? []), w]);
  }
  return [...rows.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, row]) =>
      row
        .sort((a, b) => a.xMin - b.xMin)
        .map((w, i) => (i === 0 ? '' : w.xMin - row[i - 1]!.xMax > 8 ? '  ' : ' ') + w.text)
        .join(''),
    );
}

test('the header and the table heading break between words, never inside "CƠ SỞ", "công tác" or "Ban Chỉ đạo"', async ({ page, demoApp }) => {
  const file = await printToPdf(page, demoApp, '/print/roster/1?date=2021-01-13', 'roster-words');
  // Each compound's syllables sit on one line of the PDF (pdftotext -bbox).
  // The header, the title and the table's heading: every word above the first member's row.
  const words = pdfWords(file);
  const firstRow = words.find((w) => w.text === 'Trịnh')!.yMin;
  const lines = linesOf(words.filter((w) => w.yMin < firstRow - 2)).map((l) => ` ${l} `);
  expect(lines.join('\n')).toContain('Chức vụ, đơn vị');
  const compounds = ['BAN CHỈ ĐẠO', 'XÂY DỰNG', 'CƠ SỞ', 'THỰC HIỆN', 'QUY CHẾ', 'DÂN CHỦ', 'THANH HÓA', 'công tác', 'Ban Chỉ đạo', 'Nhiệm vụ', 'phân công'];
  const cells = lines.flatMap((l) => l.split(/\s{2,}/).map((cell) => ` ${cell.trim()}`));
  for (const compound of compounds) {
    const syllables = compound.split(' ');
    const whole = lines.some((l) => l.replace(/ {2,}/g, ' ').includes(` ${compound} `) || l.includes(`${compound}  `) || l.includes(`  ${compound}`));
    // No heading line ends in the compound's first syllable (a cell's line ends where a wider gap follows).
    const split = cells.some((cell) => cell.endsWith(` ${syllables[0]}`) && !compounds.some((c) => cell.endsWith(` ${c}`)));
    expect(whole && !split, `${compound}:\n${lines.join('\n')}`).toBe(true);
  }
});

test('a past roster shows the name of its day after a rename, and the person\'s position where the decision wrote none', async ({ page, demoApp }) => {
  const api = async (name: string, data: unknown) => {
    const response = await page.request.post(`${demoApp.origin}/api/${name}`, { headers: { 'x-minutebook-token': demoApp.token }, data });
    const result = await response.json();
    expect(result.ok, `${name}: ${JSON.stringify(result.error)}`).toBe(true);
    return result.value as { id: number; members: Array<{ personId: number; fullName: string }> };
  };
  const roster = await api('roster.get', { committeeId: 1, asOf: '2021-01-13' });
  const lan = roster.members.find((m) => m.fullName === 'Trần Thị Lan')!;
  await api('people.update', { id: lan.personId, fullName: 'Trần Thị Lan Phương' });
  const tam = await api('people.create', { fullName: 'Lê Văn Tám', position: 'Giám đốc Sở Tư pháp', organisation: 'Sở Tư pháp' });
  await api('memberships.create', { personId: tam.id, committeeId: 1, role: 'uy_vien', fromDate: '2020-10-26' });

  const text = pdfText(await printToPdf(page, demoApp, '/print/roster/1?date=2021-01-13', 'roster-renamed'));
  expect(text).toMatch(/Trần Thị Lan\s+Phó Trưởng Ban Dân/);
  expect(text).not.toContain('Lan Phương');
  expect(text).toMatch(/Lê Văn Tám\s+Giám đốc Sở Tư pháp\s+Ủy viên/);
  // Today's roster (the new name from the day of the change) on the screen.
  await page.goto(at(demoApp, '/members/roster/1'));
  await expect(page.getByRole('table', { name: 'Danh sách thành viên' })).toContainText('Trần Thị Lan Phương');
});

// F1 (issue 7, cold review): the committee as of the roster's day, and its title line kept whole.
test('after a rename, the roster of an earlier day prints the committee of that day; today\'s title breaks only between words', async ({ page, demoApp }) => {
  test.setTimeout(90_000);
  const api = async (name: string, data: unknown) => {
    const response = await page.request.post(`${demoApp.origin}/api/${name}`, { headers: { 'x-minutebook-token': demoApp.token }, data });
    const result = await response.json();
    expect(result.ok, `${name}: ${JSON.stringify(result.error)}`).toBe(true);
    return result.value as { name: string; asOf: string };
  };
  const before = await api('committees.get', { id: 1 });
  const name = 'Ban Chỉ đạo các chương trình mục tiêu quốc gia giảm nghèo bền vững huyện Nông Cống';
  await api('committees.update', { id: 1, name, issuingBody: 'BAN CHỈ ĐẠO GIẢM NGHÈO', parentBody: 'Huyện ủy Nông Cống' });

  const past = pdfText(await printToPdf(page, demoApp, '/print/roster/1?date=2021-01-13', 'roster-committee-renamed-past'));
  expect(past.replace(/\s+/g, ' ')).toContain(before.name.toLocaleUpperCase('vi'));
  expect(past).not.toContain('NÔNG CỐNG');
  expect(past).not.toContain('Nông Cống');

  const today = (await api('roster.get', { committeeId: 1 })).asOf;
  const file = await printToPdf(page, demoApp, `/print/roster/1?date=${today}`, 'roster-committee-renamed-today');
  const words = pdfWords(file);
  const from = words.findIndex((w) => w.text === 'THÀNH' || w.text.includes('THÀNH VIÊN'));
  const to = words.findIndex((w) => w.text.startsWith('(Kèm') || w.text.startsWith('(Tính'));
  const title = linesOf(words.slice(from + 1, to)).map((l) => ` ${l.replace(/\s+/g, ' ')} `);
  // The name wraps (more than one line), and no line ends inside a compound word.
  expect(title.length, title.join('\n')).toBeGreaterThan(1);
  expect(title.join(' ').replace(/\s+/g, ' ')).toContain('HUYỆN NÔNG CỐNG');
  for (const compound of ['CHƯƠNG TRÌNH', 'MỤC TIÊU', 'QUỐC GIA', 'GIẢM NGHÈO', 'BỀN VỮNG', 'NÔNG CỐNG']) {
    expect(title.some((l) => l.includes(` ${compound} `)), `${compound}:\n${title.join('\n')}`).toBe(true);
  }
});
