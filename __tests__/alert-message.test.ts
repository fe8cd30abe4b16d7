import { describe, expect, it } from '@jest/globals';
import {
  ALSO_MATCHED_SHOWN,
  REPLY_EVENT_TYPE,
  TOP_EVENT_TYPE,
  applyEvent,
  buildReply,
  buildTopMessage,
  compareInstants,
  docUrl,
  escalationText,
  initialState,
  isPostFor,
  replyMetadata,
  sameState,
  stateFromMetadata,
  statusText,
  topMetadata,
  updatedTopMessage,
  withCurrentStatus,
  type IncidentState,
  type RunbookLink,
  type TopMessageInput,
} from '../src/alert/message.js';
import type { DispatchPayload } from '../src/dispatch/types.js';
import { validateBlocks } from '../src/fakes/slack.js';
import { parseMrkdwn } from '../src/slack/mrkdwn.js';
import type { Block, SlackMessage } from '../src/slack/types.js';

const INJECTION = '<!channel> <@U0ADMIN> <https://evil.example|click> & <b>';

function topInput(overrides: Partial<TopMessageInput> = {}): TopMessageInput {
  return {
    channel: 'C0ONCALL',
    incident: {
      id: 'PINC001',
      number: 42,
      title: '[FIRING:1] KubePodCrashLooping (api payments warning)',
      htmlUrl: 'https://acme.pagerduty.com/incidents/PINC001',
      service: { id: 'PSVC001', name: 'Checkout API' },
      urgency: 'high',
      priority: 'P1',
      escalationPolicy: { id: 'PEP001', name: 'Platform' },
    },
    onCall: [{ name: 'Alice Example', slackId: 'U0ALICE' }],
    onCallLevel: 1,
    runbooks: [
      {
        id: 'pod-crashloop',
        title: 'Pod crash looping',
        href: 'https://github.com/acme/ops/blob/abc1234/runbooks/pod-crashloop.md',
        owner: 'team-platform',
        terms: ['KubePodCrashLooping', 'crash'],
      },
    ],
    index: { version: 1, commit: 'abc1234def5678', origin: 'published index' },
    state: { status: 'triggered', statusAt: '2026-11-26T01:00:00Z' },
    eventId: 'EV1',
    webhookId: 'WH1',
    ...overrides,
  };
}

function event(type: string, extra: Partial<DispatchPayload> = {}): DispatchPayload {
  return {
    v: 1,
    webhook_id: `wh-${type}`,
    event_id: `ev-${type}`,
    event_type: type,
    occurred_at: '2026-11-26T01:05:00Z',
    incident: { id: 'PINC001', title: 'Disk full', status: 'triggered' },
    agent: { id: 'PUSER1', name: 'Bob Example', type: 'user_reference' },
    ...extra,
  };
}

/** Every mrkdwn string in a message: fallback text and all block texts. */
function texts(message: Pick<SlackMessage, 'text' | 'blocks'>): string[] {
  const out = [message.text];
  for (const b of message.blocks ?? []) {
    if (b.type === 'section') {
      if (b.text) out.push(b.text.text);
      for (const f of b.fields ?? []) out.push(f.text);
    } else if (b.type === 'context') out.push(...b.elements.map((e) => e.text));
    else if (b.type === 'header') out.push(b.text.text);
  }
  return out;
}

function liveTokens(message: Pick<SlackMessage, 'text' | 'blocks'>) {
  return texts(message)
    .flatMap((t) => parseMrkdwn(t))
    .filter((t) => t.kind !== 'text');
}

function blockText(blocks: Block[] | undefined, id: string): string {
  const b = blocks?.find((x) => x.block_id === id);
  if (!b) return '';
  if (b.type === 'section') return [b.text?.text ?? '', ...(b.fields ?? []).map((f) => f.text)].join('\n');
  if (b.type === 'context') return b.elements.map((e) => e.text).join('\n');
  return '';
}

describe('buildTopMessage', () => {
  it('shows title, service, urgency and priority, the incident link, the on-call mention and the runbook', () => {
    const m = buildTopMessage(topInput());
    const all = texts(m).join('\n');
    expect(all).toContain('KubePodCrashLooping');
    expect(all).toContain('Checkout API');
    expect(all).toContain('high · P1');
    expect(all).toContain('<https://acme.pagerduty.com/incidents/PINC001|#42 in PagerDuty>');
    expect(all).toContain('<@U0ALICE>');
    expect(blockText(m.blocks, 'oncall-runbook')).toContain(
      '<https://github.com/acme/ops/blob/abc1234/runbooks/pod-crashloop.md|Pod crash looping>',
    );
    expect(blockText(m.blocks, 'oncall-runbook')).toContain('team-platform');
    expect(blockText(m.blocks, 'oncall-runbook')).toContain('`KubePodCrashLooping`, `crash`');
    expect(blockText(m.blocks, 'oncall-index')).toContain('Runbook index v1 @ `abc1234`');
    expect(blockText(m.blocks, 'oncall-status')).toContain('Triggered');
    expect(validateBlocks(m.blocks ?? [])).toEqual([]);
  });

  it('carries the incident id, event, delivery and state in its metadata', () => {
    const m = buildTopMessage(topInput());
    expect(m.metadata).toEqual({
      eventType: TOP_EVENT_TYPE,
      payload: {
        incident_id: 'PINC001',
        event_id: 'EV1',
        webhook_id: 'WH1',
        runbook_id: 'pod-crashloop',
        status: 'triggered',
        status_at: '2026-11-26T01:00:00Z',
      },
    });
  });

  it('K5: shows an injected title, names and runbook fields literally; the only live mention is the looked-up on-call', () => {
    const m = buildTopMessage(
      topInput({
        incident: {
          ...topInput().incident,
          title: INJECTION,
          service: { id: 'PSVC', name: INJECTION },
          priority: INJECTION,
        },
        onCall: [{ name: 'Alice', slackId: 'U0ALICE' }, { name: INJECTION }],
        runbooks: [
          { id: 'a', title: INJECTION, owner: INJECTION, terms: [INJECTION], href: 'javascript:alert(1)' },
          { id: 'b', title: INJECTION, terms: [] },
        ],
      }),
    );
    const tokens = liveTokens(m);
    expect(tokens.filter((t) => t.kind === 'user')).toEqual(
      expect.arrayContaining([{ kind: 'user', userId: 'U0ALICE' }]),
    );
    expect(
      tokens.filter((t) => t.kind === 'user').every((t) => t.kind === 'user' && t.userId === 'U0ALICE'),
    ).toBe(true);
    expect(tokens.some((t) => t.kind === 'broadcast')).toBe(false);
    expect(tokens.some((t) => t.kind === 'link' && t.url.includes('evil'))).toBe(false);
    expect(texts(m).join('\n')).toContain(
      '&lt;!channel&gt; &lt;@U0ADMIN&gt; &lt;https://evil.example|click&gt; &amp; &lt;b&gt;',
    );
  });

  it('K6: 60 matching runbooks and 5,000-character fields stay within Block Kit limits and say how many more', () => {
    const long = 'x'.repeat(5000);
    const runbooks: RunbookLink[] = Array.from({ length: 60 }, (_, i) => ({
      id: `rb-${i}`,
      title: `${long}-${i}`,
      owner: long,
      terms: Array.from({ length: 30 }, (__, j) => `${long}${j}`),
      href: `https://example.com/${i}`,
    }));
    const m = buildTopMessage(
      topInput({
        incident: { ...topInput().incident, title: long, service: { id: 'S', name: long }, priority: long },
        onCall: Array.from({ length: 40 }, (_, i) => ({ name: `${long}${i}` })),
        runbooks,
      }),
    );
    expect(validateBlocks(m.blocks ?? [])).toEqual([]);
    expect(m.blocks!.length).toBeLessThanOrEqual(50);
    const total = texts(m)
      .slice(1)
      .reduce((n, t) => n + t.length, 0);
    expect(total).toBeLessThanOrEqual(12_000);
    expect(m.text.length).toBeLessThanOrEqual(4000);
    expect(blockText(m.blocks, 'oncall-also')).toContain(
      `Also matched (59, ${59 - ALSO_MATCHED_SHOWN} more not shown)`,
    );
    expect(blockText(m.blocks, 'oncall-details')).toContain('and 30 more');
    expect(blockText(m.blocks, 'oncall-status')).toContain('Triggered');
  });

  it('says when no runbook matches and links how to add one', () => {
    const m = buildTopMessage(
      topInput({ runbooks: [], addRunbookUrl: 'https://github.com/acme/ops/tree/HEAD/runbooks' }),
    );
    const text = blockText(m.blocks, 'oncall-runbook');
    expect(text).toContain('No runbook matches this alert');
    expect(text).toContain('<https://github.com/acme/ops/tree/HEAD/runbooks|Add one>');
    expect(text).toContain('pull request to `runbooks/`');
    expect(m.metadata?.payload.runbook_id).toBeUndefined();
  });

  it('names an on-call person without a Slack account instead of mentioning them', () => {
    const m = buildTopMessage(topInput({ onCall: [{ name: 'Carol <Contractor>' }] }));
    expect(blockText(m.blocks, 'oncall-details')).toContain('Carol &lt;Contractor&gt;');
    expect(liveTokens(m).filter((t) => t.kind === 'user')).toEqual([]);
  });

  it('says when an escalate_to runbook escalated the incident, and at which level the on-call is', () => {
    const m = buildTopMessage(
      topInput({
        state: { status: 'triggered', escalation: { wanted: 2, outcome: 'done' } },
        onCallLevel: 2,
        onCall: [{ name: 'Dan', slackId: 'U0DAN' }],
      }),
    );
    expect(blockText(m.blocks, 'oncall-escalated')).toContain('level 2');
    expect(blockText(m.blocks, 'oncall-details')).toContain('On call (level 2)');
  });

  it('lists up to three other matches', () => {
    const extra = ['b', 'c', 'd'].map((id) => ({ id, title: `Runbook ${id}`, terms: [] }));
    const m = buildTopMessage(topInput({ runbooks: [...topInput().runbooks, ...extra] }));
    expect(blockText(m.blocks, 'oncall-also')).toBe('Also matched: *Runbook b*, *Runbook c*, *Runbook d*');
  });
});

