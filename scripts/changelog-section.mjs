// Prints the release notes of one version: the body of its section in CHANGELOG.md (Keep a Changelog format,
// "## [1.2.3] - 2026-12-01"). The release workflow uses it for the GitHub release text and fails the release when
// the section is missing or empty, so a tag cannot ship without notes.
//
// Usage: node scripts/changelog-section.mjs <version or tag, e.g. 1.2.3 or v1.2.3> [CHANGELOG.md]
import { readFileSync } from 'node:fs';
import process from 'node:process';
import { pathToFileURL } from 'node:url';

const SEMVER = /^\d+\.\d+\.\d+$/;

/**
 * Returns the Markdown between the heading of `version` and the next `## ` heading (or the link definitions at the
 * end of the file), trimmed. Throws an Error that says what to add when the version has no section or an empty one.
 * @param {string} changelog the text of CHANGELOG.md
 * @param {string} version "1.2.3" or "v1.2.3"
 * @returns {string}
 */
export function changelogSection(changelog, version) {
  const wanted = version.replace(/^v/, '');
  if (!SEMVER.test(wanted)) {
    throw new Error(`"${version}" is not a release version; expected X.Y.Z or vX.Y.Z, e.g. v1.2.3.`);
  }
  const lines = changelog.split(/\r?\n/);
  const heading = /^##\s+\[?v?(\d+\.\d+\.\d+)\]?(?:\s|$)/;
  const start = lines.findIndex((line) => heading.exec(line)?.[1] === wanted);
  if (start === -1) {
    throw new Error(
      `CHANGELOG.md has no section for ${wanted}; add "## [${wanted}] - YYYY-MM-DD" with the changes ` +
        '(move them from "## [Unreleased]") and tag again.',
    );
  }
  const body = [];
  for (const line of lines.slice(start + 1)) {
    // The next version's heading, or the reference links Keep a Changelog puts at the end ("[1.2.3]: https://…").
    if (/^##\s/.test(line) || /^\[[^\]]+\]:\s/.test(line)) break;
    body.push(line);
  }
  const notes = body.join('\n').trim();
  if (notes === '') {
    throw new Error(
      `CHANGELOG.md's section for ${wanted} is empty; list the changes of this release under it.`,
    );
  }
  return notes;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [version, file = 'CHANGELOG.md'] = process.argv.slice(2);
  if (!version) {
    console.error('usage: node scripts/changelog-section.mjs <version or tag> [CHANGELOG.md]');
    process.exit(2);
  }
  try {
    process.stdout.write(`${changelogSection(readFileSync(file, 'utf8'), version)}\n`);
  } catch (error) {
    console.error(`changelog-section: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
