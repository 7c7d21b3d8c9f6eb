// The validator page's three outcomes in a real Chromium: not ready to send (what the DfE API would reject,
// in the GOV.UK error summary, with the data-quality findings apart), ready to send with data-quality
// findings, and no errors.
import { expect, type Page, test } from '@playwright/test';
import { cleanBatch, dataQualityOnlyBatch, knownBadBatch } from './helpers/validator-fixtures';
import { openValidator, pasteIntoEditor } from './helpers/validator-page';

const summary = (page: Page) => page.locator('[data-summary]');

async function check(page: Page, text: string): Promise<void> {
  await openValidator(page);
  await pasteIntoEditor(page, text);
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(summary(page)).toBeFocused();
}

test('not ready to send: the error summary counts what the API would reject; data quality is said apart', async ({
  page,
}) => {
  await check(page, knownBadBatch());
  const alert = summary(page).getByRole('alert');
  await expect(alert.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  await expect(alert).toContainText('The DfE API would reject 1 record (1 child).');
  await expect(alert.getByRole('link', { name: /^Unknown field: / })).toBeVisible();
  // Data-quality findings are not in the error summary: they have a panel of their own.
  await expect(alert.getByRole('link', { name: /^Code not in the code set: / })).toHaveCount(0);
  const dataQuality = summary(page).locator('.csc-v-data-quality');
  await expect(dataQuality).toContainText(
    '2 data-quality errors and 0 warnings: the API accepts these records; fix them at source.',
  );
  await expect(dataQuality.getByRole('link', { name: /^Code not in the code set: / })).toBeVisible();
  await expect(dataQuality.getByRole('link', { name: /^UPN check letter wrong: / })).toBeVisible();
  await expect(page).toHaveTitle(/^Error: /);
  // Each group says what the API does with it.
  await expect(page.locator('[id="csc-v-rule-schema.unknown-field-heading"]')).toContainText(
    'the DfE API would reject it',
  );
  await expect(page.locator('[id="csc-v-rule-code-set.unknown-heading"]')).toContainText('data quality');
});

test('ready to send with data-quality findings: no error summary, and what to fix at source', async ({
  page,
}) => {
  await check(page, dataQualityOnlyBatch());
  await expect(page.getByRole('heading', { name: 'There is a problem' })).toHaveCount(0);
  await expect(
    summary(page).getByRole('heading', { name: 'Ready to send, with data-quality findings' }),
  ).toBeVisible();
  await expect(summary(page)).toContainText('The DfE API would accept every record.');
  await expect(summary(page).locator('.csc-v-data-quality')).toContainText(
    '2 data-quality errors and 0 warnings: the API accepts these records; fix them at source.',
  );
  await expect(page).not.toHaveTitle(/^Error: /);
});

test('no errors found', async ({ page }) => {
  await check(page, cleanBatch());
  await expect(summary(page).getByRole('heading', { name: 'No errors found' })).toBeVisible();
  await expect(summary(page)).toContainText('Ready to send.');
  await expect(summary(page).locator('.csc-v-data-quality')).toHaveCount(0);
  await expect(page).not.toHaveTitle(/^Error: /);
});