describe('status line', () => {
  it.each([
    [{ status: 'triggered' as const }, ':red_circle: *Triggered*'],
    [
      { status: 'acknowledged' as const, acknowledgedBy: 'Bob', acknowledgedAt: '2026-11-26T01:05:00Z' },
      ':large_yellow_circle: *Acknowledged* · acknowledged by Bob at <!date^1795655100^{date_short_pretty} {time}|2026-11-26 01:05 UTC>',
    ],
    [
      { status: 'resolved' as const, resolvedBy: 'Ann', resolvedAt: '2026-11-26T02:00:00Z', level: 2 },
      ':large_green_circle: *Resolved* · resolved by Ann at <!date^1795658400^{date_short_pretty} {time}|2026-11-26 02:00 UTC> · escalated to level 2',
    ],
  ])('renders %j', (state, expected) => {
    expect(statusText(state)).toBe(expected);
  });

  it('shows the buttons that fit the state: all while triggered, no Acknowledge once acknowledged, only Draft postmortem once resolved', () => {
    const labels = (blocks: readonly Block[] | undefined) =>
      (blocks ?? [])
        .filter((b) => b.type === 'actions')
        .flatMap((b) => (b.type === 'actions' ? b.elements.map((e) => `${e.text.text}=${e.value}`) : []));
    const top = buildTopMessage(topInput());
    expect(labels(top.blocks)).toEqual([
      'Acknowledge=PINC001',
      'Resolve=PINC001',
      'Escalate=PINC001',
      'Add note=PINC001',
    ]);
    const existing = { ts: '1.0', text: top.text, blocks: top.blocks!, metadata: top.metadata! };
    const acked = updatedTopMessage(existing, { status: 'acknowledged', acknowledgedBy: 'Bob' });
    expect(labels(acked.blocks)).toEqual(['Resolve=PINC001', 'Escalate=PINC001', 'Add note=PINC001']);
    const resolved = updatedTopMessage(
      { ...existing, blocks: acked.blocks!, metadata: acked.metadata! },
      { status: 'resolved', resolvedBy: 'Ann', resolvedAt: '2026-11-26T02:00:00Z' },
    );
    expect(labels(resolved.blocks)).toEqual(['Draft postmortem=PINC001']);
    const reopened = updatedTopMessage(
      { ...existing, blocks: resolved.blocks!, metadata: resolved.metadata! },
      { status: 'triggered' },
    );
    expect(labels(reopened.blocks)).toHaveLength(4);
    // A message posted before the buttons existed keeps looking as it did.
    const older = { ...existing, blocks: top.blocks!.filter((b) => b.type !== 'actions') };
    expect(labels(updatedTopMessage(older, { status: 'acknowledged' }).blocks)).toEqual([]);
    expect(blockText(resolved.blocks, 'oncall-status')).toContain('resolved by Ann at <!date^1795658400^');
    // Buttons carry no URL: clicks go to the relay, never to a link.
    expect(
      top
        .blocks!.filter((b) => b.type === 'actions')
        .flatMap((b) => (b.type === 'actions' ? b.elements : []))
        .every((e) => e.url === undefined),
    ).toBe(true);
  });

  it('replaces only the status block on update and keeps the rest of the message', () => {
    const top = buildTopMessage(topInput());
    const updated = updatedTopMessage(
      { ts: '1.0', text: top.text, blocks: top.blocks!, metadata: top.metadata! },
      { status: 'acknowledged', acknowledgedBy: 'Bob', acknowledgedAt: '2026-11-26T01:05:00Z' },
    );
    expect(updated.blocks!.length).toBe(top.blocks!.length);
    // Everything between the headline and the status line with its buttons is kept as it was.
    expect(updated.blocks!.slice(1, -2)).toEqual(top.blocks!.slice(1, -2));
    expect(blockText(updated.blocks, 'oncall-incident')).toBe(
      blockText(top.blocks, 'oncall-incident').replace(/^:rotating_light: /, ':eyes: '),
    );
    expect(blockText(updated.blocks, 'oncall-status')).toContain('Acknowledged* · acknowledged by Bob');
    expect(updated.text.startsWith('Acknowledged:')).toBe(true);
    expect(updated.metadata).toEqual({
      eventType: TOP_EVENT_TYPE,
      payload: {
        incident_id: 'PINC001',
        event_id: 'EV1',
        webhook_id: 'WH1',
        runbook_id: 'pod-crashloop',
        status: 'acknowledged',
        acknowledged_at: '2026-11-26T01:05:00Z',
        acknowledged_by: 'Bob',
      },
    });
    expect(stateFromMetadata(updated.metadata!.payload)).toEqual({
      status: 'acknowledged',
      acknowledgedAt: '2026-11-26T01:05:00Z',
      acknowledgedBy: 'Bob',
    });
  });
});

