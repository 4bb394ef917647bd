import { openRaw } from '../db/test-support';
import { at, expect, test } from './fixtures';
import { CLERK_SCREEN, screen } from './screens';

test.use({ viewport: CLERK_SCREEN });

test('the clerk appoints a member by decision and relieves another; each history shows the decision', async ({ page, demoApp, consoleErrors }) => {
  await page.goto(at(demoApp, '/members/roster/1?date=2021-06-01'));
  const roster = page.getByRole('table', { name: 'Danh sách thành viên' });
  await expect(roster.getByRole('row')).toHaveCount(8);

  await page.getByRole('button', { name: 'Bổ nhiệm thành viên' }).click();
  const appoint = page.getByRole('dialog', { name: 'Bổ nhiệm thành viên theo quyết định' });
  await appoint.getByRole('combobox', { name: 'Họ và tên' }).fill('vu van minh');
  await page.getByRole('option', { name: /Vũ Văn Minh/ }).click();
  await expect(appoint.getByRole('combobox', { name: 'Họ và tên' })).toHaveValue(/^Vũ Văn Minh/);
  await appoint.getByRole('combobox', { name: 'Chức danh trong Ban Chỉ đạo' }).click();
  await page.getByRole('option', { name: 'Ủy viên' }).click();
  await appoint.getByRole('textbox', { name: 'Tham gia từ ngày' }).fill('01/06/2021');
  await appoint.getByRole('textbox', { name: 'Chức vụ ghi trong quyết định' }).fill('Nguyên Chánh Thanh tra tỉnh');
  await appoint.getByRole('textbox', { name: 'Số, ký hiệu quyết định' }).fill('130-QĐ/TU');
  await appoint.getByRole('textbox', { name: 'Ngày ký' }).fill('28/05/2021');
  await appoint.getByRole('textbox', { name: 'Ngày ký' }).press('Tab');
  await screen(page, 'appoint-form');
  await appoint.getByRole('button', { name: 'Lưu' }).click();
  await expect(appoint).toBeHidden();
  await expect(roster.getByRole('row')).toHaveCount(9);
  await expect(roster.getByRole('row').filter({ hasText: 'Vũ Văn Minh' })).toContainText('130-QĐ/TU');

  await page.getByRole('button', { name: 'Thôi tham gia: Hoàng Thị Dung' }).click();
  const relieve = page.getByRole('dialog', { name: 'Thôi tham gia Ban Chỉ đạo: Hoàng Thị Dung' });
  await relieve.getByRole('textbox', { name: 'Thôi tham gia từ ngày' }).fill('01/06/2021');
  await relieve.getByRole('textbox', { name: 'Số, ký hiệu quyết định' }).fill('131-QĐ/TU');
  await relieve.getByRole('textbox', { name: 'Ngày ký' }).fill('30/05/2021');
  await relieve.getByRole('textbox', { name: 'Ngày ký' }).press('Tab');
  await screen(page, 'relieve-form');
  await relieve.getByRole('button', { name: 'Lưu' }).click();
  await expect(relieve).toBeHidden();
  await expect(roster).not.toContainText('Hoàng Thị Dung');
  await expect(roster.getByRole('row')).toHaveCount(8);

  await roster.getByRole('link', { name: 'Vũ Văn Minh' }).click();
  const roles = page.getByRole('table', { name: 'Quá trình tham gia các Ban Chỉ đạo' });
  await expect(roles.getByRole('row')).toHaveCount(3);
  await expect(roles.getByRole('row').nth(1)).toContainText('01/06/2021');
  await expect(roles.getByRole('row').nth(1)).toContainText('130-QĐ/TU');
  await screen(page, 'person-history');
  expect(consoleErrors).toEqual([]);
});

// R-C (issue 7 fixes): the refusals and messages of the roster's forms, where the clerk sees them.
test('relieving a member before their term started is refused in Vietnamese, naming the person and the dates', async ({ page, demoApp }) => {
  await page.goto(at(demoApp, '/members/roster/1?date=2021-06-01'));
  await page.getByRole('button', { name: 'Thôi tham gia: Hoàng Thị Dung' }).click();
  const relieve = page.getByRole('dialog', { name: 'Thôi tham gia Ban Chỉ đạo: Hoàng Thị Dung' });
  await relieve.getByRole('textbox', { name: 'Thôi tham gia từ ngày' }).fill('01/01/2019');
  await relieve.getByRole('textbox', { name: 'Số, ký hiệu quyết định' }).fill('131-QĐ/TU');
  await relieve.getByRole('textbox', { name: 'Ngày ký' }).fill('30/12/2018');
  await relieve.getByRole('textbox', { name: 'Ngày ký' }).press('Tab');
  await relieve.getByRole('button', { name: 'Lưu' }).click();
  await expect(relieve.getByRole('alert')).toContainText(
    /Không thể cho Hoàng Thị Dung thôi tham gia từ ngày 01\/01\/2019: nhiệm kỳ của người này bắt đầu từ ngày \d{2}\/\d{2}\/\d{4}/,
  );
  await screen(page, 'relieve-before-start');
  await expect(relieve).toBeVisible();
});

