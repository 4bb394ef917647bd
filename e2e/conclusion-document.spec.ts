import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { conclusion as seed } from '../db/demo/thanh-hoa-2021';
import { documentXml, paragraphs, tableRows } from '../db/documents/test-read-back';
import { type RunningApp, at, expect, test } from './fixtures';

// The seed conclusion (../shared/seed/, the demo's draft notice of 13/01/2021) issued as notice
// 01 and printed: the print view rendered to PDF by Chromium and read back with poppler (text,
// and the words' boxes to measure the margins), in the state format and in the Party format;
// the Word file the button saves, read back from its XML. The state notice's page is compared
// with its picture kept beside this spec (conclusion-document.spec.ts-snapshots/).

const MM = 72 / 25.4;

async function api<T>(app: RunningApp, name: string, input: unknown): Promise<T> {
  const response = await fetch(`${app.origin}/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-minutebook-token': app.token },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as { ok: boolean; value: T; error?: unknown };
  expect(result.ok, `${name}: ${JSON.stringify(result.error)}`).toBe(true);
  return result.value;
}

/** Issues the demo's seed notice (id 1), the committee first set to the given format. */
async function issueSeed(app: RunningApp, format: 'state' | 'party'): Promise<{ symbol: string }> {
  await api(app, 'committees.update', { id: 1, documentFormat: format });
  return api<{ symbol: string }>(app, 'conclusions.issue', { id: 1 });
}

async function printToPdf(page: Page, app: RunningApp, route: string, name: string): Promise<string> {
  await page.goto(at(app, route));
  await expect(page.locator('html')).toHaveAttribute('data-print-ready', '1');
  const file = path.join(app.dir, `${name}.pdf`);
  await page.pdf({ path: file, format: 'A4', preferCSSPageSize: true, printBackground: true });
  const keep = process.env.MINUTEBOOK_KEEP_PNG;
  if (keep) {
    fs.mkdirSync(keep, { recursive: true });
    execFileSync('pdftoppm', ['-r', '80', '-png', file, path.join(keep, name)]);
  }
  return file;
}

const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).normalize('NFC');
const flat = (text: string) => text.replace(/\s+/g, ' ');

interface Word {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  text: string;
}

/** Each page's size and words with their boxes in points (pdftotext -bbox). */
function pages(file: string): Array<{ width: number; height: number; words: Word[] }> {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  return [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((p) => ({
    width: Number(p[1]),
    height: Number(p[2]),
    words: [...p[3]!.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
      x0: Number(m[1]),
      y0: Number(m[2]),
      x1: Number(m[3]),
      y1: Number(m[4]),
      text: m[5]!,
    })),
  }));
}

/**
 * The margins the decree allows (NĐ 30/2020: left 30–35 mm, right 15–20 mm, top and bottom
 * 20–25 mm), measured on the ink: justified lines reach both side margins and the first line
 * sits at the top margin. A notice of more than a page: its first page ends at the bottom
 * margin, and pages are numbered from page 2, at the top centre, inside the top margin.
 */
function expectDecreeLayout(file: string, expected: { pages: 'one' | 'several' }) {
  const all = pages(file);
  if (expected.pages === 'one') expect(all).toHaveLength(1);
  else expect(all.length).toBeGreaterThanOrEqual(2);
  for (const p of all) {
    expect(p.width).toBeCloseTo(595.3, 0);
    expect(p.height).toBeCloseTo(841.9, 0);
  }
  const isPageNumber = (w: Word) => /^\d+$/.test(w.text) && w.y1 < 20 * MM;
  expect(all[0]!.words.filter(isPageNumber)).toEqual([]);
  all.slice(1).forEach((p, i) => {
    const numbers = p.words.filter(isPageNumber);
    expect(numbers.map((w) => w.text)).toEqual([String(i + 2)]);
    // Centred over the text: the text's middle is (30 + (210 - 15)) / 2 mm from the left edge.
    expect(Math.abs((numbers[0]!.x0 + numbers[0]!.x1) / 2 / MM - (30 + 195) / 2)).toBeLessThan(5);
  });
  const words = all.flatMap((p) => p.words.filter((w) => !isPageNumber(w)));
  const left = Math.min(...words.map((w) => w.x0)) / MM;
  const right = 210 - Math.max(...words.map((w) => w.x1)) / MM;
  const top = Math.min(...all[0]!.words.map((w) => w.y0)) / MM;
  expect(left).toBeGreaterThanOrEqual(30 - 0.5);
  expect(left).toBeLessThanOrEqual(35);
  expect(right).toBeGreaterThanOrEqual(15 - 0.5);
  expect(right).toBeLessThanOrEqual(20);
  expect(top).toBeGreaterThanOrEqual(20 - 0.5);
  expect(top).toBeLessThanOrEqual(25);
  if (expected.pages === 'several') {
    // The first page is full: its last line ends inside the bottom margin's range (a line of slack).
    const bottom = 297 - Math.max(...all[0]!.words.map((w) => w.y1)) / MM;
    expect(bottom).toBeGreaterThanOrEqual(20 - 0.5);
    expect(bottom).toBeLessThanOrEqual(25 + 8);
  }
}

const directives = seed.items.map((item, i) => `${i + 1}. ${i === seed.items.length - 1 ? item.replace(/\.$/, './.') : item}`);

test('the seed conclusion issued as 01 prints as a state notice (Mẫu 1.4): header blocks, "Số: 01/TB-BCĐ", THÔNG BÁO, date line, directives, signer, Nơi nhận, the decree\'s margins', async ({ page, demoApp, consoleErrors }) => {
  expect((await issueSeed(demoApp, 'state')).symbol).toBe('Số: 01/TB-BCĐ');
  const file = await printToPdf(page, demoApp, '/print/conclusion/1', 'conclusion-state');
  expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
  const text = pdfText(file);
  const all = flat(text);
  for (const line of ['TỈNH ỦY THANH HÓA', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'THÔNG BÁO', 'Nơi nhận:']) expect(text).toContain(line);
  for (const words of ['BAN CHỈ ĐẠO XÂY DỰNG', 'DÂN CHỦ TỈNH THANH HÓA']) expect(all).toContain(words);
  // The number on the left, level with the place-date line on the right.
  expect(text).toMatch(/Số: 01\/TB-BCĐ\s{4,}Thanh Hóa, ngày 13 tháng 01 năm 2021/);
  expect(all).not.toContain('DỰ THẢO');
  expect(all).toContain(flat(seed.title));
  expect(all).toContain(flat(seed.preamble));
  for (const d of directives) expect(all).toContain(d);
  // Nơi nhận on the left, its filing line last; TM. the body, the title and the name on the right.
  expect(text).toMatch(/Nơi nhận:\s+TM\. BAN CHỈ ĐẠO/);
  expect(text).toMatch(/- Ban Chỉ đạo các huyện, thị xã, thành phố;\s*\n[\s\S]*- Lưu: VT, Ban Dân vận Tỉnh ủy\./);
  expect(text).toContain('TRƯỞNG BAN');
  expect(text).toContain('Trịnh Tuấn Sinh');
  expectDecreeLayout(file, { pages: 'one' });
  await page.setViewportSize({ width: 900, height: 1200 });
  await expect(page.locator('.a4-page')).toHaveScreenshot('conclusion-state.png', { maxDiffPixelRatio: 0.02 });
  expect(consoleErrors).toEqual([]);
});

test('in the Party format (36-HD/VPTW): "ĐẢNG CỘNG SẢN VIỆT NAM", the star, "Số 01-TB/BCĐ" without a colon, T/M', async ({ page, demoApp, consoleErrors }) => {
  expect((await issueSeed(demoApp, 'party')).symbol).toBe('Số 01-TB/BCĐ');
  const file = await printToPdf(page, demoApp, '/print/conclusion/1', 'conclusion-party');
  const text = pdfText(file);
  const all = flat(text);
  for (const line of ['TỈNH ỦY THANH HÓA', 'ĐẢNG CỘNG SẢN VIỆT NAM', '*', 'THÔNG BÁO', 'Nơi nhận:', 'T/M BAN CHỈ ĐẠO', 'TRƯỞNG BAN', 'Trịnh Tuấn Sinh']) {
    expect(text).toContain(line);
  }
  expect(text).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  expect(text).toMatch(/Số 01-TB\/BCĐ\s{4,}Thanh Hóa, ngày 13 tháng 01 năm 2021/);
  for (const d of directives) expect(all).toContain(d);
  expect(all).toContain('- Lưu: VT, Ban Dân vận Tỉnh ủy.');
  expectDecreeLayout(file, { pages: 'one' });
  expect(consoleErrors).toEqual([]);
});

test('a notice longer than a page: numbered from page 2 at the top centre, the first page full to the bottom margin', async ({ page, demoApp, consoleErrors }) => {
  const seedNotice = await api<{ signer: { personId: number } }>(demoApp, 'conclusions.get', { id: 1 });
  const long = await api<{ id: number }>(demoApp, 'conclusions.create', {
    committeeId: 1,
    title: 'Kết luận của đồng chí Trưởng Ban Chỉ đạo về kiểm tra, giám sát việc thực hiện quy chế dân chủ ở cơ sở',
    datedOn: '2021-03-05',
    signer: { personId: seedNotice.signer.personId, form: 'tm', title: 'Trưởng ban' },
    recipients: ['Thường trực Tỉnh ủy (để b/c)', 'Các đồng chí thành viên Ban Chỉ đạo'],
    preamble: seed.preamble,
    items: Array.from({ length: 14 }, (_, i) => ({
      text: `${seed.items[i % seed.items.length]} Các cơ quan, đơn vị báo cáo kết quả về Ban Chỉ đạo (qua Ban Dân vận Tỉnh ủy) trước ngày 30 hằng tháng.`,
      subPoints: i % 3 === 0 ? ['Rà soát, đánh giá kết quả thực hiện ở từng xã, phường, thị trấn.'] : [],
    })),
  });
  expect((await api<{ symbol: string }>(demoApp, 'conclusions.issue', { id: long.id })).symbol).toBe('Số 01-TB/BCĐ');
  const file = await printToPdf(page, demoApp, `/print/conclusion/${long.id}`, 'conclusion-long');
  expect(flat(pdfText(file))).toContain('Thanh Hóa, ngày 05 tháng 3 năm 2021');
  expectDecreeLayout(file, { pages: 'several' });
  expect(consoleErrors).toEqual([]);
});

test('the print view saves the same notice as Word', async ({ page, demoApp }) => {
  await issueSeed(demoApp, 'state');
  await page.goto(at(demoApp, '/print/conclusion/1'));
  await expect(page.locator('html')).toHaveAttribute('data-print-ready', '1');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải tệp Word (.docx)' }).click()]);
  expect(download.suggestedFilename()).toBe('thong-bao-ket-luan-01-2021.docx');
  const saved = path.join(demoApp.dir, 'notice.docx');
  await download.saveAs(saved);
  const xml = documentXml(saved);
  const text = paragraphs(xml).map((l) => l.replace(/\u00a0/g, ' '));
  expect(text).toEqual(
    expect.arrayContaining(['TỈNH ỦY THANH HÓA', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: 01/TB-BCĐ', 'Thanh Hóa, ngày 13 tháng 01 năm 2021', 'THÔNG BÁO', ...directives]),
  );
  expect(tableRows(xml).at(-1)).toEqual([expect.stringMatching(/^Nơi nhận:[\s\S]*- Lưu: VT, Ban Dân vận Tỉnh ủy\.$/), 'TM. BAN CHỈ ĐẠO\nTRƯỞNG BAN\nTrịnh Tuấn Sinh']);
});

test('a draft prints "DỰ THẢO" and a blank number, its view passes axe-core; a notice that does not exist shows the not-found error', async ({ page, demoApp }) => {
  const all = flat(pdfText(await printToPdf(page, demoApp, '/print/conclusion/1', 'conclusion-draft')));
  expect(all).toContain('DỰ THẢO');
  expect(all).toMatch(/Số -TB\/BCĐ/);
  // The print view itself: no serious or critical axe-core finding (WCAG 2.1 A and AA).
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await page.goto(at(demoApp, '/print/conclusion/999'));
  await expect(page.getByRole('alert')).toBeVisible();
  await page.goto(at(demoApp, '/print/conclusion/abc'));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
