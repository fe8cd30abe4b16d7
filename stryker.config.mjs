// Mutation testing of the security- and correctness-critical modules: `npm run mutation`.
// Each mutant runs only the tests that cover it (perTest coverage) out of the listed test files, so a full run
// stays bounded. Scores and the equivalent mutants are listed in docs/mutation-testing.md.
import { readFileSync } from 'node:fs';

/** The test files that exercise the mutated modules; nothing else is loaded. */
const testFiles = [
  'relay-signature',
  'relay-replay',
  'slack-mrkdwn',
  'matcher',
  'matcher-differential',
  'japanese-spacing',
  'shift-window',
  'alert-message',
  'alert-lookup',
  'shift-lookup',
  'shift-claim',
  // compareTs, earlierDuplicate and findMessageByMetadata: settling simultaneous posts.
  'shift-run',
  'alert-run',
  'slack-client',
  'slack-settle',
];

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
      testMatch: testFiles.map((name) => `<rootDir>/__tests__/${name}.test.ts`),
      coverageThreshold: {},
    },
  },
  mutate: [
    'src/relay/signature.ts',
    'src/relay/replay.ts',
    'src/slack/mrkdwn.ts',
    'src/runbooks/normalize.ts',
    'src/runbooks/matcher.ts',
    'src/shift/window.ts',
    // Exactly-once: finding a run's earlier posts, claiming a shift, settling simultaneous posts.
    'src/alert/lookup.ts',
    'src/shift/lookup.ts',
    'src/shift/claim.ts',
    'src/slack/settle.ts',
    ...functionsOf('src/slack/client.ts', ['findMessageByMetadata']),
    // Incident state: how events change it, how it is stored in and read back from metadata, and the status line,
    // headline, on-call field and notification text that an update rewrites.
    ...functionsOf('src/alert/message.ts', [
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
  ],
  ignorePatterns: ['dist', 'coverage', 'sandbox-out', 'reports', 'bench-out'],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  concurrency: 2,
  timeoutMS: 5000,
  thresholds: { high: 95, low: 90, break: 90 },
};
