import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';

const dir = path.resolve(import.meta.dirname, '../.tmp/screens');

/** A screenshot of the screen as the clerk sees it (1366×768), kept in .tmp/screens/ to look at. */
export async function screen(page: Page, name: string): Promise<void> {
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`) });
}

export const CLERK_SCREEN = { width: 1366, height: 768 };
