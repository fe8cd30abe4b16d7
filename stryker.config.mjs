// Mutation testing of the security- and correctness-critical modules: `npm run mutation`.
// Each mutant runs only the tests that cover it (perTest coverage) out of the listed test files, so a full run
// stays bounded. Scores and the equivalent mutants are listed in docs/mutation-testing.md.
import { readFileSync } from 'node:fs';

/**
 * `file:from-to` ranges covering the named functions (or methods) of `file`, found by name so that edits elsewhere
 * in the file do not move the selection. A function ends at the first `}` with its own indentation. A name that is
 * not found stops the run, so a rename cannot silently drop code from the gate.
 */
function functionsOf(file, names) {
  const lines = readFileSync(new URL(file, import.meta.url), 'utf8').split('\n');
  return names.map((name) => {
    const head = new RegExp(`^(\\s*)(?:export )?(?:async )?(?:function )?${name}(?:<[^>]*>)?\\(`);
    const start = lines.findIndex((line) => head.test(line));
    if (start < 0) throw new Error(`stryker.config.mjs: no function ${name} in ${file}`);
    const indent = head.exec(lines[start])[1];
    const end = lines.findIndex((line, i) => i > start && line === `${indent}}`);
    if (end < 0) throw new Error(`stryker.config.mjs: cannot find the end of ${name} in ${file}`);
    return `${file}:${start + 1}-${end + 1}`;
  });
}

/**
 * The gated modules, each with the code it mutates and the test files that exercise that code; a run loads only the
 * test files of the modules it mutates. `MUTATION_MODULES=message,alert-lookup npm run mutation` runs some of them.
 */
export const modules = [
  { name: 'signature', mutate: ['src/relay/signature.ts'], tests: ['relay-signature'] },
  { name: 'replay', mutate: ['src/relay/replay.ts'], tests: ['relay-replay'] },
  { name: 'mrkdwn', mutate: ['src/slack/mrkdwn.ts'], tests: ['slack-mrkdwn'] },
  { name: 'normalize', mutate: ['src/runbooks/normalize.ts'], tests: ['matcher', 'japanese-spacing'] },
  {
    name: 'matcher',
    mutate: ['src/runbooks/matcher.ts'],
    tests: ['matcher', 'matcher-differential', 'index-open'],
  },
  { name: 'window', mutate: ['src/shift/window.ts'], tests: ['shift-window'] },
  // Exactly-once: finding a run's earlier posts, claiming a shift, settling simultaneous posts.
  { name: 'alert-lookup', mutate: ['src/alert/lookup.ts'], tests: ['alert-lookup'] },
  { name: 'shift-lookup', mutate: ['src/shift/lookup.ts'], tests: ['shift-lookup'] },
  { name: 'claim', mutate: ['src/shift/claim.ts'], tests: ['shift-claim'] },
  {
    name: 'settle',
    mutate: ['src/slack/settle.ts', ...functionsOf('src/slack/client.ts', ['findMessageByMetadata'])],
    tests: ['slack-settle', 'slack-client'],
  },
  {
    // Incident state: how events change it, how it is stored in and read back from metadata, and the status line,
    // headline, on-call field and notification text that an update rewrites.
    name: 'message',
    mutate: functionsOf('src/alert/message.ts', [
      'updatedTopMessage',
      'applyEvent',
      'compareInstants',
      'withCurrentStatus',
      'sameState',
      'initialState',
      'stateFromMetadata',
      'topMetadata',
      'replyMetadata',
      'isPostFor',
      'statusText',
      'headline',
      'titleOfHeadline',
      'withHeadline',
      'withOnCall',
      'updatedFallback',
      'peopleFromPayload',
      'whoWhen',
      'slackDate',
      'stateToPayload',
      'withoutState',
    ]),
    tests: ['alert-message'],
  },
];

const wanted = (process.env.MUTATION_MODULES ?? '').split(',').filter((name) => name !== '');
for (const name of wanted) {
  if (!modules.some((module) => module.name === name)) {
    throw new Error(
      `stryker.config.mjs: MUTATION_MODULES names ${name}; known: ${modules.map((m) => m.name).join(', ')}`,
    );
  }
}
const selected = wanted.length === 0 ? modules : modules.filter((module) => wanted.includes(module.name));
/** Runs over different modules keep their reports and sandboxes apart, so they can run side by side. */
export const runName = wanted.length === 0 ? 'all' : wanted.join('+');

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'jest',
  testRunnerNodeArgs: ['--experimental-vm-modules'],
  coverageAnalysis: 'perTest',
  jest: {
    projectType: 'custom',
    configFile: 'jest.config.js',
    enableFindRelatedTests: false,
    config: {
      testMatch: [...new Set(selected.flatMap((module) => module.tests))].map(
        (name) => `<rootDir>/__tests__/${name}.test.ts`,
      ),
      coverageThreshold: {},
      // Instrumented code on a loaded machine is slower than a plain test run; StrykerJS times mutants out itself.
      testTimeout: 120_000,
    },
  },
  mutate: selected.flatMap((module) => module.mutate),
  // Other runs' sandboxes (.stryker-tmp-<modules>) are not copied into this one.
  ignorePatterns: ['dist', 'coverage', 'sandbox-out', 'reports', 'bench-out', '.stryker-tmp-*'],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${runName}/index.html` },
  jsonReporter: { fileName: `reports/mutation/${runName}/mutation.json` },
  tempDirName: `.stryker-tmp-${runName}`,
  // MUTATION_INCREMENTAL=1: a rerun tests only the mutants whose code or covering tests changed since the last one.
  incremental: process.env.MUTATION_INCREMENTAL === '1',
  incrementalFile: `reports/mutation/${runName}/incremental.json`,
  concurrency: 2,
  timeoutMS: 5000,
  thresholds: { high: 95, low: 90, break: 90 },
};
