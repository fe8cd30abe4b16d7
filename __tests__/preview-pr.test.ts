/**
 * The runbook PR check's comparison with the default branch: test titles of changed runbooks, which runbook each
 * matches now and before, rules that steal titles from other runbooks, and the job summary with message previews.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { main } from '../src/cli/main.js';
import type { CommandContext, OptionValue } from '../src/commands/command.js';
import { validateCommand } from '../src/commands/validate.js';
import { FakeClock } from '../src/fakes/clock.js';
import { FakeGitHub } from '../src/fakes/github.js';
import { MemoryLogger, Redactor } from '../src/log.js';
import { matchableRunbooks } from '../src/alert/runbooks.js';
import { buildIndex, serializeIndex, toIndexed } from '../src/runbooks/index-file.js';
import {
  MAX_PREVIEWS,
  compareWithBase,
  flaggedCount,
  formatComparisonMarkdown,
  formatComparisonText,
  md,
  type BaseRunbooks,
} from '../src/preview/pr-preview.js';
import type { Runbook } from '../src/runbooks/types.js';
import { validateRunbooks } from '../src/runbooks/validate.js';

const REPO = process.cwd();
const INJECTION = '<!channel> <@U0ADMIN> <https://evil.example|click> & <b>';

let examples: Runbook[];
let work: string;

beforeAll(async () => {
  examples = matchableRunbooks(await validateRunbooks('runbooks', { cwd: REPO }));
  work = mkdtempSync(join(tmpdir(), 'oncall-pr-preview-'));
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

function base(runbooks: readonly Runbook[], withTests = true): BaseRunbooks {
  return {
    runbooks: runbooks.map(toIndexed),
    ...(withTests ? { tests: new Map(runbooks.map((r) => [r.id, r.tests])) } : {}),
    origin: 'base-dir base',
    commit: null,
  };
}

/** The examples with one runbook replaced. */
function edit(id: string, change: (r: Runbook) => Runbook): Runbook[] {
  return examples.map((r) => (r.id === id ? change(structuredClone(r)) : r));
}

/** oom-killed now claims "too many connections", at a priority above the MySQL runbook. */
function stealing(r: Runbook): Runbook {
  return { ...r, priority: 50, match: { ...r.match, any: [...r.match.any, 'too many connections'] } };
}

