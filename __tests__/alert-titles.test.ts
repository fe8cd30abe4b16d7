import { describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { matcherText, normaliseTitle } from '../src/runbooks/titles.js';

interface TitleCase {
  title: string;
  expect: Record<string, unknown>;
}

const dir = join(process.cwd(), '__tests__', 'fixtures', 'titles');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('normaliseTitle golden titles', () => {
  it('has a fixture file per monitoring tool', () => {
    expect(files.sort()).toEqual([
      'alertmanager.json',
      'cloudwatch.json',
      'datadog.json',
      'grafana-legacy.json',
      'grafana.json',
      'newrelic.json',
      'sentry.json',
      'zabbix.json',
    ]);
  });

  for (const file of files) {
    const { cases } = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { cases: TitleCase[] };
    describe(file, () => {
      it.each(cases.map((c) => [c.title, c] as const))('reads %j', (_title, c) => {
        const got = normaliseTitle(c.title);
        expect(got).toMatchObject(c.expect);
        expect(got.original).toBe(c.title.trim());
      });
    });
  }
});

describe('normaliseTitle', () => {
  it('gives every tool the same cleaned alert name so one rule matches them all', () => {
    const names = [
      '[FIRING:1] HighCpu (10.0.0.1 critical)',
      '[Triggered on {host:web-1}] HighCpu',
      'ALARM: "HighCpu" in US East (N. Virginia)',
      'Critical: HighCpu',
    ].map((t) => normaliseTitle(t).alertName);
    expect(new Set(names)).toEqual(new Set(['HighCpu']));
  });

  it('leaves an unknown title as it is, whitespace collapsed', () => {
    expect(normaliseTitle('  Disk   full on db-1 ')).toEqual({
      original: 'Disk   full on db-1',
      title: 'Disk full on db-1',
      tool: 'unknown',
      alertName: 'Disk full on db-1',
      labels: [],
    });
  });

  it('keeps markup in the title as text (escaping is the message’s job)', () => {
    const raw = '<!channel> <@U0ADMIN> <https://evil.example|click> & <b>';
    expect(normaliseTitle(raw).title).toBe(raw);
  });

  it('caps very long titles before matching patterns against them', () => {
    const got = normaliseTitle(`[FIRING:1] Big (${'x'.repeat(100_000)})`);
    expect(got.original.length).toBe(4096);
    expect(got.alertName).toBe('Big');
  });

  it('removes Datadog template placeholders left in monitor names', () => {
    expect(normaliseTitle('[Triggered] Outage detected at {{company.name}}').title).toBe(
      'Outage detected at',
    );
  });
});

describe('matcherText', () => {
  it('joins the cleaned title, the original and the alert details, one per line', () => {
    const title = normaliseTitle('[FIRING:1] payments (KubePodCrashLooping api warning)');
    expect(matcherText(title, ['Pod payments/api is crash looping', ' '])).toBe(
      [
        'KubePodCrashLooping (payments api warning)',
        '[FIRING:1] payments (KubePodCrashLooping api warning)',
        'Pod payments/api is crash looping',
      ].join('\n'),
    );
  });

  it('adds the alert name when the cleaned title does not contain it', () => {
    const title = normaliseTitle('ReferenceError: heck is not defined');
    expect(matcherText(title)).toBe('ReferenceError: heck is not defined');
    const custom = { ...title, title: 'heck', alertName: 'ReferenceError' };
    expect(matcherText(custom).split('\n')).toContain('ReferenceError');
  });
});
