/** Types for scripts/changelog-section.mjs (release notes from CHANGELOG.md), so TypeScript tests can import it. */

/** The body of `version`'s section in CHANGELOG.md, trimmed; throws when the section is missing or empty. */
export declare function changelogSection(changelog: string, version: string): string;
