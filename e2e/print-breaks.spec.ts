import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { openRaw } from '../db/test-support';
import { at, expect, test } from './fixtures';

// Page breaks of the printed minutes (issue 8, cold clerk): a table's header row repeats on
// every page the table spans and never sits alone at a page's bottom; a paragraph ending in
// ":" stays with what follows. Filler lines push the table down line by line, so one print has
// the lead-in or the header at the very bottom of page 1 unless the CSS keeps them with what follows.

const LEAD = 'Kết quả cụ thể như sau:';
const t = (text: string) => ({ type: 'text', text });
const p = (text: string) => ({ type: 'paragraph', content: [t(text)] });
const cell = (type: string, text: string) => ({ type, content: [p(text)] });
const row = (type: string, a: string, b: string) => ({ type: 'tableRow', content: [cell(type, a), cell(type, b)] });

const pageLines = (file: string, n: number) =>
  execFileSync('pdftotext', ['-layout', '-f', String(n), '-l', String(n), file, '-'], { encoding: 'utf8' })
    .normalize('NFC')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !/^\d+$/.test(l));
const pageCount = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);

test('table headers repeat on each page and never end one; a line ending in ":" stays with what follows', async ({ page, demoApp }) => {
  test.setTimeout(180_000);
  const body = {
    type: 'doc',
    content: [
      p(LEAD),
      { type: 'table', content: [row('tableHeader', 'Chỉ tiêu', 'Kết quả'), ...Array.from({ length: 45 }, (_, i) => row('tableCell', `Xã số ${i + 1}`, 'Đạt'))] },
    ],
  };
  const raw = openRaw(demoApp.dbFile);
  try {
    raw.sqlite.pragma('busy_timeout = 5000');
    raw.sqlite.prepare('update minutes set body_json = ? where meeting_id = 1').run(JSON.stringify(body));
  } finally {
    raw.sqlite.close();
  }
  await page.goto(at(demoApp, '/print/minutes/1'));
  await expect(page.locator('html')).toHaveAttribute('data-print-ready', '1');
  await expect(page.locator('.rt-table thead th')).toHaveCount(2);

  let leadOnPage2 = false;
  for (let k = 0; k < 45 && !leadOnPage2; k++) {
    // One more one-line paragraph before the lead-in, as if the clerk had written one more line.
    if (k > 0) await page.evaluate(() => document.querySelector('.rt-body')?.prepend(Object.assign(document.createElement('p'), { className: 'rt-p', textContent: 'Dòng thêm.' })));
    const file = path.join(demoApp.dir, `breaks-${k}.pdf`);
    await page.pdf({ path: file, format: 'A4', preferCSSPageSize: true, printBackground: true });
    const pages = pageCount(file);
    for (let n = 1; n <= pages; n++) {
      const lines = pageLines(file, n);
      const last = lines.at(-1) ?? '';
      expect(last, `k=${k}: page ${n} ends with the lead-in`).not.toBe(LEAD);
      expect(last, `k=${k}: page ${n} ends with the table's header`).not.toMatch(/^Chỉ tiêu\s+Kết quả$/);
      const firstRow = lines.findIndex((l) => /^Xã số \d+/.test(l));
      if (firstRow >= 0) expect(lines.slice(0, firstRow).some((l) => /^Chỉ tiêu\s+Kết quả$/.test(l)), `k=${k}: page ${n} has rows without the header`).toBe(true);
    }
    leadOnPage2 = pageLines(file, 2).includes(LEAD);
  }
  // The loop went far enough to push the lead-in over the page break.
  expect(leadOnPage2).toBe(true);
});
