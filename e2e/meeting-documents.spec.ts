import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { documentXml, paragraphs } from '../db/documents/test-read-back';
import { openRaw } from '../db/test-support';
import { type RunningApp, at, expect, test } from './fixtures';
import { expectPrintLooksLike, flat, pdfText, printToPdf } from './meeting-print';

// The demo meeting's invitation and minutes as the clerk prints them and downloads them: the
// print views rendered to PDF by Chromium, read back with poppler, turned into PNG; the Word
// files the buttons save, read back from their XML. Each print view is compared with its
// screenshot kept beside this spec as the visual reference.

const MM = 72 / 25.4;
const A4_WIDTH = 595.28;
const CLOSING = 'Cuộc họp kết thúc vào 11 giờ 30, ngày 13 tháng 01 năm 2021/.';

/**
 * The leftmost, rightmost and topmost ink of the PDF's words (pdftotext -bbox), in points; the
 * page number (from page 2, top centre, in the header area as the decree places it) left out.
 */
function wordBounds(file: string) {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const words = [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>([^<]*)<\/word>/g)];
  const boxes = words.filter((m) => !/^\d+$/.test(m[4]!)).map((m) => m.slice(1, 4).map(Number) as [number, number, number]);
  return { count: boxes.length, left: Math.min(...boxes.map((b) => b[0])), top: Math.min(...boxes.map((b) => b[1])), right: Math.max(...boxes.map((b) => b[2])) };
}

function expectDecreeMargins(file: string) {
  const b = wordBounds(file);
  expect(b.count).toBeGreaterThan(60);
  expect(b.left).toBeGreaterThanOrEqual(30 * MM - 1);
  expect(b.right).toBeLessThanOrEqual(A4_WIDTH - 15 * MM + 1);
  expect(b.top).toBeGreaterThanOrEqual(20 * MM - 1);
}

