/**
 * Output read by a GitHub Actions runner: nothing taken from the repository may start a workflow command. The real
 * action (with the real @actions/core writing to stdout) and the real CLI validate a runbooks directory whose file
 * names, YAML keys and Markdown links carry command text; every line printed is parsed the way the runner parses it.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import * as actionsCore from '@actions/core';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { main as cliMain } from '../src/cli/main.js';
import { Redactor, streamLogger } from '../src/log.js';
import { run } from '../src/main.js';

/** The commands a line starts, as the runner reads it: `::name props::data` after leading white space, or `##[`. */
function commandIn(line: string): { name: string; properties: string } | undefined {
  const trimmed = line.replace(/^[\s\u0085]+/, '');
  if (trimmed.startsWith('::')) {
    const end = trimmed.indexOf('::', 2);
    if (end < 0) return undefined;
    const info = trimmed.slice(2, end);
    const space = info.indexOf(' ');
    return {
      name: space < 0 ? info : info.slice(0, space),
      properties: space < 0 ? '' : info.slice(space + 1),
    };
  }
  const old = line.indexOf('##[');
  if (old >= 0) return { name: line.slice(old + 3).split(/[\] ]/)[0] ?? '', properties: '' };
  return undefined;
}

function lines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

const RUNBOOK = (id: string, extra = '') =>
  `id: ${id}\ntitle: A title\nurl: https://wiki.example.com/x\n${extra}match:\n  any: [SomeVerySpecificAlertName]\n` +
  `tests:\n  match: ['SomeVerySpecificAlertName fired']\n  no_match: ['other']\n`;

let work: string;

beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'oncall-commands-'));
  const dir = path.join(work, 'runbooks');
  await mkdir(dir);
  // A file name with a line break, one starting with `::`, one with the older `##[` form.
  await writeFile(path.join(dir, 'a\n::error file=x.yml::forged annotation\n.yml'), RUNBOOK('a'));
  await writeFile(path.join(dir, '::warning::forged warning.yml'), RUNBOOK('b'));
  await writeFile(path.join(dir, '##[error]forged old form.yml'), RUNBOOK('c'));
  // A quoted YAML key holding a line break and a command.
  await writeFile(
    path.join(dir, 'quoted-key.yml'),
    `${RUNBOOK('quoted-key')}"x\\n::add-mask::everything\\n::stop-commands::resume": 1\n`,
  );
  // A Markdown link whose target decodes (%0A) into lines of commands.
  await writeFile(path.join(dir, 'linked.yml'), RUNBOOK('linked', 'doc: linked.md\n'));
  await writeFile(
    path.join(dir, 'linked.md'),
    '# Linked\n\nSee [this](gone%0A::error::forged%20from%20a%20link%0A::stop-commands::resume.md).\n',
  );
});

afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('workflow commands in the action', () => {
  let stdout: string;
  const saved: Record<string, string | undefined> = {};

  beforeEach(async () => {
    stdout = '';
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      return true;
    });
    for (const name of ['GITHUB_STEP_SUMMARY', 'GITHUB_OUTPUT', 'INPUT_COMMAND', 'INPUT_PATH']) {
      saved[name] = process.env[name];
    }
    await writeFile(path.join(work, 'summary.md'), '');
    await writeFile(path.join(work, 'output.txt'), '');
    process.env.GITHUB_STEP_SUMMARY = path.join(work, 'summary.md');
    process.env.GITHUB_OUTPUT = path.join(work, 'output.txt');
    process.env.INPUT_COMMAND = 'validate';
    // Run from inside the directory, so that file names begin the problem lines.
    process.env.INPUT_PATH = '.';
  });

  afterEach(() => {
    jest.restoreAllMocks();
    // The real core.setFailed sets process.exitCode; the failed run under test is not the test run's failure.
    process.exitCode = undefined;
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it('prints only the annotations it means: one per problem, every property escaped, no forged command', async () => {
    await run({ core: actionsCore, env: {}, cwd: path.join(work, 'runbooks') });
    const commands = lines(stdout)
      .map((line) => ({ line, command: commandIn(line) }))
      .filter((c) => c.command !== undefined);
    expect(commands.length).toBeGreaterThan(0);
    // The program's own commands: an annotation per problem, debug lines and the final error from setFailed.
    for (const { command } of commands) expect(['error', 'warning', 'debug']).toContain(command!.name);
    for (const { line, command } of commands) {
      expect(line.startsWith(`::${command!.name}`)).toBe(true);
      // Properties are file=…,line=…,col=…,title=…: no raw `:` inside a value could end them early.
      for (const property of command!.properties.split(',').filter((p) => p !== '')) {
        expect(property).toMatch(/^(file|line|col|title)=[^:]*$/);
      }
    }
    // One annotation per problem, plus setFailed's error: the forged ones added none.
    const counted = /(\d+) errors?, (\d+) warnings?\./.exec(stdout)!;
    const annotations = commands.filter((c) => c.command!.name !== 'debug');
    expect(annotations).toHaveLength(Number(counted[1]) + Number(counted[2]) + 1);
    // Every annotation points at a file of the directory, escaped for a property.
    const files = commands.map((c) => /file=([^,]*)/.exec(c.command!.properties)?.[1]).filter(Boolean);
    expect(files).toContain('a%0A%3A%3Aerror file=x.yml%3A%3Aforged annotation%0A.yml');
    expect(files).toContain('%3A%3Awarning%3A%3Aforged warning.yml');
    // The older `##[` form is read in any line that is not already a `::` command.
    const plain = lines(stdout).filter((line) => !line.startsWith('::'));
    expect(plain.filter((line) => line.includes('##['))).toEqual([]);
    // The plain problem list is in the log too, each problem on its own line.
    expect(plain).toContainEqual(
      expect.stringMatching(/^a\\n::error file=x\.yml::forged annotation\\n\.yml:1:5: error: id "a"/),
    );
    expect(plain).toContainEqual(
      expect.stringMatching(/^%3A:warning::forged warning\.yml:1:5: error: id "b"/),
    );
    expect(plain).toContainEqual(
      expect.stringMatching(/^#%23\[error\]forged old form\.yml:1:5: error: id "c"/),
    );
    expect(await readFile(path.join(work, 'summary.md'), 'utf8')).toContain('Runbook validation');
  });
});

describe('workflow commands from the CLI', () => {
  it('prints no command at all, on stdout or stderr, in text or JSON', async () => {
    for (const format of ['text', 'json']) {
      const out: string[] = [];
      const err: string[] = [];
      const code = await cliMain({
        argv: ['validate', '.', '--format', format],
        env: {},
        cwd: path.join(work, 'runbooks'),
        stdout: (t) => void out.push(t),
        stderr: (t) => void err.push(t),
        stdin: Readable.from([]),
      });
      expect(code).toBe(1);
      const printed = [...lines(out.join('')), ...lines(err.join(''))];
      expect(printed.filter((line) => commandIn(line) !== undefined)).toEqual([]);
      if (format === 'json') {
        // Still the same data: the `##[` file name survives a JSON round trip.
        const parsed = JSON.parse(out.join('')) as { problems: { file: string }[] };
        expect(parsed.problems.map((p) => p.file)).toContain('##[error]forged old form.yml');
      } else {
        expect(out.join('')).toContain('\n%3A:warning::forged warning.yml:1:5: error:');
      }
    }
  });
});

describe('log lines with outside text', () => {
  it('keep a message to its own line: continuation lines indented, controls escaped, no command', () => {
    const written: string[] = [];
    const redactor = new Redactor();
    redactor.add('xoxb-1234-5678-secret');
    const log = streamLogger((line) => void written.push(line), redactor);
    log.info(
      'alert "Disk full\r\n::add-mask::everything\r::stop-commands::resume\u001b[2K" from xoxb-1234-5678-secret',
    );
    log.warning('##[error]old form', { file: '::error::x.yml', startLine: 2 });
    const lines = written.join('\n').split(/\r\n|\r|\n/);
    expect(lines).toEqual([
      'alert "Disk full',
      '  %3A:add-mask::everything',
      '  %3A:stop-commands::resume\\u001b[2K" from ***',
      '%3A:error::x.yml:2: warning: #%23[error]old form',
    ]);
    for (const line of lines) expect(commandIn(line)).toBeUndefined();
  });
});