describe('compareWithBase', () => {
  it('finds nothing when the pull request changes no runbook', () => {
    const c = compareWithBase(examples, base(examples));
    expect(c.changes).toEqual([]);
    expect(c.moved).toEqual([]);
    expect(flaggedCount(c)).toBe(0);
  });

  it('flags the test titles a changed rule steals from another runbook, and only those', () => {
    const head = edit('oom-killed', stealing);
    const c = compareWithBase(head, base(examples));
    expect(c.changes.map((ch) => [ch.id, ch.kind])).toEqual([['oom-killed', 'changed']]);
    // Its own titles still go to it: listed, not flagged.
    const own = c.changes[0]!.titles;
    expect(own.length).toBe(examples.find((r) => r.id === 'oom-killed')!.tests.match.length + 3);
    expect(own.filter((t) => t.kind === 'match').every((t) => t.now?.id === 'oom-killed' && !t.changed)).toBe(
      true,
    );
    // The MySQL runbook did not change, but its titles now go elsewhere.
    expect(c.moved.length).toBeGreaterThan(0);
    expect(c.moved.every((t) => t.runbookId === 'mysql-too-many-connections' && t.changed)).toBe(true);
    const stolen = c.moved.find(
      (t) => t.text === '[Triggered on {host:db-1,env:prod}] MySQL too many connections on db-1',
    )!;
    expect([stolen.kind, stolen.before?.id, stolen.now?.id]).toEqual([
      'match',
      'mysql-too-many-connections',
      'oom-killed',
    ]);
    // A no_match title that now matches something is flagged too.
    expect(
      c.moved.some((t) => t.kind === 'no_match' && t.before === undefined && t.now?.id === 'oom-killed'),
    ).toBe(true);
    // Titles of every other runbook are untouched and not reported.
    expect(c.moved.some((t) => t.runbookId !== 'mysql-too-many-connections')).toBe(false);
  });

  it('counts a change of embedded tests alone as a change when the base has tests', () => {
    const head = edit('queue-backlog', (r) => ({
      ...r,
      tests: { ...r.tests, match: [...r.tests.match, 'RabbitmqTooManyReadyMessages orders'] },
    }));
    expect(compareWithBase(head, base(examples)).changes.map((c) => c.id)).toEqual(['queue-backlog']);
    // An index carries no tests: the rule is unchanged, so nothing is listed.
    expect(compareWithBase(head, base(examples, false)).changes).toEqual([]);
  });

  it('lists added and removed runbooks with their titles', () => {
    const added: Runbook = {
      ...structuredClone(examples.find((r) => r.id === 'queue-backlog')!),
      id: 'kafka-consumer-lag',
      title: 'Kafka consumer lag',
      file: 'runbooks/kafka-consumer-lag.yml',
      match: { any: ['KafkaConsumerLag'], all: [], none: [], regex: [], services: [] },
      tests: { match: ['[FIRING:1] KafkaConsumerLag (orders warning)'], noMatch: [] },
    };
    const head = [...examples.filter((r) => r.id !== 'tls-certificate-expiry'), added];
    const c = compareWithBase(head, base(examples));
    expect(c.changes.map((ch) => [ch.id, ch.kind])).toEqual([
      ['kafka-consumer-lag', 'added'],
      ['tls-certificate-expiry', 'removed'],
    ]);
    const [kafka, tls] = c.changes;
    expect(kafka!.titles).toEqual([
      expect.objectContaining({
        kind: 'match',
        now: expect.objectContaining({ id: 'kafka-consumer-lag' }),
        changed: true,
      }),
    ]);
    expect(kafka!.titles[0]!.before).toBeUndefined();
    // The removed runbook's titles (from the base) now match nothing.
    expect(
      tls!.titles
        .filter((t) => t.kind === 'match')
        .every((t) => t.now === undefined && t.before?.id === 'tls-certificate-expiry' && t.changed),
    ).toBe(true);
    expect(compareWithBase(head, base(examples, false)).changes[1]!.titles).toEqual([]);
  });

  it('matches titles as the alert path does, with the runbook service for service-limited rules', () => {
    const head = edit('payment-errors-spike', (r) => ({ ...r, owner: '@payments' }));
    const c = compareWithBase(head, base(examples));
    const titles = c.changes[0]!.titles.filter((t) => t.kind === 'match');
    expect(titles.length).toBe(6);
    expect(
      titles.every((t) => t.now?.id === 'payment-errors-spike' && t.before?.id === 'payment-errors-spike'),
    ).toBe(true);
  });
});

