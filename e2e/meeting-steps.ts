import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

// Steps of the meetings screens the clerk repeats, shared by the specs that drive them.

/** Types into a searchable select and picks the option. */
export async function chooseOption(page: Page, box: Locator, typed: string, option: RegExp | string) {
  await box.click();
  await box.fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

/** Adds an agenda item on the Chương trình tab (presenter picked from the directory, or none). */
export async function addAgendaItem(page: Page, title: string, presenter: { typed: string; option: RegExp } | null, minutes: string) {
  await page.getByRole('button', { name: 'Thêm nội dung' }).click();
  const form = page.getByRole('dialog', { name: 'Thêm nội dung' });
  await form.getByRole('textbox', { name: 'Nội dung' }).fill(title);
  if (presenter) await chooseOption(page, form.getByRole('combobox', { name: 'Người trình bày' }), presenter.typed, presenter.option);
  await form.getByRole('textbox', { name: 'Thời lượng (phút)' }).fill(minutes);
  await form.getByRole('button', { name: 'Lưu' }).click();
  await expect(form).toBeHidden();
}
