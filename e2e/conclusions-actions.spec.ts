import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { type RunningApp, at, expect, test } from './fixtures';
import { CLERK_SCREEN, screen } from './screens';

// Issue 9 as the clerk lives it, on the demo archive: the seed conclusion issued as notice 01,
// its directives turned into actions for members, progress on one, another completed late, the
// overdue figure of the dashboard opened onto the list behind it (same count), the notice and
// the report printed to PDF and read back, the report's .xlsx downloaded and read back.

test.use({ viewport: CLERK_SCREEN });

const DIRECTIVES = [
  'Ban Chỉ đạo các cấp kiện toàn lại Ban Chỉ đạo, giao nhiệm vụ cụ thể, rõ ràng cho các thành viên.',
  'Phối hợp chặt chẽ với cấp ủy, chính quyền được phân công phụ trách để triển khai tốt các chỉ thị, nghị quyết, quyết định của Đảng, Nhà nước về xây dựng cơ sở và thực hiện quy chế dân chủ.',
  'Tiếp tục đẩy mạnh cải cách hành chính, nâng cao đạo đức công vụ, trách nhiệm của người đứng đầu gắn với xây dựng văn hóa công vụ.',
  'Nâng cao chất lượng tiếp nhận, giải quyết đơn thư của công dân.',
  'Tăng cường kiểm tra, giám sát, nắm chắc, bám sát địa bàn để tham mưu cho cấp ủy, chính quyền giải quyết kịp thời các vấn đề phát sinh từ cơ sở.',
  'Thực hiện tốt 6 nhóm nhiệm vụ, giải pháp trọng tâm năm 2021.',
];
/** A lead for each directive, from the roster of 13/01/2021. */
const LEADS = ['Nguyễn Văn An', 'Lê Thị Bình', 'Hoàng Thị Dung', 'Đỗ Văn Hải', 'Phạm Văn Cường', 'Nguyễn Văn An'];
const SUB_POINT = 'Hoàn thành trước ngày 31/3/2021';

const flat = (text: string) => text.replace(/\s+/g, ' ');

async function pdfText(page: Page, app: RunningApp, name: string): Promise<string> {
  await expect(page.locator('html')).toHaveAttribute('data-print-ready', '1');
  const file = path.join(app.dir, `${name}.pdf`);
  await page.pdf({ path: file, format: 'A4', preferCSSPageSize: true, printBackground: true });
  expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
  execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', file, path.join(app.dir, name)]);
  return flat(execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).normalize('NFC'));
}

/** The number a dashboard link announces ("Quá hạn: 6"). */
async function figure(page: Page, label: string): Promise<number> {
  const name = await page.getByRole('link', { name: new RegExp(`^${label}: \\d+$`) }).first().getAttribute('aria-label');
  return Number(/(\d+)$/.exec(name ?? '')?.[1]);
}

async function listTotal(page: Page): Promise<number> {
  const text = await page.getByTestId('actions-total').textContent();
  return Number(/Tổng số: (\d+)/.exec(text ?? '')?.[1]);
}