describe('formatting', () => {
  it('text: one block per changed runbook, then the stolen titles, flagged', () => {
    const text = formatComparisonText(compareWithBase(edit('oom-killed', stealing), base(examples)));
    expect(text).toContain('Compared with the default branch (base-dir base):');
    expect(text).toContain(
      '~ oom-killed — Container or process was OOM-killed (changed, runbooks/oom-killed.yml)',
    );
    expect(text).toContain('Test titles of unchanged runbooks that now match differently:');
    expect(text).toMatch(
      /mysql-too-many-connections match +"\[Triggered on \{host:db-1,env:prod\}\] MySQL too many connections on db-1"\n +now: oom-killed +default branch: mysql-too-many-connections +<< CHANGED/,
    );
    expect(text.match(/<< CHANGED/g)!.length).toBe(
      flaggedCount(compareWithBase(edit('oom-killed', stealing), base(examples))),
    );
  });

  it('markdown: tables, flags and collapsible previews; outside text cannot break out', () => {
    const evil: Runbook = {
      ...structuredClone(examples[0]!),
      id: 'evil',
      title: `Evil ${INJECTION} | cell`,
      file: 'runbooks/evil.yml',
      match: { any: ['evil'], all: [], none: [], regex: [], services: [] },
      tests: { match: [`evil ${INJECTION} | x \`\`\` y`], noMatch: [] },
    };
    const c = compareWithBase([...examples, evil], base(examples));
    const previews = new Map([[evil.tests.match[0]!, 'preview ``` with a fence\n</details> <script>']]);
    const markdown = formatComparisonMarkdown(c, previews);
    expect(markdown).toContain('## Runbook changes compared with the default branch');
    expect(markdown).toContain('| Test | Alert title | Matches now | On the default branch | |');
    expect(markdown).toContain('| match | <code>evil &#60;!channel&#62;');
    expect(markdown).toContain('⚠️ changed |');
    // The title cannot open a tag, a mention, a link or a new table cell.
    const outsidePreview = markdown.replace(/````text[\s\S]*?````/g, '');
    expect(outsidePreview).not.toContain('<!channel>');
    expect(outsidePreview).not.toContain('<@U0ADMIN>');
    expect(outsidePreview).not.toContain('<b>');
    expect(outsidePreview).not.toContain('<script>');
    expect(outsidePreview).not.toMatch(/\| cell/);
    // The preview sits in a fence longer than any backtick run inside it.
    expect(markdown).toContain('<details><summary>Message preview: evil &#60;');
    expect(markdown).toContain('````text\npreview ``` with a fence\n</details> <script>\n````');
    expect(md('a|b')).toBe('a&#124;b');
  });

  it('a base index with a rule this version cannot compile is compared without that rule', () => {
    const broken = {
      ...toIndexed(examples[0]!),
      id: 'broken',
      match: { any: [], all: [], none: [], regex: ['(unclosed'], services: [] },
    };
    const c = compareWithBase(examples, {
      runbooks: [...examples.map(toIndexed), broken],
      origin: 'x',
      commit: null,
    });
    expect(c.changes.map((ch) => [ch.id, ch.kind])).toEqual([['broken', 'removed']]);
    expect(c.moved).toEqual([]);
  });

  it('markdown: says when nothing changed', () => {
    expect(formatComparisonMarkdown(compareWithBase(examples, base(examples)))).toContain(
      'No runbook differs from the default branch.',
    );
  });
});

