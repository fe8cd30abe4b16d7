import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuthError, ConfigError } from '../src/errors.js';
import { FakeClock } from '../src/fakes/clock.js';
import { FakeSlack } from '../src/fakes/slack.js';
import { MemoryLogger } from '../src/log.js';
import { createSlackClient } from '../src/slack/client.js';
import { UserDirectory, formatPerson } from '../src/slack/user-directory.js';
import { loadUserMapping, parseUserMapping } from '../src/slack/user-map-file.js';

describe('formatPerson', () => {
  it('mentions a looked-up user and escapes a plain name', () => {
    expect(formatPerson({ kind: 'user', userId: 'U0ALICE01', name: 'Alice' })).toBe('<@U0ALICE01>');
    expect(formatPerson({ kind: 'name', name: 'Dave <!channel> & co' })).toBe(
      'Dave &lt;!channel&gt; &amp; co',
    );
  });
});

describe('parseUserMapping', () => {
  it('reads YAML with emails and PagerDuty IDs as keys', () => {
    const mapping = parseUserMapping(
      [
        '# people whose emails differ',
        'Alice@Corp.example: alice@chat.example',
        'PXPGF42: U012AB3CD',
        '',
      ].join('\n'),
      'slack-users.yml',
    );
    expect([...mapping.entries]).toEqual([
      ['alice@corp.example', { kind: 'email', email: 'alice@chat.example' }],
      ['PXPGF42', { kind: 'user-id', userId: 'U012AB3CD' }],
    ]);
  });

  it('reads JSON', () => {
    const mapping = parseUserMapping('{ "bob@corp.example": "W012A3CDE" }', 'users.json');
    expect(mapping.entries.get('bob@corp.example')).toEqual({ kind: 'user-id', userId: 'W012A3CDE' });
  });

  it('treats an empty file as no mappings', () => {
    expect(parseUserMapping('', 'empty.yml').entries.size).toBe(0);
  });

  it.each([
    ['- a\n- b\n', 'expected a mapping'],
    ['"a": [b\n', 'not valid YAML'],
    ['alice: U012AB3CD\n', 'key "alice" should be a PagerDuty user\'s email or ID'],
    ['alice@corp.example: 42\n', 'should map to a string, found number'],
    ['alice@corp.example: "@alice"\n', 'should map to a Slack email or user ID'],
    ['Alice@corp.example: U1AAAAAA\nalice@corp.example: U2AAAAAA\n', 'appears twice'],
  ])('rejects %j with %j', (text, message) => {
    let error: unknown;
    try {
      parseUserMapping(text, 'map.yml');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain('map.yml');
    expect((error as Error).message).toContain(message);
  });

  it('rejects invalid JSON naming the file', () => {
    expect(() => parseUserMapping('{ nope', 'users.json')).toThrow(/users\.json: not valid JSON/);
  });
});

describe('loadUserMapping', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'oncall-map-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('loads a file from disk', async () => {
    const path = join(dir, 'map.yaml');
    await writeFile(path, 'PXPGF42: carol@chat.example\n');
    const mapping = await loadUserMapping(path);
    expect(mapping.file).toBe(path);
    expect(mapping.entries.get('PXPGF42')).toEqual({ kind: 'email', email: 'carol@chat.example' });
  });

  it('names a missing file', async () => {
    await expect(loadUserMapping(join(dir, 'missing.yml'))).rejects.toThrow(/missing\.yml cannot be read/);
  });
});

