import AxeBuilder from '@axe-core/playwright';
import { at, expect, test } from './fixtures';
import { CHASE_SCREENS, CLERK_SCREEN, MEETING_SCREENS, SCREENS } from './screens';

// Every screen, in Vietnamese and in English, free of serious and critical axe-core findings
// (WCAG 2.1 A and AA: contrast, labels, headings, names of controls).

test.use({ viewport: CLERK_SCREEN });

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

// Every screen, in groups of a few: each group its own test (own app, own time budget), so a
// growing list of screens never outgrows one test's timeout.
const ALL = [...SCREENS, ...MEETING_SCREENS, ...CHASE_SCREENS];
const GROUP = 6;
const groups = Array.from({ length: Math.ceil(ALL.length / GROUP) }, (_, i) => ALL.slice(i * GROUP, (i + 1) * GROUP));

for (const language of ['vi', 'en'] as const) for (const [g, screens] of groups.entries()) {
  test(`every screen has no serious or critical axe-core finding (${language}, ${g + 1}/${groups.length}: ${screens.map((s) => s.name).join(', ')})`, async ({ page, demoApp }) => {
    test.setTimeout(120_000);
    if (language === 'en') {
      await page.goto(at(demoApp, '/'));
      await page.getByText('English', { exact: true }).click();
      await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();
    }
    const found: string[] = [];
    for (const screen of screens) {
      await page.goto(at(demoApp, screen.route));
      await expect(page.getByRole('heading', { level: 1 }).first(), screen.name).toBeVisible();
      // Let lists and queries settle (no spinner left) before looking.
      await expect(page.locator('.mantine-Loader-root')).toHaveCount(0, { timeout: 15_000 });
      const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      for (const v of result.violations) {
        if (v.impact !== 'serious' && v.impact !== 'critical') continue;
        const where = v.nodes
          .slice(0, 3)
          .map((n) => `${n.target.join(' ')} [${n.any[0]?.message ?? n.failureSummary ?? ''}]`)
          .join(' | ');
        found.push(`${screen.name}: ${v.id} (${v.impact}) ${v.help} — ${where}`);
      }
    }
    expect(found, found.join('\n')).toEqual([]);
  });
}
