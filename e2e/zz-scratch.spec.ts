import { at, expect, test } from './fixtures';
import { CLERK_SCREEN, screen } from './screens';
test.use({ viewport: CLERK_SCREEN });
test('scratch', async ({ page, demoApp, consoleErrors }) => {
  test.setTimeout(120_000);
  for (const [name, route] of [['s-conclusions', '/conclusions'], ['s-conclusion', '/conclusions/1'], ['s-meeting', '/meetings/1'], ['s-agenda', '/meetings/1?tab=agenda'], ['s-reminder', '/print/reminder/person/5?committee=1']] as const) {
    await page.goto(at(demoApp, route));
    await page.waitForTimeout(1500);
    await screen(page, name);
  }
  await page.goto(at(demoApp, '/conclusions/1'));
  await page.getByRole('button', { name: 'Ban hành' }).click();
  await page.waitForTimeout(800);
  await screen(page, 's-issue');
  console.log(consoleErrors.join('\n'));
});
