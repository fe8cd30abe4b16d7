/**
 * The action: reads the `command` input, maps the command's options from action inputs, runs it.
 * The one top-level try/catch that turns any failure into `setFailed` lives here.
 */
import * as actionsCore from '@actions/core';
import { systemClock, type Clock } from './clock.js';
import type { CommandContext, CommandSpec, ParsedArgs } from './commands/command.js';
import { ACTION_COMMANDS, findCommand, isActionCommand } from './commands/registry.js';
import { describeError } from './errors.js';
import {
  type Annotation,
  type Logger,
  neutralizeCommands,
  Redactor,
  safeLogText,
  secretForms,
} from './log.js';
import { ConfigProblems, parseBoolean, splitList } from './commands/args.js';
import { didYouMean } from './util/did-you-mean.js';
import { escapeMarkdown } from './util/markdown-text.js';

/** The part of `@actions/core` the action uses; tests pass a fake. */
export interface ActionCore {
  getInput(name: string): string;
  setSecret(secret: string): void;
  setOutput(name: string, value: string): void;
  setFailed(message: string): void;
  debug(message: string): void;
  info(message: string): void;
  warning(message: string, properties?: Annotation): void;
  error(message: string, properties?: Annotation): void;
  summary: { addRaw(text: string, addEOL?: boolean): unknown; write(): Promise<unknown> };
}

export interface ActionDeps {
  core: ActionCore;
  env: Record<string, string | undefined>;
  cwd: string;
  clock?: Clock;
}

/** Runs the action. `@github/local-action` calls it without arguments; tests pass fakes. */
export async function run(
  deps: ActionDeps = { core: actionsCore, env: process.env, cwd: process.cwd() },
): Promise<void> {
  const { core } = deps;
  const redactor = new Redactor();
  // `core.debug/warning/error` write `::command::` lines and escape the message and the properties themselves;
  // `core.info` writes the text as is, so log messages go through safeLogText and program output (one line per
  // problem already) has every line neutralised.
  const log: Logger = {
    debug: (m) => core.debug(redactor.redact(m)),
    info: (m) => core.info(safeLogText(m, redactor)),
    warning: (m, a) => core.warning(redactor.redact(m), redactAnnotation(a, redactor)),
    error: (m, a) => core.error(redactor.redact(m), redactAnnotation(a, redactor)),
  };
  let summaryUsed = false;
  try {
    const name = core.getInput('command').trim();
    const entry = isActionCommand(name) ? findCommand(name) : undefined;
    // Every invalid input is reported in one run: input problems found here are thrown together with the
    // command's own (CommandSpec.check), and a mistyped command still has its other inputs checked as the command
    // it most likely meant.
    const problems = new ConfigProblems();
    if (!entry) {
      const hint = findCommand(name) ? undefined : didYouMean(name, ACTION_COMMANDS);
      problems.add(
        `Invalid input "command": expected one of ${ACTION_COMMANDS.join(', ')}, found ${JSON.stringify(name)}.` +
          (hint ? ` Did you mean "${hint}"?` : '') +
          (findCommand(name)
            ? ` "${name}" is a CLI command: run it with the CLI, "node dist/cli.js ${name}" in a clone of oncall-runbooks.`
            : ''),
      );
      const meant = hint === undefined ? undefined : findCommand(hint);
      if (meant) checkInputs(await meant.load(), deps, redactor, problems);
      problems.check();
    }
    const spec = await entry!.load();
    const args = readInputsInto(spec, deps, redactor, problems);
    if (!problems.empty) checkInputs(spec, deps, redactor, problems, args);
    problems.check();
    const ctx: CommandContext = {
      surface: 'action',
      cwd: deps.cwd,
      env: deps.env,
      clock: deps.clock ?? systemClock,
      log,
      redactor,
      stdout: (text) => core.info(neutralizeCommands(redactor.redact(text.replace(/\n$/, '')))),
      stdinLines: async function* () {},
      summary: {
        addMarkdown: (markdown) => {
          summaryUsed = true;
          core.summary.addRaw(redactor.redactEncoded(markdown, escapeMarkdown), true);
        },
      },
      setOutput: (outputName, value) => core.setOutput(outputName, value),
    };
    const result = await spec.run(args, ctx);
    if (result.exitCode !== 0) core.setFailed(`oncall ${spec.name} failed: see the errors above.`);
  } catch (error) {
    core.setFailed(redactor.redact(describeError(error)));
  } finally {
    if (summaryUsed) await core.summary.write().catch(() => undefined);
  }
}

function redactAnnotation(annotation: Annotation | undefined, redactor: Redactor): Annotation | undefined {
  if (!annotation) return undefined;
  return {
    ...annotation,
    ...(annotation.file !== undefined ? { file: redactor.redact(annotation.file) } : {}),
    ...(annotation.title !== undefined ? { title: redactor.redact(annotation.title) } : {}),
  };
}

/** Inputs → the same values the CLI would parse from flags. Secrets are masked the moment they are read. */
export function readInputs(spec: CommandSpec, deps: ActionDeps, redactor: Redactor): ParsedArgs {
  const problems = new ConfigProblems();
  const args = readInputsInto(spec, deps, redactor, problems);
  problems.check();
  return args;
}

/** Adds every problem in the inputs of `spec`, the command's own checks included, to `problems`. */
function checkInputs(
  spec: CommandSpec,
  deps: ActionDeps,
  redactor: Redactor,
  problems: ConfigProblems,
  args: ParsedArgs = readInputsInto(spec, deps, redactor, problems),
): void {
  problems.read(() => spec.check?.(args, { surface: 'action' }), undefined);
}

function readInputsInto(
  spec: CommandSpec,
  deps: ActionDeps,
  redactor: Redactor,
  problems: ConfigProblems,
): ParsedArgs {
  const values: ParsedArgs['values'] = {};
  for (const option of spec.options) {
    if (option.cliOnly) continue;
    let raw = deps.core.getInput(option.name);
    const fromInput = raw !== '';
    if (raw === '' && option.env) raw = deps.env[option.env] ?? '';
    if (option.secret && raw !== '') {
      // The value is used trimmed, so that is the form a server echoes back: mask every form at once.
      for (const form of secretForms(raw)) deps.core.setSecret(form);
      redactor.add(raw);
    }
    if (raw.trim() === '') continue;
    values[option.name] =
      option.type === 'boolean'
        ? problems.read(
            () => parseBoolean(raw, fromInput ? { name: `input "${option.name}"` } : option),
            false,
          )
        : option.type === 'list'
          ? splitList([raw])
          : raw.trim();
  }
  const path = deps.core.getInput('path').trim();
  return { values, positionals: path ? [path] : [] };
}
