import type { Page } from '@playwright/test';
import { at, expect, test } from './fixtures';
import { XSS_CANARY, XSS_PAYLOADS } from './fixtures/xss';
import { CLERK_SCREEN, screen } from './screens';

test.use({ viewport: CLERK_SCREEN });
test.setTimeout(120_000);

// The demo archive's meeting: the review conference of 13/01/2021, its minutes a draft.
const MINUTES = '/meetings/1/minutes';

const editorOf = (page: Page) => page.getByRole('textbox', { name: 'Nội dung biên bản' });
const savedAt = (page: Page) => expect(page.getByRole('status').filter({ hasText: /^Đã lưu lúc \d\d:\d\d$/ })).toBeVisible({ timeout: 10_000 });

/** Puts the caret at the very end of the editor's text. */
async function toEnd(page: Page) {
  await editorOf(page).click();
  await page.keyboard.press('Control+End');
}

test('the clerk writes minutes with a heading, a list and a table, closes the tab mid-sentence, finds the draft, finalizes, amends with a reason and compares', async ({ page, context, demoApp, consoleErrors }) => {
  await page.goto(at(demoApp, MINUTES));
  await expect(page.getByRole('heading', { name: /^Biên bản: / })).toBeVisible();
  // The structured parts come from the meeting.
  await expect(page.getByRole('textbox', { name: 'Chủ trì' })).toHaveValue(/^Trịnh Tuấn Sinh, /);
  await expect(page.getByRole('textbox', { name: 'Thành phần tham dự' })).toHaveValue(/^Có mặt \d+\/\d+ thành viên/);
  await expect(page.getByRole('textbox', { name: 'Ngày họp' })).toHaveValue('13/01/2021');
  await expect(page.getByRole('textbox', { name: 'Giờ bắt đầu' })).toHaveValue('08:00');
  await expect(page.getByRole('textbox', { name: 'Giờ kết thúc' })).toHaveValue('11:30');

  await toEnd(page);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Tiêu đề cấp 2' }).click();
  await page.keyboard.type('II. Ý kiến thảo luận');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Danh sách gạch đầu dòng' }).click();
  await page.keyboard.type('Huyện Thọ Xuân: hoàn thành 100% chỉ tiêu');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Huyện Nga Sơn: đề nghị bổ sung kinh phí');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Chèn bảng' }).click();
  for (const cell of ['Chỉ tiêu', 'Kết quả 2020', 'Ghi chú', 'Xã đạt chuẩn dân chủ', '95%', 'vượt 5%']) {
    await page.keyboard.type(cell);
    await page.keyboard.press('Tab');
  }
  await page.getByRole('button', { name: 'Thêm hàng' }).click();
  await page.keyboard.press('Control+b');
  await page.keyboard.type('Hộ dân được tiếp công dân');
  const editor = editorOf(page);
  await expect(editor.locator('h2')).toHaveText('II. Ý kiến thảo luận');
  await expect(editor.locator('ul > li')).toHaveCount(2);
  await expect(editor.locator('table tr')).toHaveCount(4);
  await expect(editor.locator('td strong')).toHaveText('Hộ dân được tiếp công dân');
  await savedAt(page);
  await screen(page, 'minutes-draft');

  // The connection is lost and the tab closed mid-sentence: no save can reach the archive.
  await context.setOffline(true);
  // A new paragraph right after the heading (a fixed place: the document's end may be in the table or the list).
  await editorOf(page).locator('h2').click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('Kết luận: giao các thành viên Ban Chỉ đạo tiếp tục theo dõi');
  await page.close();
  await context.setOffline(false);

  let reopened = await context.newPage();
  await reopened.goto(at(demoApp, MINUTES));
  await expect(reopened.getByRole('alert').filter({ hasText: 'Có bản nháp chưa kịp lưu' })).toBeVisible();
  await reopened.getByRole('button', { name: 'Khôi phục bản nháp' }).click();
  await expect(editorOf(reopened)).toContainText('Kết luận: giao các thành viên Ban Chỉ đạo tiếp tục theo dõi');
  await expect(editorOf(reopened).locator('table tr')).toHaveCount(4);
  await savedAt(reopened);
  // Saved to the archive this time: a reload shows it with no offer.
  await reopened.reload();
  await expect(editorOf(reopened)).toContainText('Kết luận: giao các thành viên Ban Chỉ đạo tiếp tục theo dõi');
  await expect(reopened.getByRole('button', { name: 'Khôi phục bản nháp' })).toHaveCount(0);

  // The tab is closed mid-sentence (no crash): leaving saves at once, or the copy is offered back.
  // At the end of that sentence (the document's end may be inside the table).
  await editorOf(reopened).getByText('Kết luận: giao các thành viên Ban Chỉ đạo tiếp tục theo dõi').click();
  await reopened.keyboard.press('End');
  await reopened.keyboard.type(' và báo cáo');
  await reopened.close();
  const third = await context.newPage();
  await third.goto(at(demoApp, MINUTES));
  await expect(third.getByRole('heading', { name: /^Biên bản: / })).toBeVisible();
  const offered = third.getByRole('button', { name: 'Khôi phục bản nháp' });
  if (await offered.isVisible()) await offered.click();
  await expect(editorOf(third)).toContainText('tiếp tục theo dõi và báo cáo');
  await savedAt(third);
  await third.reload();
  await expect(editorOf(third)).toContainText('tiếp tục theo dõi và báo cáo');
  reopened = third;

  // A second window still on the draft.
  const other = await context.newPage();
  await other.goto(at(demoApp, MINUTES));
  await expect(editorOf(other)).toContainText('tiếp tục theo dõi');

  await reopened.getByRole('button', { name: 'Hoàn thiện biên bản' }).click();
  const confirm = reopened.getByRole('dialog', { name: 'Hoàn thiện biên bản?' });
  await expect(confirm).toContainText('bị khóa');
  await confirm.getByRole('button', { name: 'Hoàn thiện' }).click();
  await expect(reopened.getByText('Đã hoàn thiện', { exact: true })).toBeVisible();
  const view = reopened.getByRole('document', { name: 'Nội dung biên bản' });
  await expect(view.locator('table tr')).toHaveCount(4);
  await expect(view.locator('ul > li')).toHaveCount(2);
  await expect(reopened.getByRole('textbox', { name: 'Nội dung biên bản' })).toHaveCount(0);

  // The window left on the draft types: its save is refused by the core, and says why.
  await toEnd(other);
  await other.keyboard.type(' (sửa sau khi đã khóa)');
  await expect(other.getByRole('alert')).toContainText('Biên bản đã được hoàn thiện (khóa)', { timeout: 10_000 });
  await other.close();
  await reopened.reload();
  await expect(reopened.getByRole('document', { name: 'Nội dung biên bản' })).not.toContainText('sửa sau khi đã khóa');

  // An amendment needs its reason; the original is kept.
  await reopened.getByRole('button', { name: 'Đính chính biên bản' }).click();
  await reopened.getByRole('button', { name: 'Lưu bản đính chính' }).click();
  await expect(reopened.getByText('Bắt buộc nhập')).toBeVisible();
  await reopened.getByRole('textbox', { name: 'Lý do đính chính' }).fill('Bổ sung số liệu của huyện Nga Sơn');
  await toEnd(reopened);
  await reopened.keyboard.press('Enter');
  await reopened.keyboard.type('Đính chính: huyện Nga Sơn đạt 97%.');
  await reopened.getByRole('button', { name: 'Lưu bản đính chính' }).click();

  const versions = reopened.getByRole('table', { name: 'Các phiên bản' });
  await expect(versions.getByRole('row')).toHaveCount(3);
  await expect(versions).toContainText('Bản gốc');
  await expect(versions).toContainText('Đính chính lần 1');
  await expect(versions).toContainText('Bổ sung số liệu của huyện Nga Sơn');
  const compare = reopened.getByRole('region', { name: 'So sánh hai phiên bản' });
  // Side by side, row by row (e2e/minutes-compare.spec.ts checks the marks word by word).
  await expect(compare.getByRole('columnheader').first()).toContainText('Bản gốc');
  await expect(compare.getByRole('columnheader').nth(1)).toContainText('Đính chính lần 1');
  const added = compare.locator('tbody').getByRole('row').filter({ hasText: 'Đính chính: huyện Nga Sơn đạt 97%.' });
  await expect(added.getByRole('cell').first()).toHaveText('Không có ở bản này');
  await expect(added.getByRole('cell').nth(1).locator('ins')).toContainText('Đính chính: huyện Nga Sơn đạt 97%.');
  await expect(compare.locator('tbody').getByRole('row').filter({ hasText: 'tiếp tục theo dõi' }).first().getByRole('cell').first()).toContainText('tiếp tục theo dõi');
  await screen(reopened, 'minutes-compare');
  expect(consoleErrors.filter((e) => !/minutes\.save|Failed to load resource|ERR_FAILED/.test(e))).toEqual([]);
});

