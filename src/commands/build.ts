/**
 * `oncall build [dir] --out <file>`: validates the runbooks and compiles them into the published index. Refuses to
 * build when validation finds any error, so a broken rule set can never reach the alert path.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../log.js';
import { buildIndex, resolveSource, serializeIndex } from '../runbooks/index-file.js';
import type { Runbook } from '../runbooks/types.js';
import { optionalString } from './args.js';
import type { CommandContext, CommandResult, CommandSpec } from './command.js';

/** One problem found by `validateRunbooks` (src/runbooks/validate.ts); structural, so this file does not depend on it. */
export interface BuildProblem {
  file: string;
  line: number;
  column: number;
  severity: 'error' | 'warning';
  message: string;
}

/** What building needs from the outside world; tests pass their own. */
export interface BuildDeps {
  validate(dir: string, options: { cwd: string }): Promise<{ runbooks: Runbook[]; problems: BuildProblem[] }>;
  resolveSource: typeof resolveSource;
  writeFile(file: string, data: string): Promise<void>;
}

/** Prints problems as `file:line:column: severity: message` (annotations on the PR diff in Actions). Returns the error count. */
export function reportProblems(problems: readonly BuildProblem[], log: Logger): number {
  let errors = 0;
  for (const p of problems) {
    const annotation = { file: p.file, startLine: p.line, startColumn: p.column };
    if (p.severity === 'error') {
      errors++;
      log.error(p.message, annotation);
    } else {
      log.warning(p.message, annotation);
    }
  }
  return errors;
}

/** Writes through a temporary file and a rename, so a reader never sees half an index. */
export async function writeFileAtomic(file: string, data: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(temp, data, 'utf8');
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

const defaultDeps: BuildDeps = {
  validate: async (dir, options) => (await import('../runbooks/validate.js')).validateRunbooks(dir, options),
  resolveSource,
  writeFile: writeFileAtomic,
};

/** Validates `dir`, then writes the index to `out` (or prints it when `out` is absent). Exit 1 on any error. */
export async function runBuild(
  options: { dir: string; out?: string },
  ctx: Pick<CommandContext, 'cwd' | 'env' | 'log' | 'stdout'>,
  deps: BuildDeps = defaultDeps,
): Promise<CommandResult> {
  const { runbooks, problems } = await deps.validate(options.dir, { cwd: ctx.cwd });
  const errors = reportProblems(problems, ctx.log);
  if (errors > 0) {
    ctx.log.error(
      `${errors} error(s) in ${options.dir}: no index was built. Fix them (run "oncall validate ${options.dir}") and build again.`,
    );
    return { exitCode: 1 };
  }
  const source = await deps.resolveSource({ dir: options.dir, cwd: ctx.cwd, env: ctx.env });
  const json = serializeIndex(buildIndex(runbooks, source));
  if (options.out === undefined) {
    ctx.stdout(json);
  } else {
    await deps.writeFile(path.resolve(ctx.cwd, options.out), json);
    ctx.log.info(
      `Wrote ${options.out}: ${runbooks.length} runbook(s) from ${source.dir}` +
        (source.commit ? ` at ${source.commit.slice(0, 12)}` : ' (no commit known)'),
    );
  }
  return { exitCode: 0 };
}

export const buildCommand: CommandSpec = {
  name: 'build',
  summary: 'Validate runbooks and compile them into the published index (JSON)',
  usage: 'oncall build [dir] [--out <file>]',
  description: [
    'Runs the same checks as "oncall validate" first and refuses to build when any error is found (nothing is',
    'written). The index is byte-identical for the same runbooks and commit: no timestamps, sorted by id.',
    'The commit comes from GITHUB_SHA or "git rev-parse HEAD", the repository from GITHUB_REPOSITORY.',
  ].join('\n'),
  positionals: [{ name: 'dir', description: 'Directory holding the runbook files', default: 'runbooks' }],
  options: [
    {
      name: 'out',
      type: 'string',
      description: 'Where to write the index; printed to standard output when absent',
    },
  ],
  run: (args, ctx) => {
    const out = optionalString(args, 'out');
    return runBuild({ dir: args.positionals[0] ?? 'runbooks', ...(out !== undefined ? { out } : {}) }, ctx);
  },
};