describe('applyEvent', () => {
  const start = { status: 'triggered' as const, statusAt: '2026-11-26T01:00:00Z' };

  it('records acknowledgement, resolution, escalation level and reopening', () => {
    const acked = applyEvent(start, event('incident.acknowledged'));
    expect(acked).toMatchObject({ status: 'acknowledged', acknowledgedBy: 'Bob Example' });
    const escalated = applyEvent(
      acked,
      event('incident.escalated', { occurred_at: '2026-11-26T01:06:00Z' }),
      2,
    );
    expect(escalated.level).toBe(2);
    const resolved = applyEvent(
      escalated,
      event('incident.resolved', { occurred_at: '2026-11-26T01:10:00Z', agent: { id: 'P2', name: 'Ann' } }),
    );
    expect(resolved).toMatchObject({
      status: 'resolved',
      resolvedBy: 'Ann',
      resolvedAt: '2026-11-26T01:10:00Z',
    });
    const reopened = applyEvent(
      resolved,
      event('incident.reopened', { occurred_at: '2026-11-26T01:20:00Z' }),
    );
    expect(reopened.status).toBe('triggered');
    expect(reopened.resolvedAt).toBeUndefined();
  });

  it('two escalations of the same instant: the level PagerDuty shows now stays, in either order', () => {
    const at = '2026-11-26T01:06:00.250Z';
    const sameInstant = '2026-11-26T10:06:00.250+09:00';
    const toTwo = event('incident.escalated', { occurred_at: at });
    const toThree = event('incident.escalated', { occurred_at: sameInstant });
    // PagerDuty has it at level 3 now: whichever run writes last, the line shows 3.
    const threeFirst = applyEvent(applyEvent(start, toThree, 3, 3), toTwo, 2, 3);
    const twoFirst = applyEvent(applyEvent(start, toTwo, 2, 3), toThree, 3, 3);
    expect([threeFirst.level, twoFirst.level]).toEqual([3, 3]);
    // An escalation down to 2 in the same instant, and PagerDuty shows 2 now: 2 stays.
    expect(applyEvent(applyEvent(start, toThree, 3, 2), toTwo, 2, 2).level).toBe(2);
    // PagerDuty cannot say (resolved, or reassigned to someone on neither level): the higher level stays.
    expect(applyEvent(applyEvent(start, toThree, 3), toTwo, 2).level).toBe(3);
    expect(applyEvent(applyEvent(start, toTwo, 2, 1), toThree, 3, 1).level).toBe(3);
    // A later escalation still counts over an earlier one whatever PagerDuty shows now.
    const later = event('incident.escalated', { occurred_at: '2026-11-26T01:06:01Z' });
    expect(applyEvent(applyEvent(start, toThree, 3, 3), later, 2, 3).level).toBe(2);
  });

  it('does not move the status back for an event that arrives late', () => {
    const resolved = applyEvent(start, event('incident.resolved', { occurred_at: '2026-11-26T01:10:00Z' }));
    const lateAck = applyEvent(
      resolved,
      event('incident.acknowledged', { occurred_at: '2026-11-26T01:05:00Z' }),
    );
    expect(lateAck.status).toBe('resolved');
    expect(lateAck.acknowledgedAt).toBe('2026-11-26T01:05:00Z');
  });

  it('orders events by instant: fractional seconds count', () => {
    const acked = applyEvent(start, event('incident.acknowledged', { occurred_at: '2026-11-26T01:00:00Z' }));
    const resolved = applyEvent(
      acked,
      event('incident.resolved', { occurred_at: '2026-11-26T01:00:00.500Z' }),
    );
    expect(resolved.status).toBe('resolved');
  });

  it('orders events by instant: offsets count', () => {
    // 09:50+09:00 is 00:50Z: before the resolution at 01:10Z, although it sorts after it as text.
    const resolved = applyEvent(start, event('incident.resolved', { occurred_at: '2026-11-26T01:10:00Z' }));
    const lateAck = applyEvent(
      resolved,
      event('incident.acknowledged', { occurred_at: '2026-11-26T09:50:00+09:00' }),
    );
    expect(lateAck.status).toBe('resolved');
    const reopened = applyEvent(
      resolved,
      event('incident.reopened', { occurred_at: '2026-11-26T10:30:00+09:00' }),
    );
    expect(reopened.status).toBe('triggered');
  });

  it('a late, older resolution does not overwrite who resolved it last, and when', () => {
    const first = applyEvent(
      start,
      event('incident.resolved', {
        occurred_at: '2026-11-26T02:00:00Z',
        agent: { id: 'PANN', name: 'Ann Later', type: 'user_reference' },
      }),
    );
    const late = applyEvent(
      first,
      event('incident.resolved', {
        event_id: 'ev-older',
        occurred_at: '2026-11-26T01:30:00Z',
        agent: { id: 'PBOB', name: 'Bob Earlier', type: 'user_reference' },
      }),
    );
    expect(late).toMatchObject({ resolvedBy: 'Ann Later', resolvedAt: '2026-11-26T02:00:00Z' });
  });

  it('leaves the state alone for annotations and priority changes', () => {
    expect(applyEvent(start, event('incident.annotated', { note: 'hi' }))).toEqual(start);
    expect(applyEvent(start, event('incident.priority_updated'))).toEqual(start);
  });
});

describe('buildReply', () => {
  it.each([
    ['incident.acknowledged', ':eyes: Acknowledged by *Bob Example*.'],
    [
      'incident.unacknowledged',
      ':leftwards_arrow_with_hook: Acknowledgement timed out: the incident is open again.',
    ],
    ['incident.resolved', ':white_check_mark: Resolved by *Bob Example*.'],
    ['incident.reopened', ':repeat: Reopened by *Bob Example*.'],
  ])('%s → %j', (type, text) => {
    const m = buildReply({ channel: 'C1', threadTs: '1.0', event: event(type) });
    expect(m?.text).toBe(text);
    expect(m?.threadTs).toBe('1.0');
    expect(m?.metadata).toEqual({
      eventType: REPLY_EVENT_TYPE,
      payload: {
        incident_id: 'PINC001',
        event_id: `ev-${type}`,
        webhook_id: `wh-${type}`,
        incident_event: type,
        occurred_at: '2026-11-26T01:05:00Z',
        agent: 'Bob Example',
      },
    });
  });

  it('mentions the looked-up on-call of the level an escalation reached', () => {
    const m = buildReply({
      channel: 'C1',
      threadTs: '1.0',
      event: event('incident.escalated', { agent: null }),
      level: 2,
      people: [{ name: 'Dan', slackId: 'U0DAN' }, { name: 'Eve' }],
    });
    expect(m?.text).toBe(':arrow_double_up: Escalated to level 2. Now on call: <@U0DAN>, Eve');
  });

  it('names the new assignee of a reassignment', () => {
    const m = buildReply({
      channel: 'C1',
      threadTs: '1.0',
      event: event('incident.reassigned', {
        incident: {
          id: 'PINC001',
          title: 't',
          status: 'triggered',
          assignees: [{ id: 'P9', name: 'Frank' }],
        },
      }),
    });
    expect(m?.text).toBe(':busts_in_silhouette: Reassigned to Frank by *Bob Example*.');
  });

  it('quotes an annotation note with its markup shown literally', () => {
    const m = buildReply({
      channel: 'C1',
      threadTs: '1.0',
      event: event('incident.annotated', { note: `${INJECTION}\nline 2` }),
    })!;
    expect(m.text).toBe(
      ':memo: Note by *Bob Example*:\n>&lt;!channel&gt; &lt;@U0ADMIN&gt; &lt;https://evil.example|click&gt; &amp; &lt;b&gt;\n>line 2',
    );
    expect(liveTokens(m)).toEqual([]);
  });

  it('shows the new priority', () => {
    const m = buildReply({
      channel: 'C1',
      threadTs: '1.0',
      event: event('incident.priority_updated', {
        incident: { id: 'PINC001', title: 't', status: 'x', priority: 'P1' },
      }),
    });
    expect(m?.text).toBe(':label: Priority changed to *P1* by *Bob Example*.');
  });

  it('posts nothing for a triggered event or an unknown type', () => {
    expect(
      buildReply({ channel: 'C1', threadTs: '1.0', event: event('incident.triggered') }),
    ).toBeUndefined();
    expect(
      buildReply({ channel: 'C1', threadTs: '1.0', event: event('incident.responder.added') }),
    ).toBeUndefined();
  });
});

describe('isPostFor', () => {
  const meta = (payload: Record<string, string>) => ({
    ts: '1',
    text: '',
    metadata: { eventType: REPLY_EVENT_TYPE, payload },
  });
  it('matches the same event id or the same delivery, nothing else', () => {
    const e = event('incident.acknowledged');
    expect(isPostFor(meta({ event_id: e.event_id, webhook_id: 'other' }), e)).toBe(true);
    expect(isPostFor(meta({ event_id: 'other', webhook_id: e.webhook_id! }), e)).toBe(true);
    expect(isPostFor(meta({ event_id: 'other', webhook_id: '' }), { ...e, webhook_id: null })).toBe(false);
    expect(isPostFor({ ts: '1', text: '' }, e)).toBe(false);
  });
});

describe('docUrl and topMetadata', () => {
  it('builds the GitHub link of a runbook document from the index source', () => {
    expect(docUrl({ repository: 'acme/ops', commit: 'abc', dir: 'runbooks' }, 'db/replication lag.md')).toBe(
      'https://github.com/acme/ops/blob/abc/runbooks/db/replication%20lag.md',
    );
    expect(docUrl({ repository: 'acme/ops', commit: null, dir: '.' }, './x.md', 'https://ghe.example/')).toBe(
      'https://ghe.example/acme/ops/blob/HEAD/x.md',
    );
    expect(docUrl({ repository: null, commit: null, dir: 'runbooks' }, 'x.md')).toBeUndefined();
  });

  it('writes an empty webhook id when the delivery had none', () => {
    expect(topMetadata('P1', 'E1', null, { status: 'triggered' }).payload.webhook_id).toBe('');
  });
});

