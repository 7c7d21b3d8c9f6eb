// The release notes are the changelog section of the version being released. Runs in Node under Vitest.
import { expect, test } from 'vitest';
import { changelogSection } from '../../release/changelog-section.ts';

const changelog = `# csc-api

## 0.3.0

### Minor Changes

- Newer change.

## 0.2.0

### Minor Changes

- First release.
`;

test('takes the text under the version heading up to the next version', () => {
  expect(changelogSection(changelog, '0.3.0')).toBe('### Minor Changes\n\n- Newer change.\n');
  expect(changelogSection(changelog, '0.2.0')).toBe('### Minor Changes\n\n- First release.\n');
});

test('says what to do when the version has no section', () => {
  expect(() => changelogSection(changelog, '0.4.0')).toThrow(/no section for 0\.4\.0.*changeset version/);
});
