/**
 * The oldest Node.js the CLI runs on. Node.js 20 reached end of life in April 2026; 22 and 24 are the maintained
 * lines, and 24 is what the action itself runs on (`runs.using: node24`).
 *
 * This module imports nothing, so `src/cli.ts` can check the runtime before any dependency is loaded: on an old Node
 * a dependency may fail to load with an error that says nothing about the version.
 */
export const MINIMUM_NODE_MAJOR = 22;

/**
 * Explains why `version` (as in `process.versions.node`, e.g. "20.20.2") cannot run the CLI, or returns undefined
 * when it can. `executable` names the binary that was started, so a user with several Node.js installs sees which
 * one their shell picked.
 */
export function unsupportedNodeMessage(version: string, executable: string): string | undefined {
  const major = Number.parseInt(version, 10);
  if (Number.isInteger(major) && major >= MINIMUM_NODE_MAJOR) return undefined;
  return (
    `oncall needs Node.js ${MINIMUM_NODE_MAJOR} or newer, but it was started with Node.js ${version} ` +
    `(${executable}).\n` +
    `Install Node.js ${MINIMUM_NODE_MAJOR} or 24 (see https://nodejs.org/en/about/previous-releases), ` +
    `or put it first on PATH, and run the command again.\n`
  );
}