test('an over-long duty is refused next to its field, with the limit', async ({ page, demoApp }) => {
  await page.goto(at(demoApp, '/members/roster/1?date=2021-06-01'));
  await page.getByRole('button', { name: 'Bổ nhiệm thành viên' }).click();
  const appoint = page.getByRole('dialog', { name: 'Bổ nhiệm thành viên theo quyết định' });
  const duty = appoint.getByRole('textbox', { name: 'Nhiệm vụ được phân công' });
  await duty.fill('Theo dõi địa bàn. '.repeat(250));
  await appoint.getByRole('button', { name: 'Lưu' }).click();
  await expect(duty).toHaveAccessibleDescription(/Nhiệm vụ được phân công quá dài: tối đa 4\.000 ký tự \(hiện có 4\.499\)/);
  await expect(appoint.getByText(/tối đa 4\.000 ký tự/)).toBeVisible();
});

test('an impossible typed date is said under its field with the calendar closed, and announced', async ({ page, demoApp }) => {
  await page.goto(at(demoApp, '/members/roster/1?date=2021-06-01'));
  await page.getByRole('button', { name: 'Bổ nhiệm thành viên' }).click();
  const appoint = page.getByRole('dialog', { name: 'Bổ nhiệm thành viên theo quyết định' });
  const from = appoint.getByRole('textbox', { name: 'Tham gia từ ngày' });
  // The person picker has the focus, its list open: the clerk moves on to the date.
  await appoint.getByRole('heading', { name: 'Bổ nhiệm thành viên theo quyết định' }).click();
  await from.click();
  await expect(page.locator('[data-dates-dropdown]')).toBeVisible();
  await from.pressSequentially('31/02/2021');
  const message = appoint.getByText('Ngày "31/02/2021" không có trên lịch');
  await expect(message).toBeVisible();
  await expect(page.locator('[data-dates-dropdown]')).toBeHidden();
  await expect(from).toHaveAttribute('aria-invalid', 'true');
  await expect(from).toHaveAccessibleDescription(/Ngày "31\/02\/2021" không có trên lịch/);
  await screen(page, 'impossible-date');
  // Fixing it brings the calendar back and clears the message.
  await from.press('Backspace');
  await expect(message).toBeHidden();
});

test('a filled form asks before it is discarded (Esc, the X, a click outside); an untouched one closes at once', async ({ page, demoApp }) => {
  await page.goto(at(demoApp, '/members/roster/1?date=2021-06-01'));
  const open = async () => {
    await page.getByRole('button', { name: 'Bổ nhiệm thành viên' }).click();
    const dialog = page.getByRole('dialog', { name: 'Bổ nhiệm thành viên theo quyết định' });
    // The person picker opens with the focus and its list: the first Esc closes that list.
    await dialog.getByRole('heading', { name: 'Bổ nhiệm thành viên theo quyết định' }).click();
    return dialog;
  };
  let dialog = await open();
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  dialog = await open();
  await dialog.getByRole('textbox', { name: 'Số, ký hiệu quyết định' }).fill('130-QĐ/TU');
  const ask = dialog.getByRole('alertdialog', { name: 'Bỏ các thay đổi?' });
  await page.keyboard.press('Escape');
  await expect(ask).toBeVisible();
  await screen(page, 'discard-ask');
  await ask.getByRole('button', { name: 'Tiếp tục nhập' }).click();
  await expect(ask).toBeHidden();
  await expect(dialog.getByRole('textbox', { name: 'Số, ký hiệu quyết định' })).toHaveValue('130-QĐ/TU');
  // The X asks too.
  await dialog.locator('.mantine-Modal-close').click();
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Tiếp tục nhập' }).click();
  // And a click outside the dialog.
  await page.mouse.click(5, 400);
  await expect(ask).toBeVisible();
  await expect(dialog).toBeVisible();
  await ask.getByRole('button', { name: 'Bỏ thay đổi' }).click();
  await expect(dialog).toBeHidden();

  // The same shared guard on the people and committee forms.
  await page.goto(at(demoApp, '/members/people'));
  await page.getByRole('button', { name: 'Thêm cán bộ' }).click();
  const person = page.getByRole('dialog', { name: 'Thêm cán bộ' });
  await person.getByLabel('Họ và tên').fill('Lê Văn Bảo');
  await page.keyboard.press('Escape');
  await expect(person.getByRole('alertdialog', { name: 'Bỏ các thay đổi?' })).toBeVisible();
  await person.getByRole('button', { name: 'Bỏ thay đổi' }).click();
  await expect(person).toBeHidden();
  await page.goto(at(demoApp, '/members/committees'));
  await page.getByRole('button', { name: 'Thêm Ban Chỉ đạo' }).click();
  const committee = page.getByRole('dialog', { name: 'Thêm Ban Chỉ đạo' });
  await committee.getByRole('textbox', { name: 'Tên Ban Chỉ đạo' }).fill('Ban Chỉ đạo huyện Thọ Xuân');
  await page.keyboard.press('Escape');
  await expect(committee.getByRole('alertdialog', { name: 'Bỏ các thay đổi?' })).toBeVisible();
});

