import { at, expect, test } from './fixtures';
import { CLERK_SCREEN, screen } from './screens';

test.use({ viewport: CLERK_SCREEN });

test('committees form a tree; a second committee of the same name under the same parent is flagged by the core when saved', async ({ page, demoApp }) => {
  await page.goto(at(demoApp, '/members/committees'));
  await page.getByRole('button', { name: 'Thêm Ban Chỉ đạo' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm Ban Chỉ đạo' });
  await dialog.getByRole('textbox', { name: 'Tên Ban Chỉ đạo' }).fill('Ban Chỉ đạo huyện Thọ Xuân');
  await dialog.getByRole('combobox', { name: 'Trực thuộc Ban Chỉ đạo' }).click();
  await page.getByRole('option', { name: /tỉnh Thanh Hóa/ }).click();
  await dialog.getByRole('combobox', { name: 'Cấp' }).click();
  await page.getByRole('option', { name: 'Cấp huyện' }).click();
  await expect(dialog.getByRole('status')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();

  // The child sits under its parent, one level deeper.
  const tree = page.getByRole('table', { name: 'Các Ban Chỉ đạo' });
  const rows = tree.getByRole('row');
  await expect(rows.nth(1)).toContainText('tỉnh Thanh Hóa');
  await expect(rows.nth(2)).toContainText('Ban Chỉ đạo huyện Thọ Xuân');
  await expect(rows.nth(2)).toHaveAttribute('data-level', '2');

  await page.getByRole('button', { name: 'Thêm Ban Chỉ đạo' }).click();
  await dialog.getByRole('textbox', { name: 'Tên Ban Chỉ đạo' }).fill('ban chi dao huyen tho xuan');
  await dialog.getByRole('combobox', { name: 'Trực thuộc Ban Chỉ đạo' }).click();
  await page.getByRole('option', { name: /tỉnh Thanh Hóa/ }).click();
  // The core's warning (it sees every committee), shown once saved.
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'ban chi dao huyen tho xuan' })).toContainText('Đã có Ban Chỉ đạo cùng tên trong cùng cấp trên');
  await screen(page, 'committee-duplicate-warning');
  await screen(page, 'committees-tree');
});

