// Files that are not UTF-8, uploaded to the validator page in a real Chromium: a Windows-1252 export gets
// the error summary with the byte and how to save it as UTF-8, whether it opens in the editor or is
// checked in place; nothing is read with replacement characters.
import { expect, type Page, test } from '@playwright/test';
import { windows1252Snapshot } from '../../submitter/test/helpers/windows-1252-snapshot.ts';
import { openValidator } from './helpers/validator-page';

async function expectEncodingProblem(page: Page, name: string, line: number, offset: number): Promise<void> {
  const summary = page.locator('[data-summary]');
  await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  const link = summary.getByRole('link', { name: `${name} is not saved as UTF-8` });
  await expect(link).toContainText(`byte 0xEB at line ${line}, byte offset ${offset}`);
  await expect(link).toContainText('in Notepad, choose File, Save As and set Encoding to UTF-8');
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Error: /);
}

test('a Windows-1252 file small enough for the editor is refused, not opened with replacement characters', async ({
  page,
}) => {
  await openValidator(page);
  const snapshot = windows1252Snapshot('json');
  await page
    .getByLabel('Choose files')
    .setInputFiles({ name: 'extract.json', mimeType: 'application/json', buffer: snapshot.bytes });
  await expectEncodingProblem(page, 'extract.json', snapshot.line, snapshot.offset);
  await expect(page.locator('.monaco-editor')).not.toContainText('\uFFFD');
  await expect(page.locator('.monaco-editor')).not.toContainText('Brien');
});

test('a Windows-1252 file checked in place gets the same problem when Check is selected', async ({
  page,
}) => {
  await openValidator(page);
  const snapshot = windows1252Snapshot('ndjson');
  // Over 5 MB, so the file is checked without opening in the editor. Leading blank lines move the byte.
  const padding = '\n'.repeat(5 * 1024 * 1024);
  await page.getByLabel('Choose files').setInputFiles({
    name: 'extract.ndjson',
    mimeType: 'application/x-ndjson',
    buffer: Buffer.concat([Buffer.from(padding), snapshot.bytes]),
  });
  await expect(page.getByText('1 file will be checked without opening in the editor')).toBeVisible();
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expectEncodingProblem(
    page,
    'extract.ndjson',
    snapshot.line + padding.length,
    snapshot.offset + padding.length,
  );
});

test('a UTF-8 file with a byte order mark opens in the editor with its names as written', async ({
  page,
}) => {
  await openValidator(page);
  const text = '[{"la_child_id": "A1", "child_details": {"first_name": "Zoë", "surname": "O’Brien"}}]';
  await page.getByLabel('Choose files').setInputFiles({
    name: 'bom.json',
    mimeType: 'application/json',
    buffer: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
  });
  await expect(page.getByRole('status')).toContainText('bom.json is in the editor');
  await expect(page.locator('.monaco-editor')).toContainText('O’Brien');
});
