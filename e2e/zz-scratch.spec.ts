import { at, expect, test } from './fixtures';
import { CLERK_SCREEN, screen } from './screens';
test.use({ viewport: CLERK_SCREEN });
test('scratch', async ({ page, demoApp, consoleErrors }) => {
  test.setTimeout(120_000);
  for (const [name, route] of [['s-dashboard', '/'], ['s-actions', '/actions'], ['s-action', '/actions/1'], ['s-report', '/print/report?committee=1'], ['s-tasks', '/print/tasks/2?committee=1'], ['s-conclusions', '/conclusions']] as const) {
    await page.goto(at(demoApp, route));
    await page.waitForTimeout(1500);
    await screen(page, name);
  }
  console.log(consoleErrors.join('\n'));
});