describe('outside text that would read differently from what it is', () => {
  const INVISIBLE = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

  it('removes direction overrides and zero-width characters from the title, the notification and names', () => {
    const m = buildTopMessage(
      topInput({
        incident: {
          ...topInput().incident,
          title: 'Disk full on \u202Egnp.exe\u202C db\u200B-01\u2066',
          service: { id: 'PSVC001', name: 'Check\u200Dout\u2060 API' },
        },
        onCall: [{ name: 'Ali\u200Bce \u202EExample' }],
      }),
    );
    for (const text of texts(m)) expect(text).not.toMatch(INVISIBLE);
    expect(m.text).toContain('Disk full on gnp.exe db-01');
    expect(texts(m).join('\n')).toContain('Checkout API');
    expect(texts(m).join('\n')).toContain('Alice Example');
  });

  it('shows Slack formatting characters in a person name as typed', () => {
    const acknowledged = buildReply({
      channel: 'C1',
      threadTs: '1.0',
      event: event('incident.acknowledged', {
        agent: { id: 'PUSER9', name: '*URGENT* _Bob_ ~admin~', type: 'user_reference' },
      }),
    });
    expect(acknowledged?.text).toBe(':eyes: Acknowledged by *∗URGENT∗ ＿Bob＿ ∼admin∼*.');
    const escalated = buildReply({
      channel: 'C1',
      threadTs: '1.0',
      event: event('incident.escalated', { agent: null }),
      level: 2,
      people: [{ name: '~Dan~ \u202E_Eve_' }],
    });
    expect(escalated?.text).toBe(':arrow_double_up: Escalated to level 2. Now on call: ∼Dan∼ ＿Eve＿');
  });
});

describe('status at a glance', () => {
  it('a resolved incident leads with a resolved tag and a struck title; reopening restores the headline', () => {
    const top = buildTopMessage(topInput());
    const existing = { ts: '1.0', text: top.text, blocks: top.blocks!, metadata: top.metadata! };
    const resolved = updatedTopMessage(existing, { status: 'resolved', resolvedBy: 'Bob' });
    expect(blockText(resolved.blocks, 'oncall-incident').split('\n')[0]).toBe(
      ':white_check_mark: *[Resolved]* *~[FIRING:1] KubePodCrashLooping (api payments warning)~*',
    );
    expect(resolved.text.startsWith('Resolved: ')).toBe(true);
    const reopened = updatedTopMessage(
      { ts: '1.0', text: resolved.text, blocks: resolved.blocks!, metadata: resolved.metadata! },
      { status: 'triggered' },
    );
    expect(blockText(reopened.blocks, 'oncall-incident')).toBe(blockText(top.blocks, 'oncall-incident'));
  });

  it('a title with "~" cannot end the struck span early', () => {
    const top = buildTopMessage(
      topInput({
        incident: { ...topInput().incident, title: 'a ~b~ c' },
        state: { status: 'resolved' },
      }),
    );
    expect(blockText(top.blocks, 'oncall-incident').split('\n')[0]).toBe(
      ':white_check_mark: *[Resolved]* *~a ∼b∼ c~*',
    );
  });

  it('the On call field shows who the state says is on call now, and keeps it in the metadata', () => {
    const top = buildTopMessage(topInput());
    const updated = updatedTopMessage(
      { ts: '1.0', text: top.text, blocks: top.blocks!, metadata: top.metadata! },
      {
        status: 'triggered',
        onCall: [{ name: 'Dan <D>', slackId: 'U0DAN' }, { name: 'Eve & co' }],
        onCallLevel: 2,
      },
    );
    expect(blockText(updated.blocks, 'oncall-details')).toContain(
      '*On call (level 2)*\n<@U0DAN>, Eve &amp; co',
    );
    expect(blockText(updated.blocks, 'oncall-details')).toContain('Checkout API');
    expect(stateFromMetadata(updated.metadata!.payload)).toMatchObject({
      onCall: [{ name: 'Dan <D>', slackId: 'U0DAN' }, { name: 'Eve & co' }],
      onCallLevel: 2,
    });
  });

  it('a forged Slack ID in the metadata is shown as a name, never as a mention', () => {
    const state = stateFromMetadata({
      status: 'triggered',
      on_call: '[{"name":"x","slackId":"<!channel>"}]',
    });
    expect(state.onCall).toEqual([{ name: 'x' }]);
  });
});

describe('alert context', () => {
  it('shows the summary, description, first details and links, escaped', () => {
    const m = buildTopMessage(
      topInput({
        context: {
          summary: 'Pod api is <restarting>',
          description: 'Restarted 5 times\nin 10 minutes',
          details: [{ key: 'namespace', value: 'payments & co' }],
          runbookUrl: 'https://runbooks.example/crashloop',
          links: [{ href: 'https://grafana.example/d/1', text: 'Dashboard' }],
        },
      }),
    );
    expect(blockText(m.blocks, 'oncall-alert')).toBe(
      '*From the alert*\n>Pod api is &lt;restarting&gt;\n>Restarted 5 times\n>in 10 minutes\n`namespace` payments &amp; co',
    );
    expect(blockText(m.blocks, 'oncall-links')).toBe(
      ':link: Links: <https://runbooks.example/crashloop|Runbook> · <https://grafana.example/d/1|Dashboard>',
    );
  });

  it('no runbook matches but the alert links one: the message shows it before "add one"', () => {
    const m = buildTopMessage(
      topInput({
        runbooks: [],
        addRunbookUrl: 'https://github.com/acme/ops/tree/HEAD/runbooks',
        context: { details: [], links: [], runbookUrl: 'https://runbooks.example/x' },
      }),
    );
    expect(blockText(m.blocks, 'oncall-runbook')).toBe(
      ':grey_question: *No runbook matches this alert.* The alert links its own runbook: ' +
        '<https://runbooks.example/x|https://runbooks.example/x>. ' +
        '<https://github.com/acme/ops/tree/HEAD/runbooks|Add one> with a pull request to `runbooks/`.',
    );
  });
});

describe('language: ja', () => {
  it('the top message, its status line and a reply are in Japanese', () => {
    const m = buildTopMessage(topInput({ language: 'ja' }));
    expect(blockText(m.blocks, 'oncall-details')).toContain('*オンコール*\n<@U0ALICE>');
    expect(blockText(m.blocks, 'oncall-runbook')).toContain('*ランブック:*');
    expect(blockText(m.blocks, 'oncall-status')).toBe(':red_circle: *発生中*');
    expect(m.text.startsWith('発生: ')).toBe(true);
    const resolved = updatedTopMessage(
      { ts: '1.0', text: m.text, blocks: m.blocks!, metadata: m.metadata! },
      { status: 'resolved' },
      'ja',
    );
    expect(blockText(resolved.blocks, 'oncall-incident')).toMatch(/^:white_check_mark: \*\[解決済み\]\* \*~/);
    expect(resolved.text.startsWith('解決済み: ')).toBe(true);
    const reply = buildReply({
      channel: 'C1',
      threadTs: '1.0',
      event: event('incident.acknowledged'),
      language: 'ja',
    });
    expect(reply!.text).toBe(':eyes: *Bob Example* が受け付けました。');
  });
});

describe('incident.delegated', () => {
  it('replies with the new escalation policy and who is on call now', () => {
    const m = buildReply({
      channel: 'C1',
      threadTs: '1.0',
      event: event('incident.delegated', {
        incident: {
          id: 'PINC001',
          title: 'Disk full',
          status: 'triggered',
          escalation_policy: { id: 'PEP2', name: 'Database <team>' },
        },
      }),
      people: [{ name: 'Dan', slackId: 'U0DAN' }],
    });
    expect(m!.text).toBe(
      ':twisted_rightwards_arrows: Moved to escalation policy *Database &lt;team&gt;* by *Bob Example*. Now on call: <@U0DAN>',
    );
  });
});

