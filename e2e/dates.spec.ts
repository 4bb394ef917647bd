import { at, expect, test } from './fixtures';

// Items 16–19 in the real renderer: impossible dates are refused with a message, "today"
// comes from the main side, the official date line and the past roster's titles.

test('an impossible date typed in the roster is refused with a message, never rolled over', async ({ page, demoApp }) => {
  await page.goto(at(demoApp, '/members/roster/1'));
  const roster = page.getByRole('table', { name: 'Danh sách thành viên' });
  await expect(roster).toContainText('Trịnh Tuấn Sinh');
  const date = page.getByRole('textbox', { name: 'Tính đến ngày' });
  const today = await date.inputValue();
  expect(today).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);

  for (const typed of ['31/02/2021', '13/13/2021']) {
    await date.fill(typed);
    await date.press('Enter');
    await expect(page.getByText(`Ngày "${typed}" không có trên lịch`)).toBeVisible();
    await expect(date).toHaveValue(typed);
    // Nothing was rolled over into another day: the roster is still today's.
    await expect(roster).toContainText('Trịnh Tuấn Sinh');
    await expect(page).toHaveURL(/#\/members\/roster\/1$/);
    // And it cannot be printed as if it were today: the print button waits for a real date.
    await expect(page.getByRole('button', { name: 'In danh sách' })).toBeDisabled();
  }
  await date.fill(today);
  await date.press('Enter');
  await page.getByRole('button', { name: 'In danh sách' }).click();
  await expect(page).toHaveURL(new RegExp(`date=${today.split('/').reverse().join('-')}$`));
});

test('a real date clears the message and shows the past roster with the past titles', async ({ page, demoApp }) => {
  await page.goto(at(demoApp, '/members/roster/1'));
  const date = page.getByRole('textbox', { name: 'Tính đến ngày' });
  await date.fill('31/02/2021');
  await date.press('Enter');
  await expect(page.getByText('không có trên lịch')).toBeVisible();
  await date.fill('01/01/2020');
  await date.press('Enter');
  await expect(page.getByText('không có trên lịch')).toHaveCount(0);
  const row = page.getByRole('table', { name: 'Danh sách thành viên' }).getByRole('row').nth(1);
  await expect(row).toContainText('Vũ Văn Minh');
  await expect(row).toContainText('Chánh Thanh tra tỉnh');
  await expect(row).not.toContainText('Nguyên');
});

test('the renderer takes "today" from the main side, not from the browser clock', async ({ page, demoApp }) => {
  // The browser believes it is 15/06/2035; the archive's today comes from the server.
  await page.clock.setFixedTime(new Date('2035-06-15T03:00:00Z'));
  await page.goto(at(demoApp, '/members/roster/1'));
  const date = page.getByRole('textbox', { name: 'Tính đến ngày' });
  await expect(date).toHaveValue(/^\d{2}\/\d{2}\/\d{4}$/);
  await expect(date).not.toHaveValue('15/06/2035');
  await page.goto(at(demoApp, '/'));
  await expect(page.getByText(/Số liệu tính đến ngày \d{2}\/\d{2}\/\d{4}/)).toBeVisible();
  await expect(page.getByText('15/06/2035')).toHaveCount(0);
  await page.goto(at(demoApp, '/print/roster/1?asOf=2021-01-13'));
  await expect(page.locator('html')).toHaveAttribute('data-print-ready', '1');
  await expect(page.locator('.doc-place-date')).not.toContainText('2035');
});

test('the print view writes the official date line with zeros only where NĐ 30/2020 wants them', async ({ page, demoApp }) => {
  await page.goto(at(demoApp, '/print/roster/1?asOf=2021-01-13'));
  await expect(page.locator('html')).toHaveAttribute('data-print-ready', '1');
  const line = (await page.locator('.doc-place-date').innerText()).trim();
  const m = /^Thanh Hóa, ngày (\d{2}) tháng (\d{1,2}) năm (\d{4})$/.exec(line);
  expect(m, line).not.toBeNull();
  const month = Number(m![2]);
  // Months 1 and 2 take a zero; 3 to 12 never do.
  expect(m![2]).toBe(month <= 2 ? `0${month}` : String(month));
});
