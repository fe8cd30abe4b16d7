/** The report's list reads: every incident of a window, even past PagerDuty's 10,000-record offset limit. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FakeClock } from '../src/fakes/clock.js';
import { FakePagerDuty } from '../src/fakes/pagerduty.js';
import { MemoryLogger } from '../src/log.js';
import { createPagerDutyClient } from '../src/pagerduty/client.js';

const COUNT = 10_250;
const START = Date.parse('2026-08-01T00:00:00Z');
let pd: FakePagerDuty;

beforeAll(async () => {
  pd = new FakePagerDuty();
  pd.addUser({ id: 'PU1', name: 'Alice', email: 'alice@example.com' });
  pd.addEscalationPolicy({
    id: 'PEP1',
    name: 'Platform',
    rules: [{ targets: [{ type: 'user', id: 'PU1' }] }],
  });
  for (let i = 0; i < COUNT; i++) {
    pd.addIncident({
      id: `Q${i}`,
      title: `Alert ${i % 7}`,
      escalationPolicyId: 'PEP1',
      createdAt: new Date(START + i * 60_000),
      assigneeIds: ['PU1'],
    });
  }
  await pd.start();
});
afterAll(async () => {
  await pd.stop();
});

describe('listIncidentsCreated', () => {
  it('splits a window holding more than 10,000 incidents and returns each exactly once', async () => {
    const client = createPagerDutyClient({
      token: pd.expectedToken,
      apiUrl: pd.url,
      clock: new FakeClock('2026-09-01T00:00:00Z'),
      log: new MemoryLogger(),
    });
    const incidents = await client.listIncidentsCreated!({
      since: new Date(START),
      until: new Date(START + COUNT * 60_000),
    });
    const ids = incidents.map((i) => i.id);
    expect(ids).toHaveLength(COUNT);
    expect(new Set(ids).size).toBe(COUNT);
    // Every page stays inside offset + limit ≤ 10,000 (the fake answers 400 otherwise).
    for (const call of pd.server.calls) {
      expect(Number(call.query.get('offset')) + Number(call.query.get('limit'))).toBeLessThanOrEqual(10_000);
    }
    // 103 pages of 100, plus one first page for the window that was too large to page through.
    expect(client.requestCount!()).toBe(pd.server.calls.length);
    expect(client.requestCount!()).toBeLessThanOrEqual(105);
  });
});

describe('listIncidentsCreated with statuses', () => {
  it('asks PagerDuty for the given statuses only (statuses[]) and returns just those', async () => {
    const small = new FakePagerDuty();
    small.addUser({ id: 'PU1', name: 'Alice', email: 'alice@example.com' });
    small.addEscalationPolicy({
      id: 'PEP1',
      name: 'Platform',
      rules: [{ targets: [{ type: 'user', id: 'PU1' }] }],
    });
    const at = new Date(START);
    small.addIncident({ id: 'QOPEN', title: 'open', escalationPolicyId: 'PEP1', createdAt: at });
    small.addIncident({ id: 'QACK', title: 'acked', escalationPolicyId: 'PEP1', createdAt: at });
    small.getIncident('QACK')!.status = 'acknowledged';
    await small.start();
    try {
      const client = createPagerDutyClient({
        token: small.expectedToken,
        apiUrl: small.url,
        clock: new FakeClock('2026-09-01T00:00:00Z'),
        log: new MemoryLogger(),
      });
      const open = await client.listIncidentsCreated!({
        since: new Date(START - 60_000),
        until: new Date(START + 60_000),
        statuses: ['triggered'],
      });
      expect(open.map((i) => i.id)).toEqual(['QOPEN']);
      expect(small.server.calls.map((c) => c.query.getAll('statuses[]'))).toEqual([['triggered']]);
    } finally {
      await small.stop();
    }
  });
});

describe('listAnalyticsIncidents', () => {
  it('follows the cursor (starting_after = the page’s last) until more is false, reading times as UTC', async () => {
    pd.analyticsAvailable = true;
    const before = pd.server.calls.length;
    const client = createPagerDutyClient({
      token: pd.expectedToken,
      apiUrl: pd.url,
      clock: new FakeClock('2026-09-01T00:00:00Z'),
      log: new MemoryLogger(),
    });
    const rows = await client.listAnalyticsIncidents!({
      since: new Date(START),
      until: new Date(START + COUNT * 60_000),
    });
    expect(rows).toHaveLength(COUNT);
    expect(new Set(rows.map((r) => r.id)).size).toBe(COUNT);
    // `2026-08-01T00:00:00` (no offset, time_zone Etc/UTC) is midnight UTC, whatever the machine's zone.
    expect(rows[0]!.createdAt.toISOString()).toBe('2026-08-01T00:00:00.000Z');
    const calls = pd.server.calls.slice(before);
    // 10,250 rows in pages of 1,000: 11 calls, each after the previous page's last row.
    expect(calls).toHaveLength(11);
    expect(calls[0]!.params.starting_after).toBeUndefined();
    expect(calls[1]!.params.starting_after).toBe('Q999');
    expect(calls[10]!.params.starting_after).toBe('Q9999');
  });
});
