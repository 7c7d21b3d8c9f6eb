// The compare page against the real csc-api: for the same two generated extracts, the requests the page
// offers for download are exactly those `csc-api run --mode delta --dry-run` (and with --partial) writes,
// after a real full run of the first extract against the mock DfE API that ships with csc-api.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { generate } from 'csc-api-validator/generate';
import { compareExtracts, downloadText, openCompare } from './helpers/compare-page';
import { dryRunRequests, runCscApi, startMockApi } from './helpers/csc-api-cli';

type Child = Record<string, unknown> & {
  la_child_id: string;
  child_details: Record<string, unknown>;
  social_care_episodes?: Record<string, unknown>[];
};

/** Day two of a generated LA: changes, children gone and new ones, a record with an error, a duplicate. */
function dayTwo(): { previous: Child[]; current: Child[]; postcodeChanged: Child } {
  const previous = generate({ count: 250, seed: 41 }) as Child[];
  const current = structuredClone(generate({ count: 270, seed: 41 })) as Child[];
  (current[0] as Child).child_details.surname = 'Changedname';
  const postcodeChanged = current[1] as Child;
  postcodeChanged.child_details.postcode = 'ZZ9 9ZZ';
  const withEpisodes = current.filter((child) => (child.social_care_episodes?.length ?? 0) > 1).slice(0, 2);
  for (const child of withEpisodes) child.social_care_episodes?.pop();
  (current[7] as Record<string, unknown>).not_a_field = 1;
  current.push(structuredClone(current[8] as Child));
  return { previous, current: current.filter((_, index) => ![10, 20, 30].includes(index)), postcodeChanged };
}

test('the page offers exactly the requests csc-api run --mode delta --dry-run writes, with and without --partial', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), 'csc-compare-e2e-'));
  const mock = await startMockApi(dir);
  try {
    const { previous, current, postcodeChanged } = dayTwo();
    const files = { previous: join(dir, 'last-sent.json'), current: join(dir, 'today.json') };
    writeFileSync(files.previous, JSON.stringify(previous));
    writeFileSync(files.current, JSON.stringify(current));
    const env = { ...mock.settings, CSC_STATE: join(dir, 'state.sqlite'), CSC_AUDIT_DIR: join(dir, 'audit') };

    const full = await runCscApi(['run', '--input', files.previous, '--mode', 'full', '--json'], env, dir);
    expect(full.code, full.stderr).toBe(0);
    expect(JSON.parse(full.stdout)).toMatchObject({ sent: 250 });
    const dryRun = async (extra: string[]) => {
      const result = await runCscApi(
        ['run', '--input', files.current, '--mode', 'delta', '--dry-run', '--json', ...extra],
        env,
        dir,
      );
      const summary = JSON.parse(result.stdout) as { auditFolder: string; stopped: string | null };
      expect(summary.stopped).toBeNull();
      return dryRunRequests(summary.auditFolder);
    };
    const cli = { delta: await dryRun([]), partial: await dryRun(['--partial']) };
    expect(cli.delta.length).toBeGreaterThan(0);

    await openCompare(page);
    await compareExtracts(page, files.previous, files.current);
    const results = page.getByRole('region', { name: 'What csc-api would send' });
    await expect(results).toBeVisible({ timeout: 60_000 });
    await expect(results.locator('[data-verdict="send"]')).toContainText(
      'csc-api would delete them: 3 of the 250',
    );

    const downloads = {
      delta: await downloadText(page, 'Download the delta requests (JSON)'),
      partial: await downloadText(page, 'Download the --partial requests (JSON)'),
    };
    for (const kind of ['delta', 'partial'] as const) {
      const offered = JSON.parse(downloads[kind]) as { command: string; requests: unknown[] };
      expect(offered.command).toBe(`csc-api run --mode delta${kind === 'partial' ? ' --partial' : ''}`);
      // Serialising again keeps key order, so this compares order as well as content.
      expect(offered.requests.map((body) => JSON.stringify(body))).toEqual(
        cli[kind].map((body) => JSON.stringify(JSON.parse(body))),
      );
      // The page embeds each body verbatim.
      for (const body of cli[kind]) expect(downloads[kind]).toContain(body);
    }
    expect(downloads.partial).toContain('"purge":true');
    expect(downloads.partial).not.toEqual(downloads.delta);

    // The changed postcode is hidden until the user chooses to see it.
    const postcodeRow = page
      .getByRole('table', { name: `Child ${postcodeChanged.la_child_id}` })
      .getByRole('row', { name: /child_details\.postcode/ });
    await expect(postcodeRow).toContainText('[hidden]');
    await expect(page.getByText('ZZ9 9ZZ')).toHaveCount(0);
    await page.getByLabel('Show names, dates of birth, postcodes and UPNs').check();
    await expect(postcodeRow).toContainText('"ZZ9 9ZZ"');

    const axe = await new AxeBuilder({ page }).analyze();
    expect(
      axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`),
    ).toEqual([]);
  } finally {
    await mock.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
