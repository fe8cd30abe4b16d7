/**
 * Which Node.js the CLI runs on. Node.js 20 reached end of life in April 2026; 22 and 24 are the supported lines, and
 * 24 is what the action itself runs on (`runs.using: node24`). Node.js 20 still starts, with a warning, so a machine
 * that only has 20 can try the sandbox and the checks; anything older is refused.
 *
 * This module imports nothing, so `src/cli.ts` can check the runtime before any dependency is loaded: on an old Node
 * a dependency may fail to load with an error that says nothing about the version.
 */
export const MINIMUM_NODE_MAJOR = 22;
/** The oldest line that still starts (with a warning): the code is built for it (esbuild target node20). */
export const OLDEST_STARTING_NODE_MAJOR = 20;

export type NodeSupport =
  | { kind: 'supported' }
  /** Runs, but out of support: the message goes to stderr first. */
  | { kind: 'unsupported'; message: string }
  /** Does not run: the message goes to stderr and the CLI exits 2. */
  | { kind: 'too-old'; message: string };

/**
 * Whether `version` (as in `process.versions.node`, e.g. "20.20.2") runs the CLI. `executable` names the binary that
 * was started, so a user with several Node.js installs sees which one their shell picked.
 */
export function nodeSupport(version: string, executable: string): NodeSupport {
  const major = /^\d+\./.test(version) ? Number.parseInt(version, 10) : Number.NaN;
  if (major >= MINIMUM_NODE_MAJOR) return { kind: 'supported' };
  const install =
    `Install Node.js ${MINIMUM_NODE_MAJOR} or 24 (see https://nodejs.org/en/about/previous-releases), ` +
    `or put it first on PATH.\n`;
  if (major >= OLDEST_STARTING_NODE_MAJOR) {
    return {
      kind: 'unsupported',
      message:
        `warning: oncall supports Node.js ${MINIMUM_NODE_MAJOR} or newer; Node.js ${version} (${executable}) is past ` +
        `its end of life and is not tested. Continuing.\n${install}`,
    };
  }
  return {
    kind: 'too-old',
    message:
      `oncall needs Node.js ${MINIMUM_NODE_MAJOR} or newer, but it was started with Node.js ${version} ` +
      `(${executable}).\n${install}`,
  };
}
