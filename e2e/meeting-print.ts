import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { type RunningApp, at, expect } from './fixtures';

// The meeting documents as the clerk prints them (shared by the specs that read them back):
// a print view rendered to PDF by Chromium, read back with poppler, turned into PNG; the
// view compared with the screenshot kept beside the spec as its visual reference.

/** The print view already open in `page`, once ready, saved as `<app.dir>/<name>.pdf` (and PNG pages). */
export async function pdfOfPrintView(page: Page, app: RunningApp, name: string): Promise<string> {
  await expect(page.locator('html')).toHaveAttribute('data-print-ready', '1');
  const file = path.join(app.dir, `${name}.pdf`);
  await page.pdf({ path: file, format: 'A4', preferCSSPageSize: true, printBackground: true });
  // PNG pages (pdftoppm -r 80) to look at: beside the PDF, and in MINUTEBOOK_KEEP_PNG when asked.
  execFileSync('pdftoppm', ['-r', '80', '-png', file, path.join(app.dir, name)]);
  const keep = process.env.MINUTEBOOK_KEEP_PNG;
  if (keep) {
    fs.mkdirSync(keep, { recursive: true });
    execFileSync('pdftoppm', ['-r', '80', '-png', file, path.join(keep, name)]);
  }
  return file;
}

/** Opens a print route and saves it as PDF (see pdfOfPrintView). */
export async function printToPdf(page: Page, app: RunningApp, route: string, name: string): Promise<string> {
  await page.goto(at(app, route));
  return pdfOfPrintView(page, app, name);
}

export const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).normalize('NFC');
export const flat = (text: string) => text.replace(/\s+/g, ' ');

/**
 * The print view's page against the committed visual reference (<spec>-snapshots/, made with
 * --update-snapshots), compared loosely: fonts may render a few pixels apart elsewhere.
 */
export async function expectPrintLooksLike(page: Page, name: string) {
  await page.setViewportSize({ width: 900, height: 1200 });
  // A page longer than the window is taken whole, from the top: no toolbar scrolled over it.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  if (height > 1200) await page.setViewportSize({ width: 900, height });
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(page.locator('.a4-page')).toHaveScreenshot(`${name}.png`, { maxDiffPixelRatio: 0.02 });
}