describe('incident state: every transition and its edge', () => {
  const at = (minute: number) => `2026-11-26T01:${String(minute).padStart(2, '0')}:00Z`;
  const triggered = { status: 'triggered' as const, statusAt: at(0) };
  const bob = { id: 'PUSER1', name: 'Bob Example', type: 'user_reference' };

  it('settles events of the same instant on the later stage, whatever their order', () => {
    const ack = event('incident.acknowledged', { occurred_at: at(5) });
    const resolve = event('incident.resolved', { occurred_at: at(5) });
    expect(applyEvent(applyEvent(triggered, ack), resolve).status).toBe('resolved');
    expect(applyEvent(applyEvent(triggered, resolve), ack).status).toBe('resolved');
    // A same-instant event of a later stage still moves the status forward.
    expect(applyEvent({ status: 'triggered', statusAt: at(5) }, ack)).toStrictEqual({
      status: 'acknowledged',
      statusAt: at(5),
      acknowledgedAt: at(5),
      acknowledgedBy: 'Bob Example',
    });
  });

  it('records no time and no one for an acknowledgement or resolution that carries neither', () => {
    const bare = { occurred_at: '', agent: null };
    expect(applyEvent(triggered, event('incident.acknowledged', bare))).toStrictEqual({
      status: 'acknowledged',
      statusAt: at(0),
    });
    expect(
      applyEvent(triggered, event('incident.resolved', { occurred_at: at(9), agent: null })),
    ).toStrictEqual({
      status: 'resolved',
      statusAt: at(9),
      resolvedAt: at(9),
    });
  });

  it('applies an event to a state that has no time yet, and an event without a time', () => {
    expect(
      applyEvent({ status: 'triggered' }, event('incident.acknowledged', { occurred_at: at(5) })),
    ).toStrictEqual({
      status: 'acknowledged',
      statusAt: at(5),
      acknowledgedAt: at(5),
      acknowledgedBy: 'Bob Example',
    });
    // Without `occurred_at` the status moves but no time is invented.
    expect(applyEvent(triggered, event('incident.resolved', { occurred_at: '', agent: null }))).toStrictEqual(
      {
        status: 'resolved',
        statusAt: at(0),
      },
    );
  });

  it('keeps the first acknowledgement when a late one arrives, and records one that was missing', () => {
    const acked = {
      status: 'acknowledged' as const,
      statusAt: at(5),
      acknowledgedAt: at(5),
      acknowledgedBy: 'Ann',
    };
    const resolved = { ...acked, status: 'resolved' as const, statusAt: at(9) };
    const lateAck = event('incident.acknowledged', { occurred_at: at(3), agent: bob });
    expect(applyEvent(resolved, lateAck)).toStrictEqual(resolved);
    const withoutAck = { status: 'resolved' as const, statusAt: at(9) };
    expect(
      applyEvent(withoutAck, event('incident.acknowledged', { occurred_at: at(3), agent: null })),
    ).toStrictEqual({
      ...withoutAck,
      acknowledgedAt: at(3),
    });
  });

  it('moves back to triggered on a newer unacknowledge, not on an older one', () => {
    const acked = { status: 'acknowledged' as const, statusAt: at(5) };
    expect(applyEvent(acked, event('incident.unacknowledged', { occurred_at: at(8) }))).toStrictEqual({
      status: 'triggered',
      statusAt: at(8),
    });
    expect(applyEvent(acked, event('incident.unacknowledged', { occurred_at: at(4) }))).toStrictEqual(acked);
  });

  it('forgets the resolution on a newer reopen only', () => {
    const resolved = { status: 'resolved' as const, statusAt: at(9), resolvedAt: at(9), resolvedBy: 'Ann' };
    expect(applyEvent(resolved, event('incident.reopened', { occurred_at: at(12) }))).toStrictEqual({
      status: 'triggered',
      statusAt: at(12),
    });
    expect(applyEvent(resolved, event('incident.reopened', { occurred_at: at(7) }))).toStrictEqual(resolved);
  });

  it('orders escalation levels by the escalations themselves, and records one only when the level is known', () => {
    const acked = { status: 'acknowledged' as const, statusAt: at(5), level: 2 };
    expect(applyEvent(acked, event('incident.escalated', { occurred_at: at(6) }), 3)).toStrictEqual({
      ...acked,
      level: 3,
      levelAt: at(6),
    });
    // An escalation older than the acknowledgement still counts: the level has its own order.
    expect(applyEvent(acked, event('incident.escalated', { occurred_at: at(4) }), 3)).toStrictEqual({
      ...acked,
      level: 3,
      levelAt: at(4),
    });
    // An escalation older than the one that set the level never lowers it.
    const escalated = { ...acked, level: 3, levelAt: at(6) };
    expect(applyEvent(escalated, event('incident.escalated', { occurred_at: at(4) }), 2)).toStrictEqual(
      escalated,
    );
    expect(applyEvent(acked, event('incident.escalated', { occurred_at: at(6) }))).toStrictEqual(acked);
  });

  it('reads every state field back from metadata and ignores odd values', () => {
    expect(
      stateFromMetadata({
        status: 'resolved',
        status_at: at(9),
        acknowledged_at: at(5),
        acknowledged_by: 'Ann',
        resolved_at: at(9),
        resolved_by: 'Bob',
        level: 2,
      }),
    ).toStrictEqual({
      status: 'resolved',
      statusAt: at(9),
      acknowledgedAt: at(5),
      acknowledgedBy: 'Ann',
      resolvedAt: at(9),
      resolvedBy: 'Bob',
      level: 2,
    });
    expect(stateFromMetadata({ status: 'acknowledged' })).toStrictEqual({ status: 'acknowledged' });
    expect(
      stateFromMetadata({
        status: 'snoozed',
        status_at: '',
        acknowledged_by: 7,
        resolved_by: '',
        level: '2',
      }),
    ).toStrictEqual({ status: 'triggered' });
  });

  it('writes every state field to metadata, names cut to 200 characters, and reads them back unchanged', () => {
    const state = {
      status: 'resolved' as const,
      statusAt: at(9),
      acknowledgedAt: at(5),
      acknowledgedBy: 'Ann',
      resolvedAt: at(9),
      resolvedBy: 'Bob',
      level: 0,
    };
    const payload = topMetadata('P1', 'E1', 'W1', state, 'rb').payload;
    expect(payload).toStrictEqual({
      incident_id: 'P1',
      event_id: 'E1',
      webhook_id: 'W1',
      runbook_id: 'rb',
      status: 'resolved',
      status_at: at(9),
      acknowledged_at: at(5),
      acknowledged_by: 'Ann',
      resolved_at: at(9),
      resolved_by: 'Bob',
      level: 0,
    });
    expect(stateFromMetadata(payload)).toStrictEqual(state);
    const long = topMetadata('P1', 'E1', null, {
      status: 'acknowledged',
      acknowledgedBy: 'a'.repeat(300),
      resolvedBy: 'b'.repeat(300),
    });
    expect(String(long.payload.acknowledged_by).length).toBeLessThanOrEqual(200);
    expect(String(long.payload.acknowledged_by).startsWith('a'.repeat(150))).toBe(true);
    expect(String(long.payload.resolved_by).length).toBeLessThanOrEqual(200);
    expect(String(long.payload.resolved_by).startsWith('b'.repeat(150))).toBe(true);
    expect(long.payload).not.toHaveProperty('runbook_id');
  });

  it.each([
    [
      { status: 'acknowledged' as const, acknowledgedBy: 'Bob' },
      ':large_yellow_circle: *Acknowledged* · acknowledged by Bob',
    ],
    [
      { status: 'acknowledged' as const, acknowledgedAt: '2026-11-26T01:05:30.500Z' },
      ':large_yellow_circle: *Acknowledged* · acknowledged at <!date^1795655130^{date_short_pretty} {time}|2026-11-26 01:05 UTC>',
    ],
    [
      { status: 'acknowledged' as const, acknowledgedBy: 'A <b> & c', acknowledgedAt: 'soon' },
      ':large_yellow_circle: *Acknowledged* · acknowledged by A &lt;b&gt; &amp; c at soon',
    ],
    [
      { status: 'acknowledged' as const, acknowledgedAt: '<!here>' },
      ':large_yellow_circle: *Acknowledged* · acknowledged at &lt;!here&gt;',
    ],
    [{ status: 'resolved' as const }, ':large_green_circle: *Resolved*'],
    [
      { status: 'resolved' as const, resolvedAt: '2026-11-26T02:00:00Z' },
      ':large_green_circle: *Resolved* · resolved at <!date^1795658400^{date_short_pretty} {time}|2026-11-26 02:00 UTC>',
    ],
    [
      { status: 'triggered' as const, resolvedBy: 'Ann', acknowledgedBy: 'Bob', level: 1 },
      ':red_circle: *Triggered* · acknowledged by Bob',
    ],
    [{ status: 'triggered' as const, level: 3 }, ':red_circle: *Triggered* · escalated to level 3'],
  ])('renders the status line of %j', (state, expected) => {
    expect(statusText(state)).toBe(expected);
  });

  it('renames the fallback text after the new status and drops the old state keys from the metadata', () => {
    const existing = {
      ts: '1.0',
      text: 'Acknowledged: Disk full',
      blocks: [
        {
          type: 'context' as const,
          block_id: 'oncall-status',
          elements: [{ type: 'mrkdwn' as const, text: 'old' }],
        },
      ],
      metadata: {
        eventType: TOP_EVENT_TYPE,
        payload: {
          incident_id: 'P1',
          status: 'acknowledged',
          acknowledged_by: 'Ann',
          level: 2,
          status_at: at(5),
        },
      },
    };
    for (const [status, word] of [
      ['triggered', 'Triggered'],
      ['acknowledged', 'Acknowledged'],
      ['resolved', 'Resolved'],
    ] as const) {
      const updated = updatedTopMessage(existing, { status });
      expect(updated.text).toBe(`${word}: Disk full`);
      expect(updated.metadata).toStrictEqual({
        eventType: TOP_EVENT_TYPE,
        payload: { incident_id: 'P1', status },
      });
      expect(updated.blocks).toHaveLength(1);
    }
    expect(updatedTopMessage({ ts: '1.0', text: 'Disk full' }, { status: 'resolved' }).text).toBe(
      'Disk full',
    );
  });

  it('starts from the status PagerDuty reports, anything unknown as triggered', () => {
    expect(initialState('acknowledged', at(5))).toStrictEqual({ status: 'acknowledged', statusAt: at(5) });
    expect(initialState('resolved', at(9))).toStrictEqual({ status: 'resolved', statusAt: at(9) });
    expect(initialState('triggered', '')).toStrictEqual({ status: 'triggered' });
    expect(initialState('snoozed', at(1))).toStrictEqual({ status: 'triggered', statusAt: at(1) });
  });

  it('keeps a reply without a delivery id findable by its event id', () => {
    expect(replyMetadata({ ...event('incident.acknowledged'), webhook_id: null })).toStrictEqual({
      eventType: REPLY_EVENT_TYPE,
      payload: {
        incident_id: 'PINC001',
        event_id: 'ev-incident.acknowledged',
        webhook_id: '',
        incident_event: 'incident.acknowledged',
        occurred_at: '2026-11-26T01:05:00Z',
        agent: 'Bob Example',
      },
    });
  });

  it('renames only a leading status word, and adds the status line to a message that had no blocks', () => {
    const updated = updatedTopMessage(
      { ts: '1.0', text: 'Disk full (Resolved: no)' },
      { status: 'acknowledged' },
    );
    expect(updated.text).toBe('Disk full (Resolved: no)');
    expect(updated.blocks).toStrictEqual([
      {
        type: 'context',
        block_id: 'oncall-status',
        elements: [{ type: 'mrkdwn', text: ':large_yellow_circle: *Acknowledged*' }],
      },
    ]);
  });

  it('does not take another delivery, or an empty delivery id, for the same delivery', () => {
    const other = {
      ts: '1',
      text: '',
      metadata: { eventType: REPLY_EVENT_TYPE, payload: { event_id: 'x', webhook_id: 'wh-2' } },
    };
    expect(isPostFor(other, { ...event('incident.acknowledged'), webhook_id: 'wh-1' })).toBe(false);
  });

  it('does not take an empty delivery id for the same delivery', () => {
    const e = { ...event('incident.acknowledged'), webhook_id: '' };
    const post = {
      ts: '1',
      text: '',
      metadata: { eventType: REPLY_EVENT_TYPE, payload: { event_id: 'other', webhook_id: '' } },
    };
    expect(isPostFor(post, e)).toBe(false);
  });
});

