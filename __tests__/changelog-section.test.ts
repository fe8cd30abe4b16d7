import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { changelogSection } from '../scripts/changelog-section.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const CHANGELOG = `# Changelog

All notable changes to this project are documented in this file.

## [Unreleased]

### Added

- Something not released yet.

## [1.10.0] - 2026-12-01

### Added

- Ten.

## [1.2.0] - 2026-11-30

### Fixed

- Two, with a [link](docs/alert.md).

## [1.1.0] - 2026-11-29

## [1.0.0] - 2026-11-28

- First.

[Unreleased]: https://example.com/compare/v1.10.0...HEAD
[1.10.0]: https://example.com/compare/v1.2.0...v1.10.0
`;

describe('changelogSection', () => {
  it('returns the body of the version, up to the next version', () => {
    expect(changelogSection(CHANGELOG, '1.2.0')).toBe('### Fixed\n\n- Two, with a [link](docs/alert.md).');
  });

  it('takes the tag name as well as the bare version, and does not confuse 1.10.0 with 1.1.0', () => {
    expect(changelogSection(CHANGELOG, 'v1.10.0')).toBe('### Added\n\n- Ten.');
  });

  it('stops at the reference links at the end of the file', () => {
    expect(changelogSection(CHANGELOG, '1.0.0')).toBe('- First.');
  });

  it('refuses a version without a section, saying what heading to add', () => {
    expect(() => changelogSection(CHANGELOG, 'v2.0.0')).toThrow(
      'CHANGELOG.md has no section for 2.0.0; add "## [2.0.0] - YYYY-MM-DD"',
    );
  });

  it('refuses an empty section', () => {
    expect(() => changelogSection(CHANGELOG, '1.1.0')).toThrow("CHANGELOG.md's section for 1.1.0 is empty");
  });

  it('refuses what is not a release version', () => {
    expect(() => changelogSection(CHANGELOG, 'Unreleased')).toThrow('"Unreleased" is not a release version');
    expect(() => changelogSection(CHANGELOG, 'v1.2.0-rc.1')).toThrow('is not a release version');
  });

  it('prints the notes from the command line and exits 1 with the reason when there are none', () => {
    const script = join(ROOT, 'scripts/changelog-section.mjs');
    const file = join(ROOT, '__tests__/fixtures/changelog/CHANGELOG.md');
    const found = spawnSync(process.execPath, [script, 'v1.0.0', file], { encoding: 'utf8' });
    expect(found.stdout).toBe('### Added\n\n- The first release.\n');
    expect(found.status).toBe(0);
    const missing = spawnSync(process.execPath, [script, 'v9.9.9', file], { encoding: 'utf8' });
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toContain('changelog-section: CHANGELOG.md has no section for 9.9.9');
    expect(missing.status).toBe(1);
  });
});

describe("the project's CHANGELOG.md", () => {
  const changelog = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');

  it('has an Unreleased section first, then released versions with dates and notes', () => {
    const headings = [...changelog.matchAll(/^## (.*)$/gm)].map((m) => m[1] ?? '');
    expect(headings[0]).toBe('[Unreleased]');
    for (const heading of headings.slice(1)) {
      const match = /^\[(\d+\.\d+\.\d+)\] - \d{4}-\d{2}-\d{2}$/.exec(heading);
      expect(match).not.toBeNull();
      expect(changelogSection(changelog, match?.[1] ?? '').length).toBeGreaterThan(0);
    }
  });
});
