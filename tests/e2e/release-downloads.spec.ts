// The install pages, the home page and the pilot updates take the csc-api version and the release file
// names from the package data: each page must show the current version's files, linked to its release.
import { expect, test } from '@playwright/test';
import { repositoryUrl } from '../../src/lib/repository-url.mjs';
import submitterPackage from '../../submitter/package.json' with { type: 'json' };
import { releaseAssets, releaseTag } from '../../submitter/release/assets.ts';

const version = submitterPackage.version;
const assets = Object.values(releaseAssets(version));
const downloadUrl = (name: string) => `${repositoryUrl}/releases/download/${releaseTag(version)}/${name}`;

test('the install page links every file of the current release', async ({ page }) => {
  await page.goto('./submitter/');
  const table = page.locator('table.release-downloads');
  for (const name of assets) {
    await expect(table.getByRole('link', { name, exact: true })).toHaveAttribute('href', downloadUrl(name));
  }
  await expect(
    page.getByRole('link', { name: `release page for csc-api ${version} on GitHub` }),
  ).toHaveAttribute('href', `${repositoryUrl}/releases/tag/${releaseTag(version)}`);
});

test('the Windows and Linux pages name the current version’s files in their commands', async ({ page }) => {
  const windows = releaseAssets(version).windowsExecutable;
  await page.goto('./submitter/install-windows/');
  await expect(page.locator('pre', { hasText: 'Get-FileHash -Algorithm SHA256' })).toContainText(
    `$file = '${windows}'`,
  );
  await expect(page.locator('pre', { hasText: 'Invoke-WebRequest' })).toContainText(
    `${repositoryUrl}/releases/download/${releaseTag(version)}/$file`,
  );

  const linux = releaseAssets(version).linuxExecutable;
  await page.goto('./submitter/install-linux/');
  await expect(page.locator('pre', { hasText: 'curl' })).toContainText(downloadUrl(linux));
  await expect(page.locator('pre[data-language="text"]', { hasText: 'FAILED' })).toContainText(
    `${linux}: FAILED`,
  );
});

test('the home page badge and the pilot updates show the current version', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('.version-badges')).toContainText(`csc-api ${version}`);

  await page.goto('./updates/');
  const title = `csc-api ${version} is released`;
  await page.locator('.pilot-update-list').getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByRole('link', { name: releaseAssets(version).tarball, exact: true })).toHaveAttribute(
    'href',
    downloadUrl(releaseAssets(version).tarball),
  );
});