test('the minutes print as Mẫu 1.9: header, BIÊN BẢN, attendance "có mặt", chair and secretary, closing line, signatures', async ({ page, demoApp, consoleErrors }) => {
  const file = await printToPdf(page, demoApp, '/print/minutes/1', 'minutes-1');
  expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
  const text = pdfText(file);
  const all = flat(text);
  for (const line of ['TỈNH ỦY THANH HÓA', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Thanh Hóa, ngày 13 tháng 01 năm 2021', 'BIÊN BẢN']) expect(text).toContain(line);
  // The issuing body wraps in its column, beside the place-date line: its first and last words.
  for (const words of ['BAN CHỈ ĐẠO XÂY DỰNG', 'DÂN CHỦ TỈNH THANH HÓA']) expect(all).toContain(words);
  // The demo's minutes are still a draft: marked so above the title.
  expect(all).toContain('DỰ THẢO');
  expect(all).toContain('Thời gian bắt đầu: 08 giờ 00, ngày 13 tháng 01 năm 2021.');
  expect(all).toContain('Thành phần tham dự: có mặt 5/7 thành viên Ban Chỉ đạo.');
  expect(all).toContain('Vắng mặt: đồng chí Đỗ Văn Hải, Chánh Thanh tra tỉnh (lý do: Đi công tác tại Hà Nội).');
  expect(all).toContain('đồng chí Nguyễn Thị Hà, Phó Giám đốc Sở Nội vụ dự thay đồng chí Hoàng Thị Dung');
  expect(all).toContain('Chủ trì: đồng chí Trịnh Tuấn Sinh');
  expect(all).toContain('Thư ký: đồng chí Trần Thị Lan');
  expect(all).toContain('Năm 2020, các cấp ủy đảng, chính quyền');
  expect(all).toContain(CLOSING);
  // THƯ KÝ on the left, CHỦ TỌA on the right, on one line; the names under them, the same way.
  expect(text).toMatch(/THƯ KÝ\s{4,}CHỦ TỌA/);
  expect(text).toMatch(/Trần Thị Lan\s{4,}Trịnh Tuấn Sinh/);
  expectDecreeMargins(file);
  await expectPrintLooksLike(page, 'minutes');
  expect(consoleErrors).toEqual([]);
});

test('the invitation prints in the Party form: number "Số 01-GM/BCĐ", GIẤY MỜI, who is invited, time, place, agenda, signer, Nơi nhận', async ({ page, demoApp, consoleErrors }) => {
  const file = await printToPdf(page, demoApp, '/print/invitation/1', 'invitation-1');
  const text = pdfText(file);
  const all = flat(text);
  for (const line of ['TỈNH ỦY THANH HÓA', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'GIẤY MỜI', 'Trân trọng kính mời:', 'Nơi nhận:', 'T/M BAN CHỈ ĐẠO', 'TRƯỞNG BAN']) {
    expect(text).toContain(line);
  }
  // The number sits on the left, level with the place-date line (the invitation's date, 08/01/2021).
  expect(text).toMatch(/Số 01-GM\/BCĐ\s{4,}Thanh Hóa, ngày 08 tháng 01 năm 2021/);
  // Seven members: invited as the body (a committee of five or fewer is invited by name).
  expect(all).toContain('Trân trọng kính mời: - Các đồng chí thành viên Ban Chỉ đạo;');
  expect(all).toContain('- Lãnh đạo Ban Dân vận các huyện ủy, thị ủy, thành ủy.');
  expect(all).toContain('Thời gian: 08 giờ 00, thứ Tư, ngày 13 tháng 01 năm 2021.');
  expect(all).toContain('Địa điểm: Trụ sở Tỉnh ủy Thanh Hóa.');
  expect(all).toContain('1. Báo cáo tổng kết công tác năm 2020');
  // "- Lưu: VT, …" is the last line of Nơi nhận; the chair signs.
  expect(text).toMatch(/- Như trên;[\s\S]*- Lưu: VT, BCĐ\./);
  expect(text).toContain('Trịnh Tuấn Sinh');
  expectDecreeMargins(file);
  await expectPrintLooksLike(page, 'invitation');
  expect(consoleErrors).toEqual([]);
});

/** Markup a clerk might paste (or an attacker plant): on paper it must be these characters, and run nothing. */
const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=1</script>',
  '<svg onload="window.__xss=1">',
  '<iframe srcdoc="<script>parent.__xss=1</script>">',
  '<a href="javascript:window.__xss=1">bấm</a>',
];

/** Writes into the served archive as another process would (the server reads the committed rows). */
function plant(app: RunningApp, write: (sqlite: ReturnType<typeof openRaw>['sqlite']) => void) {
  const raw = openRaw(app.dbFile);
  try {
    raw.sqlite.pragma('busy_timeout = 5000');
    write(raw.sqlite);
  } finally {
    raw.sqlite.close();
  }
}

test('the minutes body prints its headings, marks, lists and a bordered table; markup in it is text and runs nothing', async ({ page, demoApp, consoleErrors }) => {
  const t = (text: string, ...marks: string[]) => ({ type: 'text', text, ...(marks.length ? { marks: marks.map((type) => ({ type })) } : {}) });
  const p = (...content: unknown[]) => ({ type: 'paragraph', content });
  const cell = (type: string, text: string) => ({ type, content: [p(t(text))] });
  const body = {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 2 }, content: [t('I. Kết quả năm 2020')] },
      p(t('Các cấp ủy đã '), t('tập trung lãnh đạo', 'bold'), t(', '), t('chỉ đạo', 'italic'), t(' và '), t('kiểm tra', 'underline'), t('.')),
      { type: 'bulletList', content: [{ type: 'listItem', content: [p(t('Kiện toàn Ban Chỉ đạo các cấp'))] }] },
      { type: 'orderedList', content: [{ type: 'listItem', content: [p(t('Nhiệm vụ thứ nhất'))] }, { type: 'listItem', content: [p(t('Nhiệm vụ thứ hai'))] }] },
      { type: 'table', content: [{ type: 'tableRow', content: [cell('tableHeader', 'Chỉ tiêu'), cell('tableHeader', 'Kết quả')] }, { type: 'tableRow', content: [cell('tableCell', 'Xã đạt chuẩn'), cell('tableCell', '95%')] }] },
      ...PAYLOADS.map((x) => p(t(x))),
    ],
  };
  plant(demoApp, (sqlite) => sqlite.prepare('update minutes set body_json = ? where meeting_id = 1').run(JSON.stringify(body)));

  const file = await printToPdf(page, demoApp, '/print/minutes/1', 'minutes-rich');
  const article = page.locator('.a4-page');
  // Heading level 2 of the body is an h3 on the page: h1 is the document's title.
  await expect(article.locator('h3')).toHaveText('I. Kết quả năm 2020');
  await expect(article.locator('strong', { hasText: 'tập trung lãnh đạo' })).toHaveCount(1);
  await expect(article.locator('em', { hasText: 'chỉ đạo' })).toHaveCount(1);
  await expect(article.locator('u', { hasText: 'kiểm tra' })).toHaveCount(1);
  await expect(article.locator('ol > li')).toHaveCount(2);
  await expect(article.locator('.rt-table td').first()).toHaveCSS('border-top-style', 'solid');
  // No element came from the text, no script ran, no foreign attribute was written.
  await expect(article.locator('img, script, svg, iframe, a, [onclick], [style]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();

  const all = flat(pdfText(file));
  for (const x of PAYLOADS) expect(all).toContain(x);
  expect(all).toMatch(/Chỉ tiêu\s+Kết quả\s+Xã đạt chuẩn\s+95%/);
  expect(all).toContain('1. Nhiệm vụ thứ nhất');
  expect(all).toContain(CLOSING);
  expect(consoleErrors).toEqual([]);
});

