import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  cut,
  DEFAULT_HANDLED_EVENT_TYPES,
  InvalidWebhookError,
  MAX_DISPATCH_BYTES,
  readEventType,
  toDispatch,
} from '../src/dispatch/from-webhook.js';

function fixture(name: string): Record<string, unknown> {
  return JSON.parse(
    readFileSync(join(process.cwd(), '__tests__', 'fixtures', 'webhooks', name), 'utf8'),
  ) as Record<string, unknown>;
}

describe('webhook body → repository_dispatch payload', () => {
  it('turns the official incident.priority_updated example into the documented payload', () => {
    const out = toDispatch(fixture('incident.priority_updated.json'), 'wh-1');
    expect(out.eventType).toBe('pagerduty.incident.priority_updated');
    expect(out.payload).toEqual({
      v: 1,
      webhook_id: 'wh-1',
      event_id: '5ac64822-4adc-4fda-ade0-410becf0de4f',
      event_type: 'incident.priority_updated',
      occurred_at: '2020-10-02T18:45:22.169Z',
      incident: {
        id: 'PGR0VU2',
        number: 2,
        title: 'A little bump in the road',
        status: 'triggered',
        urgency: 'high',
        html_url: 'https://acme.pagerduty.com/incidents/PGR0VU2',
        service: { id: 'PF9KMXH', name: 'API Service' },
        escalation_policy: { id: 'PUS0KTE', name: 'Default' },
        priority: 'P1',
        assignees: [{ id: 'PTUXL6G', name: 'User 123' }],
      },
      agent: { id: 'PLH1HKV', name: 'Tenex Engineer', type: 'user_reference' },
    });
  });

  it.each([
    [
      'incident.triggered.json',
      'pagerduty.incident.triggered',
      'triggered',
      null,
      { id: 'PF9KMXH', type: 'service_reference' },
    ],
    [
      'incident.acknowledged.json',
      'pagerduty.incident.acknowledged',
      'acknowledged',
      'P1',
      { id: 'PLH1HKV', type: 'user_reference' },
    ],
    ['incident.escalated.json', 'pagerduty.incident.escalated', 'triggered', 'P1', null],
    [
      'incident.resolved.json',
      'pagerduty.incident.resolved',
      'resolved',
      'P1',
      { id: 'PF9KMXH', type: 'service_reference' },
    ],
    [
      'incident.triggered.datadog.json',
      'pagerduty.incident.triggered',
      'triggered',
      null,
      { id: 'PF9KMXH', type: 'service_reference' },
    ],
  ])('golden %s → %s', (file, eventType, status, priority, agent) => {
    const body = fixture(file);
    const out = toDispatch(body, null);
    expect(out.eventType).toBe(eventType);
    expect(out.payload.webhook_id).toBeNull();
    expect(out.payload.incident.status).toBe(status);
    expect(out.payload.incident.priority).toBe(priority);
    expect(out.payload.incident.title).toBe(
      ((body.event as Record<string, unknown>).data as Record<string, unknown>).title,
    );
    if (agent === null) expect(out.payload.agent).toBeNull();
    else expect(out.payload.agent).toMatchObject(agent);
    expect(Object.keys(out.payload).length).toBeLessThanOrEqual(10);
  });

  it('carries the escalated-to assignee so the thread can say who is paged now', () => {
    const out = toDispatch(fixture('incident.escalated.json'), 'wh');
    expect(out.payload.incident.assignees).toEqual([{ id: 'PXPGF42', name: 'Earline Greenholt' }]);
  });

  it('reads incident.annotated, whose data is the note: incident by reference, note text, partial flag', () => {
    const out = toDispatch(fixture('incident.annotated.json'), 'wh-note');
    expect(out.eventType).toBe('pagerduty.incident.annotated');
    expect(out.payload.incident).toEqual({
      id: 'PGR0VU2',
      title: 'A little bump in the road',
      status: '',
      partial: true,
      html_url: 'https://acme.pagerduty.com/incidents/PGR0VU2',
    });
    expect(out.payload.note).toBe('I sure am glad we are using PagerDuty!');
  });

  it('W7: a 200 KB body with a 10,000-character title fits GitHub limits, the title cut with "…"', () => {
    const body = fixture('incident.triggered.json');
    const data = (body.event as Record<string, unknown>).data as Record<string, unknown>;
    data.title = `DiskFull ${'x'.repeat(9_991)}`;
    data.description = 'y'.repeat(190_000);
    expect(JSON.stringify(body).length).toBeGreaterThan(200_000);
    const out = toDispatch(body, 'wh');
    const sent = JSON.stringify({ event_type: out.eventType, client_payload: out.payload });
    expect(Buffer.byteLength(sent)).toBeLessThan(64 * 1024);
    expect(out.bytes).toBe(Buffer.byteLength(sent));
    expect(Object.keys(out.payload).length).toBeLessThanOrEqual(10);
    expect(out.payload.incident.title).toHaveLength(1024);
    expect(out.payload.incident.title.startsWith('DiskFull xxx')).toBe(true);
    expect(out.payload.incident.title.endsWith('…')).toBe(true);
  });

  it('keeps the dispatch under the size limit when every field is long and full of characters JSON escapes', () => {
    const body = fixture('incident.triggered.json');
    const data = (body.event as Record<string, unknown>).data as Record<string, unknown>;
    const nasty = '\u0001'.repeat(5_000);
    data.title = nasty;
    data.assignees = Array.from({ length: 500 }, (_, i) => ({ id: `P${i}${nasty}`, summary: nasty }));
    data.service = { id: nasty, summary: nasty };
    const out = toDispatch(body, nasty);
    expect(out.bytes).toBeLessThan(MAX_DISPATCH_BYTES);
    expect(out.payload.incident.title.endsWith('…')).toBe(true);
  });

  it.each([
    ['not an object', 'hello'],
    ['no event', { data: {} }],
    ['no event id', { event: { event_type: 'incident.triggered', data: { type: 'incident', id: 'P1' } } }],
    ['no data', { event: { id: 'e', event_type: 'incident.triggered' } }],
    [
      'data without an incident',
      { event: { id: 'e', event_type: 'incident.triggered', data: { type: 'service' } } },
    ],
    [
      'an event type with odd characters',
      { event: { id: 'e', event_type: 'incident triggered!', data: {} } },
    ],
    ['an over-long event type', { event: { id: 'e', event_type: `incident.${'a'.repeat(100)}`, data: {} } }],
  ])('rejects a body with %s', (_name, body) => {
    expect(() => toDispatch(body, null)).toThrow(InvalidWebhookError);
  });

  it('uses the arrival time when occurred_at is missing', () => {
    const body = fixture('incident.resolved.json');
    delete (body.event as Record<string, unknown>).occurred_at;
    const out = toDispatch(body, null, new Date('2026-03-02T01:02:03Z'));
    expect(out.payload.occurred_at).toBe('2026-03-02T01:02:03.000Z');
  });

  it('reads the event type without trusting the shape', () => {
    expect(readEventType(fixture('service.updated.json'))).toBe('service.updated');
    expect(readEventType({ event: { event_type: 42 } })).toBeUndefined();
    expect(readEventType(null)).toBeUndefined();
    expect(DEFAULT_HANDLED_EVENT_TYPES).not.toContain('service.updated');
  });

  it('cuts text without splitting a surrogate pair', () => {
    expect(cut('short', 10)).toBe('short');
    expect(cut('abcdef', 4)).toBe('abc…');
    expect(cut('ab😀cd', 4)).toBe('ab…');
  });
});
