/** One incident's history as the "last time" reply and the postmortem draft read it: bounded lists, notes, timeline. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { FakeClock } from '../src/fakes/clock.js';
import { FakePagerDuty } from '../src/fakes/pagerduty.js';
import { MemoryLogger } from '../src/log.js';
import { createPagerDutyClient } from '../src/pagerduty/client.js';
import type { PagerDutyApi } from '../src/pagerduty/types.js';

const START = Date.parse('2026-11-01T00:00:00Z');
let pd: FakePagerDuty;
let api: PagerDutyApi;

beforeEach(async () => {
  const clock = new FakeClock('2026-11-26T00:00:00Z', true);
  pd = new FakePagerDuty({ clock });
  pd.addUser({ id: 'PU1', name: 'Alice', email: 'alice@example.com' });
  pd.addEscalationPolicy({
    id: 'PEP1',
    name: 'Platform',
    rules: [{ targets: [{ type: 'user', id: 'PU1' }] }],
  });
  for (let i = 0; i < 250; i++) {
    pd.addIncident({
      id: `Q${i}`,
      title: `Alert ${i}`,
      escalationPolicyId: 'PEP1',
      createdAt: new Date(START + i * 60_000),
      status: i % 2 === 0 ? 'resolved' : 'triggered',
      ...(i % 2 === 0 ? { resolvedAt: new Date(START + i * 60_000 + 600_000), resolvedBy: 'PU1' } : {}),
      assigneeIds: ['PU1'],
    });
  }
  await pd.start();
  api = createPagerDutyClient({ token: pd.expectedToken, apiUrl: pd.url, clock, log: new MemoryLogger() });
});

afterEach(async () => {
  await pd.stop();
});

describe('listRecentIncidents', () => {
  it('reads the newest first, of the statuses asked, and stops at the page bound', async () => {
    const read = await api.listRecentIncidents!({
      since: new Date(START),
      until: new Date(START + 86_400_000),
      statuses: ['resolved'],
      maxPages: 1,
    });
    expect(read.complete).toBe(false);
    expect(read.incidents).toHaveLength(100);
    expect(read.incidents.slice(0, 2).map((i) => i.id)).toEqual(['Q248', 'Q246']);
    expect(read.incidents[0]).toMatchObject({
      status: 'resolved',
      resolvedAt: new Date(START + 248 * 60_000 + 600_000),
      lastStatusChangeBy: { id: 'PU1', name: 'Alice', type: 'user_reference' },
    });
    expect(pd.server.callsTo('/incidents', 'GET')).toHaveLength(1);

    const all = await api.listRecentIncidents!({
      since: new Date(START),
      until: new Date(START + 86_400_000),
      statuses: ['resolved'],
      maxPages: 3,
    });
    expect([all.complete, all.incidents.length]).toEqual([true, 125]);
  });

  it('keeps the incident readable when its last status change is malformed', async () => {
    pd.intercept((call) =>
      call.path === '/incidents/Q0'
        ? {
            body: {
              incident: {
                id: 'Q0',
                title: 'Alert 0',
                status: 'resolved',
                urgency: 'high',
                service: { id: 'S1', summary: 'svc' },
                escalation_policy: { id: 'PEP1', summary: 'Platform' },
                html_url: 'https://acme.pagerduty.com/incidents/Q0',
                created_at: '2026-11-01T00:00:00Z',
                resolved_at: 'not a date',
                last_status_change_by: { summary: 'no id' },
              },
            },
          }
        : undefined,
    );
    const incident = await api.getIncident('Q0');
    expect(incident.id).toBe('Q0');
    expect(incident.resolvedAt).toBeUndefined();
    expect(incident.lastStatusChangeBy).toBeUndefined();
  });
});

describe('an incident’s notes and timeline', () => {
  it('reads the notes with author and time, and the timeline oldest first within the page bound', async () => {
    pd.addNoteSeed('Q0', { userId: 'PU1', content: 'Restarted the pool', at: '2026-11-01T00:05:00Z' });
    for (let i = 0; i < 150; i++) {
      pd.addLogEntry('Q0', { type: 'notify_log_entry', at: new Date(START + (150 - i) * 1000) });
    }
    expect(await api.listIncidentNotes!('Q0')).toEqual([
      {
        content: 'Restarted the pool',
        createdAt: new Date('2026-11-01T00:05:00Z'),
        user: { id: 'PU1', name: 'Alice', htmlUrl: 'https://acme.pagerduty.com/users/PU1' },
      },
    ]);
    expect(await api.listIncidentNotes!('Q1')).toEqual([]);
    const one = await api.listIncidentLogEntries!('Q0', { maxPages: 1 });
    expect([one.complete, one.entries.length]).toEqual([false, 100]);
    const both = await api.listIncidentLogEntries!('Q0', { maxPages: 2 });
    expect([both.complete, both.entries.length]).toEqual([true, 150]);
    expect(both.entries[0]!.createdAt.getTime()).toBeLessThan(both.entries[149]!.createdAt.getTime());
    expect(both.entries[0]!.incidentId).toBe('Q0');
  });
});
