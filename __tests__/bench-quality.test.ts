import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unrelatedMatches } from '../bench/quality.js';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'oncall-quality-'));
  const runbook = (id: string, any: string[]) =>
    writeFile(
      path.join(dir, `${id}.yml`),
      [
        `id: ${id}`,
        `title: ${id}`,
        `url: https://wiki.example.com/${id}`,
        'match:',
        `  any: ${JSON.stringify(any)}`,
        '',
      ].join('\n'),
    );
  await runbook('tls-generic', ['BlackboxSslCertificateExpired', 'SSL certificate']);
  await runbook('tls-specific', ['EnvoySslCertificateExpired', 'certificate expired']);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('quality replay', () => {
  it('reports a runbook that matches the summary of an alert whose name it does not match', async () => {
    const alerts = [
      {
        source: 'awesome-prometheus-alerts',
        alertname: 'SslCertificateRevoked',
        summary: 'SSL certificate revoked (instance {{ $labels.instance }})',
      },
      {
        source: 'awesome-prometheus-alerts',
        alertname: 'EnvoySslCertificateExpired',
        summary: 'Envoy SSL certificate expired (instance {{ $labels.instance }})',
      },
    ];
    const result = await unrelatedMatches(dir, alerts);
    expect(result.unrelated.map((u) => [u.runbook, u.alertname, u.terms])).toEqual([
      ['tls-generic', 'SslCertificateRevoked', ['SSL certificate']],
      ['tls-generic', 'EnvoySslCertificateExpired', ['SSL certificate']],
    ]);
    expect([result.about, result.runbooks]).toEqual([1, 2]);
  });
});