describe('oncall validate with a base', () => {
  let head: string;
  let baseDir: string;
  beforeEach(() => {
    const root = mkdtempSync(join(work, 'pr-'));
    head = join(root, 'head');
    baseDir = join(root, 'base');
    cpSync(join(REPO, 'runbooks'), head, { recursive: true });
    cpSync(join(REPO, 'runbooks'), baseDir, { recursive: true });
    const file = join(head, 'oom-killed.yml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace(/^priority: 5$/m, 'priority: 50')
        .replace(/^ {4}- OOM kill$/m, '    - OOM kill\n    - too many connections'),
    );
  });

  async function cli(argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main({
      argv,
      env: {},
      cwd: join(head, '..'),
      stdout: (t) => void out.push(t),
      stderr: (t) => void err.push(t),
      stdin: Readable.from([]),
    });
    return { code, stdout: out.join(''), stderr: err.join('') };
  }

  it('CLI --base-dir prints the comparison; the check still passes on warnings', async () => {
    const { code, stdout, stderr } = await cli(['validate', 'head', '--base-dir', 'base']);
    expect(code).toBe(0);
    expect(stdout).toContain('Compared with the default branch (base-dir base):');
    expect(stdout).toContain('~ oom-killed');
    expect(stdout).toContain('<< CHANGED');
    expect(stderr).toMatch(
      /Compared with base-dir base: 1 changed runbook, \d+ test titles now matching a different runbook/,
    );
  });

  it('CLI without a base prints no comparison', async () => {
    const { stdout } = await cli(['validate', 'head']);
    expect(stdout).not.toContain('Compared with the default branch');
  });

  it('CLI --base-dir that does not exist: a warning, validation unaffected', async () => {
    const { code, stderr } = await cli(['validate', 'head', '--base-dir', 'nowhere']);
    expect(code).toBe(0);
    expect(stderr).toMatch(
      /warning: Cannot compare with the default branch: base-dir "nowhere" does not exist/,
    );
  });

  describe('in Actions', () => {
    let github: FakeGitHub;
    let summary: string;
    let log: MemoryLogger;
    beforeEach(async () => {
      github = new FakeGitHub();
      await github.start();
      summary = '';
      log = new MemoryLogger();
    });
    afterEach(async () => {
      await github.stop();
    });

    function ctx(): CommandContext {
      return {
        surface: 'action',
        cwd: join(head, '..'),
        env: {},
        clock: new FakeClock('2026-11-26T01:00:00Z'),
        log,
        redactor: new Redactor(),
        stdout: () => undefined,
        stdinLines: async function* () {},
        summary: { addMarkdown: (m) => void (summary += m) },
        setOutput: () => undefined,
      };
    }
    const run = (values: Record<string, OptionValue>) =>
      validateCommand.run({ values, positionals: ['head'] }, ctx());

    it('compares with the published index read through the contents API, and previews the changed titles', async () => {
      const index = buildIndex(examples, {
        repository: 'acme/ops',
        commit: 'abcdef0123456789abcdef0123456789abcdef01',
        dir: 'runbooks',
      });
      github.setFile('oncall-runbooks-index', 'index.json', serializeIndex(index));
      const result = await run({
        'github-token': github.token,
        repository: github.repository,
        'github-api-url': github.url,
      });
      expect(result.exitCode).toBe(0);
      expect(summary).toContain('## Runbook validation');
      expect(summary).toContain('## Runbook changes compared with the default branch');
      expect(summary).toContain(
        'Base: published index (oncall-runbooks-index:index.json) @ <code>abcdef0</code>',
      );
      expect(summary).toContain('### ✏️ <code>oom-killed</code>');
      expect(summary).toContain('### ⚠️ Test titles of unchanged runbooks that now match differently');
      expect(summary).toMatch(/<details><summary>Message preview: .*KubeContainerOOMKilled/);
      expect(summary).toContain('📖 *Runbook:* *Container or process was OOM-killed*');
      // The stolen titles get a preview too: the message now names the other runbook.
      const moved = summary.slice(summary.indexOf('### ⚠️ Test titles of unchanged runbooks'));
      expect(moved).toMatch(
        /<details><summary>Message preview: .*MySQL too many connections on db-1<\/summary>/,
      );
      expect(moved).toContain('*Runbook:* *Container or process was OOM-killed*');
      expect(github.callsTo(/contents\/index\.json/).length).toBe(1);
    });

    it('compares with a base-index file', async () => {
      writeFileSync(
        join(head, '..', 'base-index.json'),
        serializeIndex(buildIndex(examples, { repository: null, commit: null, dir: 'runbooks' })),
      );
      await run({ 'base-index': 'base-index.json' });
      expect(summary).toContain('Base: base-index base-index.json');
      expect(summary).toContain('⚠️ changed');
    });

    it('says how to enable the comparison when there is no base', async () => {
      await run({});
      expect(summary).toContain('Not compared: give the action a `github-token`');
    });

    it('never fails the check when the index was never published', async () => {
      const result = await run({
        'github-token': github.token,
        repository: github.repository,
        'github-api-url': github.url,
      });
      expect(result.exitCode).toBe(0);
      expect(summary).toContain('Cannot compare with the default branch: No published runbook index');
      expect(
        log.lines.some((l) => l.level === 'warning' && l.message.includes('No published runbook index')),
      ).toBe(true);
    });
  });

  it(`stops previewing after ${MAX_PREVIEWS} titles`, async () => {
    const many: Runbook[] = Array.from({ length: 30 }, (_, i) => ({
      id: `rb-${i}`,
      title: `Runbook ${i}`,
      url: `https://wiki.example/${i}`,
      priority: 0,
      match: { any: [`Keyword${i}`], all: [], none: [], regex: [], services: [] },
      tests: { match: [`Keyword${i} fired`], noMatch: [] },
      file: `runbooks/rb-${i}.yml`,
    }));
    const { previewTitles } = await import('../src/preview/pr-preview.js');
    const { loadedFromIndex } = await import('../src/alert/runbooks.js');
    const c = compareWithBase(many, base([]));
    const loaded = loadedFromIndex(
      buildIndex(many, { repository: null, commit: null, dir: 'runbooks' }),
      'runbooks/',
    );
    const previews = await previewTitles(c, loaded, {
      clock: new FakeClock('2026-11-26T01:00:00Z'),
      env: {},
    });
    expect(previews.size).toBe(MAX_PREVIEWS);
    expect(previews.get('Keyword0 fired')).toContain('*Runbook:* Runbook 0 (https://wiki.example/0)');
  });
});
