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
