import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isHandled, parseAlertEvent, parseAlertEventText } from '../src/alert/event.js';
import { ConfigError } from '../src/errors.js';
import type { DispatchPayload } from '../src/dispatch/types.js';

const webhooks = JSON.parse(
  readFileSync(join(process.cwd(), '__tests__/fixtures/alert/webhooks-v3.json'), 'utf8'),
) as Record<string, { event: Record<string, unknown> }>;

const PAYLOAD: DispatchPayload = {
  v: 1,
  webhook_id: 'wh-1',
  event_id: 'ev-1',
  event_type: 'incident.acknowledged',
  occurred_at: '2026-11-26T01:00:00Z',
  incident: {
    id: 'PGR0VU2',
    number: 2,
    title: 'Disk full',
    status: 'acknowledged',
    urgency: 'high',
    html_url: 'https://acme.pagerduty.com/incidents/PGR0VU2',
    service: { id: 'PF9KMXH', name: 'API Service' },
    escalation_policy: { id: 'PUS0KTE', name: 'Default' },
    priority: 'P1',
    assignees: [{ id: 'PTUXL6G', name: 'User 123' }],
  },
  agent: { id: 'PLH1HKV', name: 'Tenex Engineer', type: 'user_reference' },
};

describe('parseAlertEvent', () => {
  it('reads a repository_dispatch client_payload as the relay sent it', () => {
    expect(parseAlertEvent(PAYLOAD, 'payload.json')).toEqual(PAYLOAD);
  });

  it('reads the client_payload of a GitHub event file', () => {
    const file = {
      action: 'pagerduty.incident.acknowledged',
      client_payload: PAYLOAD,
      repository: { full_name: 'a/b' },
    };
    expect(parseAlertEvent(file, 'event.json')).toEqual(PAYLOAD);
  });

  // Read off __tests__/fixtures/alert/webhooks-v3.json by hand.
  const ENGINEER = { id: 'PLH1HKV', name: 'Tenex Engineer', type: 'user_reference' };
  it.each([
    [
      'triggered',
      {
        event_id: '01DEN9P6Q1XV2K7M3ZB0A8C4TR',
        occurred_at: '2020-10-02T18:40:02.114Z',
        incident: {
          id: 'PGR0VU2',
          status: 'triggered',
          number: 2,
          service: { id: 'PF9KMXH', name: 'API Service' },
        },
        agent: { id: 'PF9KMXH', name: 'API Service', type: 'service_reference' },
      },
    ],
    [
      'acknowledged',
      {
        event_id: '01DEN9QB7S3W1M0Y8F4K2H6PZQ',
        occurred_at: '2020-10-02T18:42:10.502Z',
        incident: { id: 'PGR0VU2', status: 'acknowledged', number: 2 },
        agent: ENGINEER,
      },
    ],
    [
      'annotated',
      {
        event_id: '01DENA0NOTE000000000000000',
        occurred_at: '2020-10-02T18:44:00.000Z',
        incident: { id: 'PGR0VU2', title: 'A little bump in the road', status: '', partial: true },
        agent: ENGINEER,
        note: 'I sure am glad we are using PagerDuty!',
      },
    ],
  ])('converts a raw V3 %s webhook body into the payload the relay forwards', (kind, expected) => {
    const payload = parseAlertEvent(webhooks[kind]!, 'webhook.json');
    expect(payload).toMatchObject({ v: 1, webhook_id: null, event_type: `incident.${kind}`, ...expected });
  });

  it('keeps the webhook id a local file carries beside the body', () => {
    const body = { webhook_id: 'X-Webhook-Id-1', ...webhooks.acknowledged! };
    expect(parseAlertEvent(body, 'webhook.json').webhook_id).toBe('X-Webhook-Id-1');
  });

  it('reads the note of an annotation and the incident it belongs to', () => {
    const got = parseAlertEvent(webhooks.annotated!, 'webhook.json');
    expect(got.event_type).toBe('incident.annotated');
    expect(got.note).toBe('I sure am glad we are using PagerDuty!');
    expect(got.incident).toMatchObject({ id: 'PGR0VU2', partial: true });
  });

  it.each([
    [null, /event\.json: the event should be a JSON object, found null/],
    [[1], /the event should be a JSON object, found a list/],
    [{ hello: 1 }, /expected a repository_dispatch client_payload .* found an object with keys "hello"/],
    [
      { action: 'opened', repository: {} },
      /has no client_payload; the alert command runs on repository_dispatch/,
    ],
    [
      { client_payload: { ...PAYLOAD, v: 2 } },
      /client_payload\.v is 2, expected 1\. The relay and the action are out of step/,
    ],
    [
      { client_payload: { ...PAYLOAD, event_id: 5 } },
      /event_id should be a non-empty string, found number 5/,
    ],
    [
      { client_payload: { ...PAYLOAD, incident: 'x' } },
      /incident should be an object with id and title, found the string "x"/,
    ],
    [
      { client_payload: { ...PAYLOAD, incident: { title: 't' } } },
      /incident\.id should be a non-empty string, found nothing/,
    ],
    [{ event: { event_type: 'incident.triggered', id: 'E1' } }, /event\.json: .*event\.data/],
  ])('refuses %j with a clear error', (input, message) => {
    expect(() => parseAlertEvent(input, 'event.json')).toThrow(ConfigError);
    expect(() => parseAlertEvent(input, 'event.json')).toThrow(message);
  });

  it('names the file when the JSON does not parse', () => {
    expect(() => parseAlertEventText('{nope', 'payload.json')).toThrow(/payload\.json: not valid JSON/);
  });
});

describe('isHandled', () => {
  it.each([
    ['incident.triggered', true],
    ['incident.priority_updated', true],
    ['incident.responder.added', false],
    ['service.updated', false],
  ])('%s → %s', (type, expected) => {
    expect(isHandled(type)).toBe(expected);
  });
});
