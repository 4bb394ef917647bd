import { API_PREFIX, TOKEN_HEADER } from '../electron/contract';
import { at, expect, test } from './fixtures';

test('Alt+1…8 moves between the eight screens', async ({ page, demoApp }) => {
  await page.goto(at(demoApp, '/'));
  await expect(page.getByRole('heading', { name: 'Tổng quan' })).toBeVisible();
  const expected = ['Tổng quan', 'Thành viên', 'Hội nghị', 'Kết luận', 'Nhiệm vụ', 'Tìm kiếm', 'Sao lưu', 'Cài đặt'];
  for (const [i, heading] of expected.entries()) {
    await page.keyboard.press(`Alt+${i + 1}`);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(page.getByRole('navigation').getByRole('link', { name: heading, exact: true })).toHaveAttribute('aria-current', 'page');
  }
});

test('a clerk adds a person with the keyboard alone and finds them without accents', async ({ page, demoApp }) => {
  await page.goto(at(demoApp, '/members/people'));
  await page.getByRole('button', { name: 'Thêm cán bộ' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Thêm cán bộ' });
  await expect(dialog.getByRole('textbox', { name: 'Họ và tên' })).toBeFocused();
  await page.keyboard.type('Nguyễn Thị Hoa');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Chánh Văn phòng Ban Dân vận');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();

  const search = page.getByRole('textbox', { name: /Tìm theo tên/ });
  await search.fill('nguyen thi hoa');
  const table = page.getByRole('table', { name: 'Danh bạ cán bộ' });
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table).toContainText('Nguyễn Thị Hoa');
  await search.fill('dan van');
  await expect(table).toContainText('Chánh Văn phòng Ban Dân vận');
});

test('bad input gets a clear Vietnamese error and writes nothing', async ({ page, request, demoApp }) => {
  const count = async () => {
    const r = await request.post(`${demoApp.origin}${API_PREFIX}people.list`, { data: {}, headers: { [TOKEN_HEADER]: demoApp.token } });
    return ((await r.json()) as { value: { items: unknown[] } }).value.items.length;
  };
  const before = await count();
  await page.goto(at(demoApp, '/members/people'));
  await page.getByRole('button', { name: 'Thêm cán bộ' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm cán bộ' });
  await dialog.getByRole('textbox', { name: 'Thư điện tử' }).fill('khong-phai-email');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog.getByText('Bắt buộc nhập')).toBeVisible();
  await expect(dialog.getByText('Không hợp lệ')).toBeVisible();
  await expect(dialog).toBeVisible();
  expect(await count()).toBe(before);

  // The boundary refuses it too, whatever the form does.
  const direct = await request.post(`${demoApp.origin}${API_PREFIX}people.create`, {
    data: { fullName: 'X', email: 'khong-phai-email' },
    headers: { [TOKEN_HEADER]: demoApp.token },
  });
  const body = (await direct.json()) as { ok: boolean; error: { code: string; issues: Array<{ path: string }> } };
  expect(body.ok).toBe(false);
  expect(body.error.code).toBe('VALIDATION');
  expect(body.error.issues.map((i) => i.path)).toEqual(['email']);
  expect(await count()).toBe(before);
});

test('a new archive starts empty and the clerk adds the first committee', async ({ page, emptyApp }) => {
  await page.goto(at(emptyApp, '/'));
  await expect(page.getByText('Kho lưu trữ còn trống')).toBeVisible();
  await page.keyboard.press('Alt+2');
  await expect(page.getByText('Chưa có Ban Chỉ đạo nào')).toBeVisible();
  await page.getByRole('tab', { name: 'Các Ban Chỉ đạo' }).click();
  await page.getByRole('button', { name: 'Thêm Ban Chỉ đạo' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm Ban Chỉ đạo' });
  await dialog.getByRole('textbox', { name: 'Tên Ban Chỉ đạo' }).fill('Ban Chỉ đạo thực hiện quy chế dân chủ huyện Thọ Xuân');
  await dialog.getByRole('textbox', { name: 'Cơ quan chủ quản' }).fill('Huyện ủy Thọ Xuân');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('table', { name: 'Các Ban Chỉ đạo' })).toContainText('Huyện ủy Thọ Xuân');
  await page.getByRole('tab', { name: 'Danh sách thành viên' }).click();
  await expect(page.getByText('Ban Chỉ đạo chưa có thành viên vào ngày này.')).toBeVisible();
});