test('a likely duplicate is shown before saving and opens the existing record; deleting a member is refused and explained', async ({ page, demoApp }) => {
  await page.goto(at(demoApp, '/members/people'));
  await page.getByRole('button', { name: 'Thêm cán bộ' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm cán bộ' });
  await dialog.getByLabel('Họ và tên').fill('Le Thi Binh');
  await dialog.getByLabel('Cơ quan, đơn vị').fill('UBND tỉnh Thanh Hóa');
  const panel = dialog.getByRole('status').filter({ hasText: 'Có thể đã có người này trong danh bạ' });
  await expect(panel).toContainText('Lê Thị Bình');
  await screen(page, 'person-duplicate');
  await panel.getByRole('button', { name: 'Mở bản ghi đã có' }).click();
  await expect(page).toHaveURL(/#\/members\/person\/\d+$/);
  await expect(page.getByRole('heading', { name: 'Lê Thị Bình' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Quá trình tham gia các Ban Chỉ đạo' })).toContainText('Phó Trưởng ban');

  // She is a member: the record stays, and the clerk is told why and offered "inactive".
  await page.getByRole('button', { name: 'Xóa' }).click();
  const ask = page.getByRole('dialog', { name: /Xóa cán bộ Lê Thị Bình/ });
  await ask.getByRole('button', { name: 'Xóa' }).click();
  await expect(ask.getByRole('alert')).toContainText('không được xóa để giữ nguyên hồ sơ lưu trữ');
  await screen(page, 'person-delete-refused');
  await ask.getByRole('button', { name: 'Đánh dấu không còn hoạt động' }).click();
  await expect(ask).toBeHidden();
  await expect(page.getByText('Không còn hoạt động', { exact: true })).toBeVisible();
  await screen(page, 'person-page');
});

test('two records of one person are merged: the clerk picks the one to keep and confirms', async ({ page, demoApp }) => {
  await page.goto(at(demoApp, '/members/people'));
  await page.getByRole('button', { name: 'Thêm cán bộ' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm cán bộ' });
  await dialog.getByLabel('Họ và tên').fill('Đỗ Văn Hải');
  await dialog.getByLabel('Chức vụ').fill('Chánh Thanh tra');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('textbox', { name: /Tìm theo tên/ }).fill('do van hai');
  const people = page.getByRole('table', { name: 'Danh bạ cán bộ' });
  await expect(people.getByRole('row')).toHaveCount(3);
  await people.getByRole('row').filter({ hasText: 'Chánh Thanh tra' }).filter({ hasNotText: 'tỉnh' }).getByRole('link', { name: 'Đỗ Văn Hải' }).click();
  await page.getByRole('button', { name: 'Gộp bản ghi' }).click();
  const merge = page.getByRole('dialog', { name: 'Gộp hai bản ghi của cùng một người' });
  await merge.getByRole('combobox', { name: 'Bản ghi cần gộp' }).fill('do van hai');
  await page.getByRole('option', { name: 'Đỗ Văn Hải — Chánh Thanh tra tỉnh' }).click();
  // Nothing is chosen for the clerk: neither record is kept until one is picked.
  await expect(merge.getByRole('radio', { checked: true })).toHaveCount(0);
  await expect(merge.getByRole('checkbox')).toHaveCount(0);
  await expect(merge.getByRole('button', { name: 'Gộp' })).toBeDisabled();
  await merge.getByRole('radio', { name: /Chánh Thanh tra tỉnh/ }).check();
  await expect(merge.getByRole('button', { name: 'Gộp' })).toBeDisabled();
  await merge.getByRole('checkbox').check();
  await screen(page, 'person-merge');
  await merge.getByRole('button', { name: 'Gộp' }).click();
  await expect(merge).toBeHidden();
  await expect(page).toHaveURL(/#\/members\/person\/6$/);
  await expect(page.getByText('Chánh Thanh tra tỉnh, Thanh tra tỉnh', { exact: true })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Quá trình tham gia các Ban Chỉ đạo' })).toContainText('Ủy viên');
  // R-C: the history (Lịch sử) of both records names the merge and the other record.
  const history = page.getByRole('table', { name: 'Nhật ký thay đổi' });
  const mergedRow = history.getByRole('row').filter({ hasText: 'Hợp nhất hồ sơ' });
  await expect(mergedRow).toContainText(/Đã nhận hồ sơ “Đỗ Văn Hải” \(#\d+\) hợp nhất vào/);
  const mergedId = /#(\d+)/.exec(await mergedRow.innerText())![1];
  await screen(page, 'person-merge-history');
  await page.goto(at(demoApp, `/members/person/${mergedId}`));
  await expect(page.getByRole('table', { name: 'Nhật ký thay đổi' }).getByRole('row').filter({ hasText: 'Hợp nhất hồ sơ' })).toContainText(
    'Đã hợp nhất vào hồ sơ “Đỗ Văn Hải” (#6)',
  );
  await page.getByRole('link', { name: 'Mở hồ sơ được giữ lại' }).click();
  await expect(page).toHaveURL(/#\/members\/person\/6$/);

  await page.getByRole('link', { name: 'Về danh bạ cán bộ' }).click();
  await page.getByRole('textbox', { name: /Tìm theo tên/ }).fill('do van hai');
  await expect(page.getByRole('table', { name: 'Danh bạ cán bộ' }).getByRole('row')).toHaveCount(2);
});

test('an address with a bad record number shows the not-found page', async ({ page, demoApp }) => {
  for (const route of ['/members/person/abc', '/members/committee-history/0', '/members/reconstitute/1x']) {
    await page.goto(at(demoApp, route));
    await expect(page.getByRole('heading', { name: 'Không tìm thấy trang' })).toBeVisible();
  }
});