test("the appoint form records the decision's kind the clerk chooses: thành lập by default on a committee with no decision yet, else bổ sung", async ({ page, demoApp, consoleErrors }) => {
  const kindOf = async (number: string) => {
    const raw = openRaw(demoApp.dbFile);
    const row = raw.sqlite.prepare('select kind from decisions where number = ?').get(number) as { kind: string } | undefined;
    await raw.close();
    return row?.kind;
  };
  const appoint = async (who: string, number: string, kind: { expected: string; choose?: string }) => {
    await page.getByRole('button', { name: 'Bổ nhiệm thành viên' }).click();
    const form = page.getByRole('dialog', { name: 'Bổ nhiệm thành viên theo quyết định' });
    const kindBox = form.getByRole('combobox', { name: 'Loại quyết định' });
    await expect(kindBox).toHaveValue(kind.expected);
    if (kind.choose) {
      await kindBox.click();
      await page.getByRole('option', { name: kind.choose }).click();
      await expect(kindBox).toHaveValue(kind.choose);
    }
    await form.getByRole('combobox', { name: 'Họ và tên' }).fill(who);
    await page.getByRole('option').first().click();
    await form.getByRole('combobox', { name: 'Chức danh trong Ban Chỉ đạo' }).click();
    await page.getByRole('option', { name: 'Ủy viên' }).click();
    await form.getByRole('textbox', { name: 'Tham gia từ ngày' }).fill('01/06/2021');
    await form.getByRole('textbox', { name: 'Số, ký hiệu quyết định' }).fill(number);
    await form.getByRole('textbox', { name: 'Ngày ký' }).fill('28/05/2021');
    await form.getByRole('textbox', { name: 'Ngày ký' }).press('Tab');
    await form.getByRole('button', { name: 'Lưu' }).click();
    await expect(form).toBeHidden();
  };

  // A new committee has no decision: its first appointment founds it.
  await page.goto(at(demoApp, '/members/committees'));
  await page.getByRole('button', { name: 'Thêm Ban Chỉ đạo' }).click();
  const committee = page.getByRole('dialog', { name: 'Thêm Ban Chỉ đạo' });
  await committee.getByRole('textbox', { name: 'Tên Ban Chỉ đạo' }).fill('Ban Chỉ đạo thí điểm chuyển đổi số');
  await committee.getByRole('button', { name: 'Lưu' }).click();
  await expect(committee).toBeHidden();
  await page.getByRole('link', { name: 'Ban Chỉ đạo thí điểm chuyển đổi số', exact: true }).click();
  await appoint('vu van minh', '01-QĐ/BCĐ', { expected: 'Thành lập' });
  expect(await kindOf('01-QĐ/BCĐ')).toBe('thanh_lap');
  // Now it has one: the next is an addition by default.
  await page.getByRole('button', { name: 'Bổ nhiệm thành viên' }).click();
  await expect(page.getByRole('dialog', { name: 'Bổ nhiệm thành viên theo quyết định' }).getByRole('combobox', { name: 'Loại quyết định' })).toHaveValue('Bổ sung');
  await page.keyboard.press('Escape');

  // The demo committee has its decisions: bổ sung by default, and the clerk may say kiện toàn.
  await page.goto(at(demoApp, '/members/roster/1?date=2021-06-01'));
  await appoint('vu van minh', '140-QĐ/TU', { expected: 'Bổ sung', choose: 'Kiện toàn' });
  expect(await kindOf('140-QĐ/TU')).toBe('kien_toan');
  expect(consoleErrors).toEqual([]);
});