test('the XSS corpus typed and pasted into the minutes runs no script and shows as text, in the editor, the finalized view and the compare', async ({ page, demoApp }) => {
  await page.goto(at(demoApp, MINUTES));
  await toEnd(page);
  for (const payload of XSS_PAYLOADS) {
    await page.keyboard.press('Enter');
    await page.keyboard.insertText(payload);
  }
  // Pasted as HTML too: the editor's schema keeps only what the model allows.
  await page.keyboard.press('Enter');
  await editorOf(page).evaluate((el, html) => {
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', 'dán');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, XSS_PAYLOADS.join('<br>'));
  await savedAt(page);
  await page.waitForTimeout(500);

  const canary = () => page.evaluate((name) => (window as unknown as Record<string, unknown>)[name], XSS_CANARY);
  const foreign = (selector: string) =>
    page.locator(selector).evaluateAll((roots) => roots.flatMap((root) => [
      // ProseMirror draws an empty <img class="ProseMirror-separator"> after a line break: its own, no source, no handler.
      ...Array.from(root.querySelectorAll('script, img, svg, iframe, object, embed, a, style, link, meta, form, button, input, video, audio, details, base, math, template, noscript'))
        .filter((e) => !e.classList.contains('ProseMirror-separator'))
        .map((e) => e.tagName),
      // No element carries an event handler, a link or a source; a style only as the table's own widths.
      ...Array.from(root.querySelectorAll('*')).flatMap((e) =>
        Array.from(e.attributes)
          .filter((a) => /^on|^href$|^src|^srcdoc$/.test(a.name) || (a.name === 'style' && !/^((min-)?width: \d+px;\s*)+$/.test(a.value)))
          .map((a) => `${e.tagName}@${a.name}=${a.value}`),
      ),
    ]));
  expect(await canary()).toBeUndefined();
  expect(await foreign('.ProseMirror')).toEqual([]);
  for (const payload of XSS_PAYLOADS.slice(0, 10)) await expect(editorOf(page)).toContainText(payload);

  await page.reload();
  await page.getByRole('button', { name: 'Hoàn thiện biên bản' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Hoàn thiện' }).click();
  const view = page.getByRole('document', { name: 'Nội dung biên bản' });
  await expect(view).toBeVisible();
  const shown = (await view.textContent()) ?? '';
  for (const payload of XSS_PAYLOADS) expect(shown).toContain(payload);
  expect(await foreign('.rich-text')).toEqual([]);

  await page.getByRole('button', { name: 'Đính chính biên bản' }).click();
  await page.getByRole('textbox', { name: 'Lý do đính chính' }).fill(XSS_PAYLOADS[1]!);
  await page.getByRole('button', { name: 'Lưu bản đính chính' }).click();
  await expect(page.getByRole('region', { name: 'So sánh hai phiên bản' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Các phiên bản' })).toContainText(XSS_PAYLOADS[1]!);
  expect(await foreign('.version-compare-table')).toEqual([]);
  await expect(page.locator('.version-compare-table tbody tr')).not.toHaveCount(0);
  await page.waitForTimeout(300);
  expect(await canary()).toBeUndefined();
});