describe('PagerDuty’s current status over the state', () => {
  const state: IncidentState = { status: 'triggered', statusAt: '2026-03-02T01:00:00Z', level: 3 };

  it.each(['triggered', 'acknowledged', 'resolved'] as const)('takes the status %s', (status) => {
    for (const from of ['triggered', 'acknowledged', 'resolved'] as const) {
      expect(withCurrentStatus({ ...state, status: from }, status).status).toBe(status);
    }
  });

  it('keeps the status it has for a status it does not show', () => {
    expect(withCurrentStatus({ ...state, status: 'acknowledged' }, 'snoozed')).toStrictEqual({
      ...state,
      status: 'acknowledged',
    });
  });

  it('takes a level above 1, drops the level at 1, keeps it when unknown; the input is not changed', () => {
    expect(withCurrentStatus(state, 'triggered', 2).level).toBe(2);
    expect(withCurrentStatus(state, 'triggered', 1)).toStrictEqual({
      status: 'triggered',
      statusAt: '2026-03-02T01:00:00Z',
    });
    expect(withCurrentStatus(state, 'triggered').level).toBe(3);
    expect(state.level).toBe(3);
  });
});

describe('sameState', () => {
  const base: IncidentState = {
    status: 'acknowledged',
    statusAt: '2026-03-02T01:00:00Z',
    acknowledgedAt: '2026-03-02T01:00:00Z',
    acknowledgedBy: 'Ann',
    resolvedAt: '2026-03-02T02:00:00Z',
    resolvedBy: 'Bob',
    level: 2,
    levelAt: '2026-03-02T01:30:00Z',
    escalation: { wanted: 2, outcome: 'done', reason: 'why' },
    onCall: [{ name: 'Ann', slackId: 'U0ANN' }],
    onCallLevel: 2,
  };
  const copy = (): IncidentState => JSON.parse(JSON.stringify(base)) as IncidentState;

  it('equal states (different objects) are the same', () => {
    expect(sameState(base, copy())).toBe(true);
    expect(sameState({ status: 'triggered' }, { status: 'triggered' })).toBe(true);
  });

  it.each<[string, Partial<IncidentState>]>([
    ['status', { status: 'resolved' }],
    ['statusAt', { statusAt: '2026-03-02T01:00:01Z' }],
    ['acknowledgedAt', { acknowledgedAt: '2026-03-02T01:00:01Z' }],
    ['acknowledgedBy', { acknowledgedBy: 'Ann B' }],
    ['resolvedAt', { resolvedAt: '2026-03-02T02:00:01Z' }],
    ['resolvedBy', { resolvedBy: 'Bo' }],
    ['level', { level: 3 }],
    ['levelAt', { levelAt: '2026-03-02T01:30:01Z' }],
    ['escalation wanted', { escalation: { wanted: 3, outcome: 'done', reason: 'why' } }],
    ['escalation outcome', { escalation: { wanted: 2, outcome: 'failed', reason: 'why' } }],
    ['escalation reason', { escalation: { wanted: 2, outcome: 'done', reason: 'other' } }],
    ['escalation missing', { escalation: undefined }],
    ['on-call people', { onCall: [{ name: 'Bob' }] }],
    ['on-call people missing', { onCall: undefined }],
    ['on-call level', { onCallLevel: 3 }],
  ])('a different %s is a different state', (_field, change) => {
    const other = { ...copy(), ...change };
    expect(sameState(base, other)).toBe(false);
    expect(sameState(other, base)).toBe(false);
  });

  it('no on-call list and an empty one differ', () => {
    expect(sameState({ status: 'triggered' }, { status: 'triggered', onCall: [] })).toBe(false);
  });
});

describe('compareInstants', () => {
  it.each([
    ['2026-03-02T01:00:00.500Z', '2026-03-02T01:00:00Z', 1],
    ['2026-03-02T01:00:00Z', '2026-03-02T01:00:00.500Z', -1],
    ['2026-03-02T10:00:00+09:00', '2026-03-02T01:00:00Z', 0],
    ['not a date', '2026-03-02T01:00:00Z', -1],
    ['2026-03-02T01:00:00Z', 'not a date', 1],
    ['a', 'b', -1],
    ['b', 'a', 1],
    ['a', 'a', 0],
  ])('%s against %s: %i', (a, b, sign) => {
    expect(Math.sign(compareInstants(a, b))).toBe(sign);
  });
});

