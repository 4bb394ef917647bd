import { at, expect, test } from './fixtures';

// The cold clerk's attendance by keyboard (issue 8): V, then Tab into the reason, then the
// reason typed letter by letter — its letters (c, t, space…) must never change a row's state.

test('after V, Tab lands in the reason box and the typed reason never changes a state', async ({ page, demoApp, consoleErrors }) => {
  await page.goto(at(demoApp, '/meetings/1'));
  await page.getByRole('tab', { name: 'Điểm danh' }).click();
  await expect(page.getByText('Có mặt 5/7')).toBeVisible();
  const cuong = page.getByRole('radiogroup', { name: 'Điểm danh: Phạm Văn Cường' });
  await cuong.getByRole('radio', { name: 'Có mặt' }).focus();
  await page.keyboard.press('v');
  await expect(cuong.getByRole('radio', { name: 'Vắng' })).toBeChecked();
  await page.keyboard.press('Tab');
  const reason = page.getByRole('textbox', { name: 'Lý do vắng của Phạm Văn Cường' });
  await expect(reason).toBeFocused();
  // "Di cong tac": c is Có mặt, t is Cử người dự thay, space ticks a focused radio.
  await page.keyboard.type('Di cong tac');
  await expect(reason).toHaveValue('Di cong tac');
  await expect(cuong.getByRole('radio', { name: 'Vắng' })).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Có mặt 4/7')).toBeVisible();
  // Every other row kept its state: still 1 represented, now 2 absent.
  await expect(page.getByText('Cử người dự thay 1 · Vắng 2 · Chưa điểm danh 0')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Lý do vắng của Phạm Văn Cường' })).toHaveValue('Di cong tac');
  await expect(page.getByRole('radiogroup', { name: 'Điểm danh: Trần Thị Lan' }).getByRole('radio', { name: 'Có mặt' })).toBeChecked();
  expect(consoleErrors).toEqual([]);
});