test('the seed conclusion issued as 01, its directives turned into actions, chased from the dashboard, printed and reported', async ({ page, demoApp, consoleErrors }) => {
  test.setTimeout(240_000);
  // Where the archive stands before: every later count is this plus what the clerk does.
  await page.goto(at(demoApp, '/'));
  const before = { overdue: await figure(page, 'Quá hạn'), total: await figure(page, 'Tổng số'), late: await figure(page, 'Đã hoàn thành quá hạn') };

  // The list of notices: the seed notice, a draft not yet numbered.
  await page.getByRole('navigation').getByRole('link', { name: 'Kết luận' }).click();
  await expect(page.getByRole('heading', { name: 'Thông báo kết luận', level: 1 })).toBeVisible();
  await expect(page.getByText('Chưa cấp số')).toBeVisible();
  await screen(page, 'conclusions-list');
  await page.getByRole('link', { name: /^Kết luận của đồng chí Trưởng Ban Chỉ đạo/ }).click();

  // The editor: a sub-point under the first directive, saved with Ctrl+Enter.
  await expect(page.getByRole('textbox', { name: 'Nội dung 1' })).toHaveValue(DIRECTIVES[0]!);
  await page.getByRole('button', { name: 'Thêm ý' }).first().click();
  await page.getByRole('textbox', { name: 'Ý 1 của nội dung 1' }).fill(SUB_POINT);
  await expect(page.getByText('Có thay đổi chưa lưu')).toBeVisible();
  await page.getByRole('textbox', { name: 'Ý 1 của nội dung 1' }).press('Control+Enter');
  await expect(page.getByText('Có thay đổi chưa lưu')).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Ý 1 của nội dung 1' })).toHaveValue(SUB_POINT);
  await screen(page, 'conclusion-editor');

  // Issue: the confirmation names the number and the date; then the notice is 01, issued.
  await page.getByRole('button', { name: 'Ban hành', exact: true }).click();
  const issue = page.getByRole('dialog', { name: 'Ban hành thông báo kết luận' });
  await expect(issue.getByText('Thông báo sẽ mang Số 01-TB/BCĐ, ngày 13/01/2021.', { exact: false })).toBeVisible();
  await screen(page, 'conclusion-issue');
  await issue.getByRole('button', { name: 'Ban hành' }).click();
  await expect(issue).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Số 01-TB/BCĐ', level: 1 })).toBeVisible();
  await expect(page.getByText('Đã ban hành', { exact: true })).toBeVisible();
  await expect(page.getByText('Thông báo đã ban hành: nội dung không sửa được nữa.')).toBeVisible();

  // Print: the A4 notice read back.
  await page.getByRole('link', { name: 'In', exact: true }).click();
  await expect(page).toHaveURL(/#\/print\/conclusion\/1$/);
  const notice = await pdfText(page, demoApp, 'notice-01');
  for (const line of ['TỈNH ỦY THANH HÓA', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Số 01-TB/BCĐ', 'THÔNG BÁO', 'Thanh Hóa, ngày 13 tháng 01 năm 2021', 'Nơi nhận', 'TRƯỞNG BAN', 'Trịnh Tuấn Sinh', SUB_POINT]) {
    expect(notice).toContain(line);
  }
  for (const directive of DIRECTIVES) expect(notice).toContain(directive.slice(0, 40));
  await page.goBack();

  // Every directive into an action, one lead each, a common deadline, in one step.
  await page.getByRole('button', { name: 'Chuyển các chỉ đạo thành nhiệm vụ' }).click();
  const turn = page.getByRole('dialog', { name: 'Chuyển các chỉ đạo thành nhiệm vụ' });
  await turn.getByRole('button', { name: 'Chuyển các chỉ đạo thành nhiệm vụ' }).click();
  await expect(turn.getByText('Chọn người hoặc đơn vị chủ trì').first()).toBeVisible();
  await turn.getByRole('textbox', { name: 'Thời hạn chung' }).fill('31/03/2021');
  await turn.getByRole('textbox', { name: 'Thời hạn chung' }).press('Tab');
  for (const [i, lead] of LEADS.entries()) {
    const box = turn.getByRole('combobox', { name: `Nội dung ${i + 1}` });
    await box.click();
    await box.fill(lead);
    await page.getByRole('option', { name: new RegExp(`^${lead}`) }).first().click();
  }
  await screen(page, 'conclusion-to-actions');
  await turn.getByRole('button', { name: 'Chuyển các chỉ đạo thành nhiệm vụ' }).click();
  await expect(turn).toBeHidden();
  await expect(page).toHaveURL(/#\/actions\?conclusion=1$/);
  const listed = page.getByRole('table', { name: 'Nhiệm vụ' });
  for (const [i, directive] of DIRECTIVES.entries()) {
    await expect(listed.getByRole('row').filter({ hasText: directive }).filter({ hasText: LEADS[i]! })).toHaveCount(1);
  }
  await screen(page, 'actions-of-conclusion');

  // Progress on the first.
  await listed.getByRole('link', { name: DIRECTIVES[0]! }).click();
  await expect(page.getByRole('heading', { name: DIRECTIVES[0]!, level: 1 })).toBeVisible();
  await expect(page.getByText('Đang thực hiện quá hạn').first()).toBeVisible();
  await page.getByRole('button', { name: 'Cập nhật tiến độ' }).click();
  const progress = page.getByRole('dialog', { name: 'Cập nhật tiến độ' });
  await progress.getByRole('textbox', { name: 'Nội dung' }).fill('Đã trình dự thảo quyết định kiện toàn.');
  await progress.getByRole('button', { name: 'Lưu' }).click();
  await expect(progress).toBeHidden();
  await expect(page.getByRole('table', { name: 'Tiến độ thực hiện' })).toContainText('Đã trình dự thảo quyết định kiện toàn.');
  await screen(page, 'action-page');

  // The second completed late: after its deadline of 31/03/2021.
  await page.goBack();
  await listed.getByRole('link', { name: DIRECTIVES[1]! }).click();
  await page.getByRole('button', { name: 'Ghi nhận hoàn thành' }).click();
  const complete = page.getByRole('dialog', { name: 'Ghi nhận hoàn thành nhiệm vụ' });
  await complete.getByRole('textbox', { name: 'Ngày hoàn thành' }).fill('05/04/2021');
  await complete.getByRole('textbox', { name: 'Ngày hoàn thành' }).press('Tab');
  await expect(complete.getByText('Ngày hoàn thành sau thời hạn 31/03/2021')).toBeVisible();
  await complete.getByRole('textbox', { name: 'Kết quả, minh chứng' }).fill('Quy chế phối hợp đã ban hành.');
  await complete.getByRole('button', { name: 'Lưu' }).click();
  await expect(complete).toBeHidden();
  await expect(page.getByText('Đã hoàn thành quá hạn').first()).toBeVisible();

  // The dashboard: six more actions, five more overdue, one more done late; the overdue
  // figure opens the list behind it, with the same count.
  await page.getByRole('navigation').getByRole('link', { name: 'Tổng quan' }).click();
  await expect(page.getByRole('heading', { name: 'Tổng quan' })).toBeVisible();
  // (The figures shown first may be the ones cached before the changes: wait for the fresh ones.)
  const overdue = before.overdue + 5;
  await expect(page.getByRole('link', { name: `Tổng số: ${before.total + 6}`, exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: `Đã hoàn thành quá hạn: ${before.late + 1}`, exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: `Quá hạn: ${overdue}`, exact: true })).toBeVisible();
  await screen(page, 'dashboard-chase');
  await page.getByRole('link', { name: `Quá hạn: ${overdue}`, exact: true }).click();
  await expect(page).toHaveURL(/#\/actions\?.*status=overdue/);
  await expect(page.getByTestId('actions-total')).toHaveText(`Tổng số: ${overdue} nhiệm vụ`);
  await expect(page.getByRole('table', { name: 'Nhiệm vụ' }).locator('tbody tr')).toHaveCount(overdue);
  await screen(page, 'actions-overdue');
  // The same figure in the top row and in the status table opens the same list.
  await page.goBack();
  const others = page.getByRole('link', { name: `Đang thực hiện quá hạn: ${overdue}`, exact: true });
  await expect(others).toHaveCount(2);
  for (const i of [0, 1]) {
    await others.nth(i).click();
    await expect(page.getByTestId('actions-total')).toHaveText(`Tổng số: ${overdue} nhiệm vụ`);
    await page.goBack();
  }
  // Each lead's figures open that lead's list, the same count.
  const an = await figure(page, 'Nguyễn Văn An — Chưa hoàn thành');
  await page.getByRole('link', { name: `Nguyễn Văn An — Chưa hoàn thành: ${an}` }).click();
  expect(await listTotal(page)).toBe(an);

  // The report as of today: printed, and as .xlsx read back with the same counts.
  await page.goBack();
  await page.getByRole('link', { name: 'Báo cáo tình hình thực hiện' }).click();
  const report = await pdfText(page, demoApp, 'report');
  expect(report).toContain('BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ');
  expect(report).toContain(`Tổng số ${before.total + 6} nhiệm vụ`);
  expect(report).toContain(`đang thực hiện quá hạn ${overdue}`);
  expect(report).toContain('THEO NGƯỜI, ĐƠN VỊ CHỦ TRÌ');
  expect(report).toContain('THEO THÔNG BÁO KẾT LUẬN');
  await screen(page, 'report-print');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải báo cáo Excel (.xlsx)' }).click()]);
  const file = path.join(demoApp.dir, 'report.xlsx');
  await download.saveAs(file);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const totals = workbook.getWorksheet('Tổng hợp')!;
  const count = (label: string) => {
    for (let r = 1; r <= totals.rowCount; r++) if (totals.getRow(r).getCell(1).value === label) return totals.getRow(r).getCell(2).value;
    return undefined;
  };
  expect(count('Tổng số')).toBe(before.total + 6);
  expect(count('Đang thực hiện quá hạn')).toBe(overdue);
  expect(count('Đã hoàn thành quá hạn')).toBe(before.late + 1);
  const listSheet = workbook.getWorksheet('Danh sách nhiệm vụ')!;
  expect(listSheet.rowCount).toBe(before.total + 6 + 1);

  expect(consoleErrors).toEqual([]);
});

test('a meeting makes its draft notice, signed by its chair; a reserved number issued, then cancelled keeping it; the agenda takes the open actions', async ({ page, demoApp }) => {
  test.setTimeout(120_000);
  await page.goto(at(demoApp, '/meetings/1'));
  await page.getByRole('button', { name: 'Tạo thông báo kết luận' }).click();
  await expect(page).toHaveURL(/#\/conclusions\/\d+$/);
  await expect(page.getByText('Dự thảo', { exact: true })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Người ký' })).toHaveValue(/Trịnh Tuấn Sinh/);
  await expect(page.getByRole('textbox', { name: 'Ngày thông báo' })).toHaveValue('13/01/2021');
  await screen(page, 'conclusion-from-meeting');

  // A number reserved for it, then issued with that number, then cancelled: the number stays.
  await page.getByRole('button', { name: 'Giữ trước số' }).click();
  await page.getByRole('dialog', { name: 'Giữ số' }).getByRole('button', { name: 'Giữ số' }).click();
  await expect(page.getByText('Số đã giữ: Số 01-TB/BCĐ')).toBeVisible();
  // A notice with no directive is refused, in Vietnamese, naming the field; one directive, saved.
  await page.getByRole('button', { name: 'Ban hành', exact: true }).click();
  await page.getByRole('dialog', { name: 'Ban hành thông báo kết luận' }).getByRole('button', { name: 'Ban hành' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Trường chưa hợp lệ: Nội dung kết luận' })).toBeVisible();
  await page.getByRole('dialog', { name: 'Ban hành thông báo kết luận' }).getByRole('button', { name: 'Hủy' }).click();
  await page.getByRole('button', { name: 'Thêm nội dung' }).click();
  await page.getByRole('textbox', { name: 'Nội dung 1' }).fill(DIRECTIVES[0]!);
  await page.getByRole('textbox', { name: 'Nội dung 1' }).press('Control+Enter');
  await expect(page.getByText('Có thay đổi chưa lưu')).toBeHidden();
  await page.getByRole('button', { name: 'Ban hành', exact: true }).click();
  const issue = page.getByRole('dialog', { name: 'Ban hành thông báo kết luận' });
  await issue.getByRole('radio', { name: /^Số 01-TB\/BCĐ/ }).check();
  await expect(issue.getByText('Thông báo sẽ mang Số 01-TB/BCĐ, ngày 13/01/2021.', { exact: false })).toBeVisible();
  await issue.getByRole('button', { name: 'Ban hành' }).click();
  await expect(page.getByRole('heading', { name: 'Số 01-TB/BCĐ', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Hủy thông báo' }).click();
  const cancel = page.getByRole('dialog', { name: 'Hủy thông báo kết luận' });
  await cancel.getByRole('textbox', { name: 'Lý do hủy' }).fill('Ban hành nhầm');
  await cancel.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByText('Đã hủy', { exact: true })).toBeVisible();
  await expect(page.getByText('Thông báo đã hủy (lý do: Ban hành nhầm). Số 01-TB/BCĐ vẫn được giữ, không cấp lại.')).toBeVisible();

  // Carry forward onto a meeting's agenda: the item with the open actions.
  await page.goto(at(demoApp, '/meetings'));
  await page.getByRole('button', { name: 'Tạo hội nghị' }).click();
  const form = page.getByRole('dialog', { name: 'Tạo hội nghị mới' });
  const committee = form.getByRole('combobox', { name: 'Ban Chỉ đạo' });
  await committee.click();
  await committee.fill('quy che dan chu');
  await page.getByRole('option', { name: /quy chế dân chủ tỉnh Thanh Hóa/ }).click();
  await form.getByRole('combobox', { name: 'Loại' }).click();
  await page.getByRole('option', { name: 'Định kỳ' }).click();
  await form.getByRole('textbox', { name: 'Tên hội nghị' }).fill('Hội nghị định kỳ quý I năm 2021');
  await form.getByRole('textbox', { name: 'Ngày họp' }).fill('15/04/2021');
  await form.getByRole('textbox', { name: 'Ngày họp' }).press('Tab');
  await form.getByRole('textbox', { name: 'Bắt đầu (giờ:phút)' }).fill('08:00');
  await form.getByRole('button', { name: 'Lưu' }).click();
  await expect(form).toBeHidden();
  await page.getByRole('tab', { name: 'Chương trình' }).click();
  await page.getByRole('button', { name: 'Đưa nhiệm vụ chưa hoàn thành vào chương trình' }).click();
  await page.getByRole('dialog', { name: 'Thêm vào chương trình' }).getByRole('button', { name: 'Thêm vào chương trình' }).click();
  await expect(page.getByRole('table', { name: 'Chương trình hội nghị' })).toContainText('Kiểm điểm việc thực hiện kết luận');
  await screen(page, 'agenda-carry-forward');
});
