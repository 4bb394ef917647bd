import { at, expect, test } from './fixtures';
import { CLERK_SCREEN, MEETING_SCREENS, screen } from './screens';

test.use({ viewport: CLERK_SCREEN });

// axe-core is not installed in this project yet (no package may be added by this change), so
// this checks, from Chromium's own accessibility tree, the rule axe rates critical that these
// screens could break: every control a clerk reaches by keyboard has a name (button-name,
// link-name, label). MEETING_SCREENS is the list the axe check is meant to run over.

/** Lines of an ARIA snapshot naming a control without a name: `- button`, `- textbox [disabled]`… */
const UNNAMED = /^\s*- (button|link|textbox|combobox|radio|checkbox|tab|spinbutton|searchbox)(\s*\[[^\]]*\])*\s*:?$/;

test('every control of the meetings screens has a name', async ({ page, demoApp, consoleErrors }) => {
  test.setTimeout(120_000);
  for (const { name, route } of MEETING_SCREENS) {
    await page.goto(at(demoApp, route));
    await expect(page.getByRole('main').getByRole('heading').first()).toBeVisible();
    await expect(page.getByRole('main').locator('[aria-busy="true"]')).toHaveCount(0);
    const tree = await page.getByRole('main').ariaSnapshot();
    const unnamed = tree.split('\n').filter((line) => UNNAMED.test(line));
    expect(unnamed, `${name}:\n${tree}`).toEqual([]);
    await screen(page, `a11y-${name}`);
  }
  expect(consoleErrors).toEqual([]);
});