describe('on-call people read back from metadata', () => {
  it.each([
    ['not JSON', '[{"name":'],
    ['not a list', '{"name":"Ann"}'],
    ['an empty string', ''],
  ])('%s gives no on-call list', (_what, onCall) => {
    expect(stateFromMetadata({ status: 'triggered', on_call: onCall }).onCall).toBeUndefined();
  });

  it('keeps entries with a name, and a Slack ID only when it looks like one', () => {
    const state = stateFromMetadata({
      status: 'triggered',
      on_call: JSON.stringify([
        null,
        'Ann',
        { slackId: 'U0NONAME' },
        { name: 42 },
        { name: 'Bob', slackId: 'U0BOB' },
        { name: 'Wen', slackId: 'W0WEN' },
        { name: 'Cat', slackId: 'u0cat' },
        { name: 'Dee', slackId: 'U0' },
        { name: 'Eve', slackId: 7 },
        { name: 'Fay', slackId: 'xU0FAY' },
        { name: 'Gus', slackId: 'U0GUSx' },
      ]),
    });
    expect(state.onCall).toEqual([
      { name: 'Bob', slackId: 'U0BOB' },
      { name: 'Wen', slackId: 'W0WEN' },
      { name: 'Cat' },
      { name: 'Dee' },
      { name: 'Eve' },
      { name: 'Fay' },
      { name: 'Gus' },
    ]);
  });
});

describe('the notification text after an update', () => {
  it('shows the new status and the new on-call people, keeping a title that contains the separator', () => {
    const existing = { ts: '1.0', text: 'Triggered: Disk — on call: full — on call: Ann' };
    const updated = updatedTopMessage(existing, {
      status: 'acknowledged',
      onCall: [{ name: 'Dan', slackId: 'U0DAN' }],
    });
    expect(updated.text).toBe('Acknowledged: Disk — on call: full — on call: <@U0DAN>');
  });

  it('a Japanese text is cut at its own separator', () => {
    const existing = { ts: '1.0', text: 'Triggered: Disk full — オンコール: Ann' };
    const updated = updatedTopMessage(existing, { status: 'resolved', onCall: [{ name: 'Eve' }] });
    expect(updated.text).toBe('Resolved: Disk full — on call: Eve');
  });

  it('a text without an on-call part keeps its whole title', () => {
    const updated = updatedTopMessage(
      { ts: '1.0', text: 'Triggered: Disk full' },
      { status: 'resolved', onCall: [{ name: 'Eve' }] },
    );
    expect(updated.text).toBe('Resolved: Disk full — on call: Eve');
  });
});

describe('the metadata after an update', () => {
  it('drops every state field the new state no longer has, and keeps the rest of the payload', () => {
    const existing = {
      ts: '1.0',
      text: 'Triggered: Disk full',
      metadata: {
        eventType: TOP_EVENT_TYPE,
        payload: {
          incident_id: 'PINC1',
          event_id: 'E1',
          status: 'resolved',
          status_at: '2026-03-02T01:00:00Z',
          acknowledged_at: '2026-03-02T01:00:00Z',
          acknowledged_by: 'Ann',
          resolved_at: '2026-03-02T02:00:00Z',
          resolved_by: 'Bob',
          level: 2,
          level_at: '2026-03-02T01:30:00Z',
          escalate_to: 2,
          escalation: 'done',
          escalation_reason: 'why',
          on_call: '[{"name":"Ann"}]',
          on_call_level: 2,
        },
      },
    };
    const updated = updatedTopMessage(existing, { status: 'triggered' });
    expect(updated.metadata?.payload).toStrictEqual({
      incident_id: 'PINC1',
      event_id: 'E1',
      status: 'triggered',
    });
  });
});

describe('the escalation line after an update', () => {
  const pending = { wanted: 2, outcome: 'pending' as const };
  const done = { wanted: 2, outcome: 'done' as const };
  const ids = (blocks: Block[] | undefined) => (blocks ?? []).map((b) => b.block_id);
  const section = (block_id: string, text: string): Block => ({
    type: 'section',
    block_id,
    text: { type: 'mrkdwn', text },
  });

  it('replaces the line under the runbook with the new outcome, in the same place', () => {
    const top = buildTopMessage(topInput({ state: { status: 'triggered', escalation: pending } }));
    const existing = { ts: '1.0', text: top.text, blocks: top.blocks!, metadata: top.metadata! };
    const updated = updatedTopMessage(existing, { status: 'triggered', escalation: done });
    expect(ids(updated.blocks).filter((id) => id === 'oncall-escalated')).toHaveLength(1);
    expect(blockText(updated.blocks, 'oncall-escalated')).toBe(escalationText(done));
    expect(ids(updated.blocks)).toStrictEqual(ids(top.blocks));
  });

  it('puts the line right after a runbook block that comes first', () => {
    const updated = updatedTopMessage(
      {
        ts: '1.0',
        text: 'Triggered: Disk full',
        blocks: [section('oncall-runbook', 'runbook'), section('oncall-index', 'index')],
      },
      { status: 'triggered', escalation: done },
    );
    expect(ids(updated.blocks)).toStrictEqual([
      'oncall-runbook',
      'oncall-escalated',
      'oncall-index',
      'oncall-status',
    ]);
  });

  it('puts the line before the status line when the message has no runbook block', () => {
    const updated = updatedTopMessage(
      { ts: '1.0', text: 'Triggered: Disk full', blocks: [section('oncall-incident', 'Disk full')] },
      { status: 'triggered', escalation: done },
    );
    expect(ids(updated.blocks)).toStrictEqual(['oncall-incident', 'oncall-escalated', 'oncall-status']);
  });

  it('keeps the line as it was when the new state says nothing about the escalation', () => {
    const top = buildTopMessage(topInput({ state: { status: 'triggered', escalation: pending } }));
    const updated = updatedTopMessage(
      { ts: '1.0', text: top.text, blocks: top.blocks! },
      { status: 'acknowledged' },
    );
    expect(blockText(updated.blocks, 'oncall-escalated')).toBe(escalationText(pending));
  });

  it('writes the escalation to the metadata and reads it back, reason included', () => {
    const escalation = { wanted: 3, outcome: 'failed' as const, reason: 'Incident Already Resolved' };
    const payload = topMetadata('P1', 'E1', 'W1', {
      status: 'triggered',
      level: 2,
      levelAt: '2026-11-26T01:06:00Z',
      escalation,
    }).payload;
    expect(payload).toMatchObject({
      escalate_to: 3,
      escalation: 'failed',
      escalation_reason: 'Incident Already Resolved',
      level_at: '2026-11-26T01:06:00Z',
    });
    expect(stateFromMetadata(payload)).toStrictEqual({
      status: 'triggered',
      level: 2,
      levelAt: '2026-11-26T01:06:00Z',
      escalation,
    });
    const withoutReason = topMetadata('P1', 'E1', 'W1', {
      status: 'triggered',
      escalation: { wanted: 2, outcome: 'skipped' },
    }).payload;
    expect(withoutReason).not.toHaveProperty('escalation_reason');
    expect(stateFromMetadata(withoutReason).escalation).toStrictEqual({ wanted: 2, outcome: 'skipped' });
  });

  it.each(['pending', 'done', 'skipped', 'failed'] as const)('reads the outcome %s back', (outcome) => {
    expect(
      stateFromMetadata({ status: 'triggered', escalate_to: 2, escalation: outcome }).escalation,
    ).toStrictEqual({ wanted: 2, outcome });
  });

  it.each([
    ['a level that is not a number', { escalate_to: '2', escalation: 'done' }],
    ['an unknown outcome', { escalate_to: 2, escalation: 'maybe' }],
    ['no outcome', { escalate_to: 2 }],
    ['no level', { escalation: 'done' }],
  ])('ignores an escalation with %s', (_what, fields) => {
    expect(stateFromMetadata({ status: 'triggered', ...fields })).toStrictEqual({ status: 'triggered' });
  });
});