test('guests and agenda titles holding markup print as text on the invitation', async ({ page, demoApp }) => {
  plant(demoApp, (sqlite) => {
    // The demo's invitation is issued, so frozen (0016): unfreeze it to print the planted rows.
    sqlite.exec('drop trigger meetings_invitation_frozen; update meetings set invitation_json = null where id = 1');
    sqlite.prepare('update meeting_guests set full_name = ? where meeting_id = 1 and sort_order = 1').run(PAYLOADS[0]);
    sqlite.prepare('update agenda_items set title = ? where meeting_id = 1 and position = 2').run(PAYLOADS[1]);
  });
  const all = flat(pdfText(await printToPdf(page, demoApp, '/print/invitation/1', 'invitation-xss')));
  expect(all).toContain(`- ${PAYLOADS[0]}, Tỉnh ủy Thanh Hóa;`);
  expect(all).toContain(`2. ${PAYLOADS[1]};`);
  await expect(page.locator('.a4-page').locator('img, script')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
});

test('the print views save the same documents as Word', async ({ page, demoApp }) => {
  for (const [route, name, expected] of [
    ['/print/minutes/1', 'bien-ban-1.docx', ['BIÊN BẢN', 'Thành phần tham dự: có mặt 5/7 thành viên Ban Chỉ đạo.', CLOSING, 'THƯ KÝ', 'CHỦ TỌA']],
    ['/print/invitation/1', 'giay-moi-1.docx', ['GIẤY MỜI', 'Số 01-GM/BCĐ', 'Trân trọng kính mời:', '- Lưu: VT, BCĐ.']],
  ] as const) {
    await page.goto(at(demoApp, route));
    await expect(page.locator('html')).toHaveAttribute('data-print-ready', '1');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải tệp Word (.docx)' }).click()]);
    expect(download.suggestedFilename()).toBe(name);
    const saved = path.join(demoApp.dir, name);
    await download.saveAs(saved);
    expect(paragraphs(documentXml(saved))).toEqual(expect.arrayContaining([...expected]));
  }
});

test('a meeting that does not exist shows the Vietnamese not-found error, and a bad address the missing page', async ({ page, demoApp }) => {
  for (const route of ['/print/minutes/999', '/print/invitation/999']) {
    await page.goto(at(demoApp, route));
    // Said as a missing meeting, with the way back (e2e/meeting-review-forms.spec.ts checks the rest).
    await expect(page.getByRole('heading', { name: 'Không tìm thấy hội nghị' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('không có trong kho lưu trữ');
    await expect(page.locator('.a4-page')).toHaveCount(0);
    await expect(page.locator('html')).not.toHaveAttribute('data-print-ready', '1');
  }
  await page.goto(at(demoApp, '/print/invitation/abc'));
  await expect(page.getByRole('heading', { name: 'Không tìm thấy trang' })).toBeVisible();
  await expect(page.locator('body')).not.toContainText('meetingId');
});