describe('UserDirectory against the fake Slack', () => {
  let slack: FakeSlack;
  let log: MemoryLogger;

  beforeEach(async () => {
    log = new MemoryLogger();
    slack = new FakeSlack({
      users: [
        { id: 'U0ALICE01', name: 'alice', email: 'alice@example.com' },
        { id: 'U0CAROL01', name: 'carol', email: 'carol@chat.example' },
      ],
    });
    await slack.start();
  });
  afterEach(async () => {
    await slack.stop();
  });

  const directory = (mappingText?: string, token?: string) =>
    new UserDirectory({
      slack: createSlackClient({
        token: token ?? slack.token,
        apiUrl: slack.url,
        clock: new FakeClock('2026-03-02T01:00:00Z'),
        log,
      }),
      log,
      ...(mappingText ? { mapping: parseUserMapping(mappingText, 'slack-users.yml') } : {}),
    });

  it('finds people by their PagerDuty email, one lookup per email per run', async () => {
    const users = directory();
    const alice = { id: 'PALICE1', name: 'Alice', email: 'alice@example.com' };
    const people = await users.resolveAll([
      alice,
      alice,
      { ...alice, id: 'PALICE2', email: 'ALICE@example.com' },
    ]);
    expect(people).toEqual([
      { kind: 'user', userId: 'U0ALICE01', name: 'Alice' },
      { kind: 'user', userId: 'U0ALICE01', name: 'Alice' },
      { kind: 'user', userId: 'U0ALICE01', name: 'Alice' },
    ]);
    expect(slack.callsTo('users.lookupByEmail')).toHaveLength(1);
    expect(log.lines.filter((l) => l.level === 'warning')).toEqual([]);
  });

  it('S12: shows an unmapped person by name with one warning, and does not abort', async () => {
    const users = directory();
    const dave = { id: 'PDAVE01', name: 'Dave <!channel>', email: 'dave@corp.example' };
    expect(await users.resolve(dave)).toEqual({ kind: 'name', name: 'Dave <!channel>' });
    expect(await users.resolve(dave)).toEqual({ kind: 'name', name: 'Dave <!channel>' });
    const warnings = log.lines.filter((l) => l.level === 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toContain('dave@corp.example');
    expect(warnings[0]!.message).toContain('mapping file');
    expect(warnings[0]!.annotation?.title).toBe('On-call person not found in Slack');
    expect(slack.callsTo('users.lookupByEmail')).toHaveLength(1);
  });

  it('uses the mapping file: a U-id as is, an email looked up', async () => {
    const users = directory('PBOB001: U0BOB0001\ncarol@corp.example: carol@chat.example\n');
    expect(await users.resolve({ id: 'PBOB001', name: 'Bob', email: 'bob@corp.example' })).toEqual({
      kind: 'user',
      userId: 'U0BOB0001',
      name: 'Bob',
    });
    expect(await users.resolve({ id: 'PCAROL1', name: 'Carol', email: 'Carol@corp.example' })).toEqual({
      kind: 'user',
      userId: 'U0CAROL01',
      name: 'Carol',
    });
    expect(slack.callsTo('users.lookupByEmail').map((c) => c.params.email)).toEqual(['carol@chat.example']);
  });

  it('warns naming the mapping file when a mapped email has no Slack account', async () => {
    const users = directory('erin@corp.example: erin@typo.example\n');
    expect(await users.resolve({ id: 'PERIN01', name: 'Erin', email: 'erin@corp.example' })).toEqual({
      kind: 'name',
      name: 'Erin',
    });
    expect(log.text()).toContain('slack-users.yml maps Erin (PERIN01) to erin@typo.example');
  });

  it('shows a person without an email by name', async () => {
    expect(await directory().resolve({ id: 'PNOMAIL', name: 'Frank' })).toEqual({
      kind: 'name',
      name: 'Frank',
    });
    expect(log.text()).toContain('PagerDuty has no email for Frank');
  });

  it('falls back to names with one warning when the users:read.email scope is missing', async () => {
    slack.setScopes(['chat:write']);
    const users = directory();
    const people = await users.resolveAll([
      { id: 'P1', name: 'Alice', email: 'alice@example.com' },
      { id: 'P2', name: 'Carol', email: 'carol@chat.example' },
    ]);
    expect(people.map((p) => p.kind)).toEqual(['name', 'name']);
    const warnings = log.lines.filter((l) => l.level === 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toContain('users:read.email');
  });

  it('asks again after a lookup fails through the client retries, and then finds the person', async () => {
    slack.inject('users.lookupByEmail', { kind: 'status', status: 503, body: 'unavailable' }, 4);
    const person = await directory().resolve({ id: 'P1', name: 'Alice', email: 'alice@example.com' });
    expect(person).toEqual({ kind: 'user', userId: 'U0ALICE01', name: 'Alice' });
    expect(slack.callsTo('users.lookupByEmail')).toHaveLength(5);
  });

  it('marks a person whose lookup keeps failing as such, unlike a person Slack does not know', async () => {
    slack.inject('users.lookupByEmail', { kind: 'status', status: 503, body: 'unavailable' }, 100);
    const person = await directory().resolve({ id: 'P1', name: 'Alice', email: 'alice@example.com' });
    expect(person).toEqual({ kind: 'name', name: 'Alice', lookupFailed: true });
    expect(slack.callsTo('users.lookupByEmail')).toHaveLength(8);
    const warnings = log.lines.filter((l) => l.level === 'warning' && l.annotation);
    expect(warnings.map((w) => w.message)).toEqual([
      expect.stringContaining('Could not look up Alice (P1) in Slack after 2 tries'),
    ]);
  });

  it('stops on a refused token: posting would fail anyway', async () => {
    const users = directory(undefined, 'xoxb-not-the-token');
    await expect(
      users.resolve({ id: 'P1', name: 'Alice', email: 'alice@example.com' }),
    ).rejects.toBeInstanceOf(AuthError);
  });
});
