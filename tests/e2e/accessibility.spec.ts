// Runs axe over every built page; any violation fails with the page and rule named.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from './site-pages';

for (const path of builtPages()) {
  test(`axe finds no violations on /${path}`, async ({ page }) => {
    await page.goto(`./${path}`);
    const results = await new AxeBuilder({ page }).analyze();
    const summary = results.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`,
    );
    expect(summary).toEqual([]);
  });
}
