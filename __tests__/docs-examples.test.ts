/**
 * Every ```console block in README.md and docs/*.md is an example that runs: each `$ oncall …` (or
 * `$ node dist/cli.js …`) line is run through the CLI's entry point, in a scratch directory holding a copy of the
 * shipped runbooks/ and of docs/examples/, and what it prints (standard output, then the log on standard error, as a terminal shows
 * them when nothing else is running) must equal the lines under it up to the next `$ ` line. Commands of one
 * file run in order in the same directory, so an example may use a file an earlier one wrote (an index).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { main } from '../src/cli/main.js';
import { FakeClock } from '../src/fakes/clock.js';

/** The time the examples are shown at: messages show the time (UTC) they are posted. */
const SHOWN_AT = '2026-11-26T09:05:00Z';

interface Example {
  file: string;
  line: number;
  argv: string[];
  expected: string;
}

const DOCS = ['README.md', ...readdirSync('docs').map((name) => path.join('docs', name))].filter((f) =>
  f.endsWith('.md'),
);

/** Splits a command line as a POSIX shell would for the quoting the docs use ('…', "…", \ before a character). */
function shellWords(line: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) throw new Error(`unclosed ' in ${line}`);
      word = (word ?? '') + line.slice(i + 1, end);
      i = end;
    } else if (c === '"') {
      let text = '';
      for (i++; i < line.length && line[i] !== '"'; i++) {
        if (line[i] === '\\' && /["\\$`]/.test(line[i + 1] ?? '')) i++;
        text += line[i];
      }
      if (i >= line.length) throw new Error(`unclosed " in ${line}`);
      word = (word ?? '') + text;
    } else if (c === '\\') {
      word = (word ?? '') + (line[++i] ?? '');
    } else if (/\s/.test(c)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else {
      word = (word ?? '') + c;
    }
  }
  if (word !== undefined) words.push(word);
  return words;
}

function examplesIn(file: string): Example[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const examples: Example[] = [];
  let inConsole = false;
  let current: (Example & { out: string[] }) | undefined;
  const finish = () => {
    if (current) examples.push({ ...current, expected: current.out.join('\n') });
    current = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!;
    if (/^```/.test(text)) {
      if (inConsole) finish();
      inConsole = !inConsole && text.trim() === '```console';
      continue;
    }
    if (!inConsole) continue;
    if (text.startsWith('$ ')) {
      finish();
      let command = text.slice(2);
      while (command.endsWith('\\') && i + 1 < lines.length)
        command = `${command.slice(0, -1)} ${lines[++i]!.trim()}`;
      const words = shellWords(command);
      const program = words[0] === 'node' && words[1] === 'dist/cli.js' ? 2 : words[0] === 'oncall' ? 1 : -1;
      if (program < 0)
        throw new Error(`${file}:${i + 1}: a tested example runs "oncall …" or "node dist/cli.js …"`);
      current = { file, line: i + 1, argv: words.slice(program), expected: '', out: [] };
    } else if (current) {
      current.out.push(text);
    } else {
      throw new Error(`${file}:${i + 1}: output before the first "$ " command`);
    }
  }
  return examples;
}

const byFile = DOCS.map((file) => ({ file, examples: examplesIn(file) })).filter(
  (f) => f.examples.length > 0,
);

describe('examples in the documentation', () => {
  it('has tested examples in docs/cli-match-build.md', () => {
    expect(byFile.map((f) => f.file)).toContain(path.join('docs', 'cli-match-build.md'));
  });

  for (const { file, examples } of byFile) {
    describe(file, () => {
      let dir: string;
      beforeAll(() => {
        dir = mkdtempSync(path.join(tmpdir(), 'oncall-docs-'));
        cpSync('runbooks', path.join(dir, 'runbooks'), { recursive: true });
        cpSync(path.join('docs', 'examples'), path.join(dir, 'docs', 'examples'), { recursive: true });
      });
      afterAll(() => rmSync(dir, { recursive: true, force: true }));

      for (const example of examples) {
        it(`line ${example.line}: ${example.argv.join(' ')}`, async () => {
          const out: string[] = [];
          const err: string[] = [];
          await main({
            argv: example.argv,
            env: {},
            cwd: dir,
            clock: new FakeClock(SHOWN_AT),
            stdout: (t) => void out.push(t),
            stderr: (t) => void err.push(t),
            stdin: Readable.from([]),
          });
          expect((out.join('') + err.join('')).trimEnd()).toBe(example.expected.trimEnd());
        });
      }
    });
  }
});