describe('the rest of the top message after an update', () => {
  const field = (text: string) => ({ type: 'mrkdwn' as const, text });

  it('keeps the buttons away from a message that never had them, and from one without an incident id', () => {
    const noBlocks = updatedTopMessage(
      {
        ts: '1.0',
        text: 'Triggered: Disk full',
        metadata: { eventType: TOP_EVENT_TYPE, payload: { incident_id: 'P1', status: 'triggered' } },
      },
      { status: 'acknowledged' },
    );
    expect(noBlocks.blocks?.map((b) => b.type)).toStrictEqual(['context']);
    const top = buildTopMessage(topInput());
    expect(top.blocks?.some((b) => b.type === 'actions')).toBe(true);
    const noId = updatedTopMessage(
      {
        ts: '1.0',
        text: top.text,
        blocks: top.blocks!,
        metadata: { eventType: TOP_EVENT_TYPE, payload: {} },
      },
      { status: 'acknowledged' },
    );
    expect(noId.blocks?.some((b) => b.type === 'actions')).toBe(false);
  });

  it('replaces only the last field of the details, where the on-call field is', () => {
    const updated = updatedTopMessage(
      {
        ts: '1.0',
        text: 'Triggered: Disk full',
        blocks: [
          {
            type: 'section',
            block_id: 'oncall-details',
            fields: [field('*Service*\nCheckout'), field('*Urgency*\nhigh'), field('*On call*\nAnn')],
          },
        ],
      },
      { status: 'triggered', onCall: [{ name: 'Dan' }] },
    );
    const details = updated.blocks?.find((b) => b.block_id === 'oncall-details');
    expect(details?.type === 'section' && details.fields?.map((f) => f.text)).toStrictEqual([
      '*Service*\nCheckout',
      '*Urgency*\nhigh',
      '*On call*\nDan',
    ]);
  });

  it('leaves blocks of an unexpected shape as they were', () => {
    const blocks: Block[] = [
      { type: 'header', block_id: 'oncall-incident', text: { type: 'plain_text', text: 'Disk full' } },
      { type: 'section', block_id: 'oncall-details', text: { type: 'mrkdwn', text: 'no fields' } },
      { type: 'section', block_id: 'oncall-also', fields: [field('a'), field('b')] },
    ];
    const updated = updatedTopMessage(
      { ts: '1.0', text: 'Triggered: Disk full', blocks },
      { status: 'resolved', onCall: [{ name: 'Dan' }] },
    );
    expect(updated.blocks?.slice(0, 3)).toStrictEqual(blocks);
    const noText = updatedTopMessage(
      {
        ts: '1.0',
        text: 'Triggered: Disk full',
        blocks: [{ type: 'section', block_id: 'oncall-incident', fields: [field('a')] }],
      },
      { status: 'resolved' },
    );
    expect(noText.blocks?.[0]).toStrictEqual({
      type: 'section',
      block_id: 'oncall-incident',
      fields: [field('a')],
    });
  });

  it('leaves the details alone when the state names nobody on call', () => {
    const top = buildTopMessage(topInput());
    const updated = updatedTopMessage(
      { ts: '1.0', text: top.text, blocks: top.blocks! },
      { status: 'resolved' },
    );
    expect(blockText(updated.blocks, 'oncall-details')).toBe(blockText(top.blocks, 'oncall-details'));
  });

  it('cuts the on-call part of the notification text of an incident without a title', () => {
    const updated = updatedTopMessage(
      { ts: '1.0', text: 'Triggered:  — on call: Ann' },
      { status: 'acknowledged', onCall: [{ name: 'Dan' }] },
    );
    expect(updated.text).toBe('Acknowledged:  — on call: Dan');
  });

  it('keeps at most the people shown plus one in the metadata, enough to say there are more', () => {
    const many = Array.from({ length: 14 }, (_, i) => ({ name: `Person ${i + 1}` }));
    const top = buildTopMessage(topInput());
    const updated = updatedTopMessage(
      { ts: '1.0', text: top.text, blocks: top.blocks!, metadata: top.metadata! },
      { status: 'triggered', onCall: many },
    );
    const kept = stateFromMetadata(updated.metadata!.payload).onCall!;
    expect(kept.length).toBeLessThan(many.length);
    expect(kept).toStrictEqual(many.slice(0, kept.length));
    const again = updatedTopMessage(
      { ts: '1.0', text: updated.text, blocks: updated.blocks!, metadata: updated.metadata! },
      stateFromMetadata(updated.metadata!.payload),
    );
    const onCall = blockText(again.blocks, 'oncall-details');
    for (const p of many.slice(0, 10)) expect(onCall).toContain(p.name);
    expect(onCall).not.toContain('Person 11,');
    expect(onCall).toMatch(/more/);
  });

  it('keeps a Slack ID only when it is a text that looks like one', () => {
    const state = stateFromMetadata({
      status: 'triggered',
      on_call: JSON.stringify([{ name: 'Hal', slackId: ['U0HAL'] }]),
    });
    expect(state.onCall).toStrictEqual([{ name: 'Hal' }]);
  });

  it('writes the run that posted the message to its metadata', () => {
    expect(topMetadata('P1', 'E1', 'W1', { status: 'triggered' }, undefined, 'run-7').payload.run).toBe(
      'run-7',
    );
    expect(topMetadata('P1', 'E1', 'W1', { status: 'triggered' })).not.toHaveProperty('payload.run');
  });
});

describe('the headline of each status', () => {
  const headlineOf = (message: Pick<SlackMessage, 'blocks'>) =>
    blockText(message.blocks, 'oncall-incident').split('\n')[0];

  it('shows the status emoji and the bold title while the incident is open', () => {
    const title = '[FIRING:1] KubePodCrashLooping (api payments warning)';
    expect(headlineOf(buildTopMessage(topInput()))).toBe(`:rotating_light: *${title}*`);
    expect(headlineOf(buildTopMessage(topInput({ state: { status: 'acknowledged' } })))).toBe(
      `:eyes: *${title}*`,
    );
  });

  it('strikes the placeholder of an incident without a title, and restores it on reopening', () => {
    const untitled = topInput({ incident: { ...topInput().incident, title: '' } });
    const open = buildTopMessage(untitled);
    expect(headlineOf(open)).toBe(':rotating_light: _(no title)_');
    const resolved = buildTopMessage({ ...untitled, state: { status: 'resolved' } });
    expect(headlineOf(resolved)).toBe(':white_check_mark: *[Resolved]* ~_(no title)_~');
    const reopened = updatedTopMessage(
      { ts: '1.0', text: resolved.text, blocks: resolved.blocks! },
      { status: 'triggered' },
    );
    expect(headlineOf(reopened)).toBe(headlineOf(open));
  });
});

describe('incident state: the order of resolutions and escalations', () => {
  const at = (minute: number) => `2026-11-26T01:${String(minute).padStart(2, '0')}:00Z`;
  const ann = { id: 'PANN', name: 'Ann', type: 'user_reference' };
  const bob = { id: 'PBOB', name: 'Bob', type: 'user_reference' };
  const resolved = { status: 'resolved' as const, statusAt: at(9), resolvedAt: at(9), resolvedBy: 'Ann' };

  it('a newer resolution records who resolved it last, and when', () => {
    expect(
      applyEvent(resolved, event('incident.resolved', { occurred_at: at(12), agent: bob })),
    ).toStrictEqual({
      status: 'resolved',
      statusAt: at(12),
      resolvedAt: at(12),
      resolvedBy: 'Bob',
    });
  });

  it('a resolution of the same instant fills in who resolved it', () => {
    const unnamed = { status: 'resolved' as const, statusAt: at(9), resolvedAt: at(9) };
    expect(applyEvent(unnamed, event('incident.resolved', { occurred_at: at(9), agent: ann }))).toStrictEqual(
      resolved,
    );
  });

  it('a resolution without a time counts as the latest, and keeps the time it has', () => {
    expect(applyEvent(resolved, event('incident.resolved', { occurred_at: '', agent: bob }))).toStrictEqual({
      ...resolved,
      resolvedBy: 'Bob',
    });
  });

  it('an event without a time moves a state without a time to any status', () => {
    const bare = { occurred_at: '', agent: null };
    expect(applyEvent({ status: 'resolved' }, event('incident.reopened', bare))).toStrictEqual({
      status: 'triggered',
    });
    expect(applyEvent({ status: 'acknowledged' }, event('incident.unacknowledged', bare))).toStrictEqual({
      status: 'triggered',
    });
  });

  it('a newer escalation, or one of the same instant, sets the level and its time', () => {
    const escalated = { status: 'triggered' as const, statusAt: at(0), level: 2, levelAt: at(6) };
    expect(applyEvent(escalated, event('incident.escalated', { occurred_at: at(8) }), 3)).toStrictEqual({
      ...escalated,
      level: 3,
      levelAt: at(8),
    });
    expect(applyEvent(escalated, event('incident.escalated', { occurred_at: at(6) }), 3)).toStrictEqual({
      ...escalated,
      level: 3,
    });
  });

  it('an escalation without a time sets the level and keeps the time of the last one', () => {
    const escalated = { status: 'triggered' as const, statusAt: at(0), level: 2, levelAt: at(6) };
    expect(applyEvent(escalated, event('incident.escalated', { occurred_at: '' }), 3)).toStrictEqual({
      ...escalated,
      level: 3,
    });
  });
});
