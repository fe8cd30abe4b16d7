import { describe, expect, it } from '@jest/globals';
import {
  ALSO_MATCHED_SHOWN,
  REPLY_EVENT_TYPE,
  TOP_EVENT_TYPE,
  applyEvent,
  buildReply,
  buildTopMessage,
  docUrl,
  isPostFor,
  stateFromMetadata,
  statusText,
  topMetadata,
  updatedTopMessage,
  type RunbookLink,
  type TopMessageInput,
} from '../src/alert/message.js';
import type { DispatchPayload } from '../src/relay/types.js';
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

  it('shows the buttons that fit the state: all while triggered, no Acknowledge once acknowledged, none once resolved', () => {
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
    expect(labels(resolved.blocks)).toEqual([]);
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
    // Everything before the status line and the buttons is kept as it was.
    expect(updated.blocks!.slice(0, -2)).toEqual(top.blocks!.slice(0, -2));
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
      payload: { incident_id: 'PINC001', event_id: `ev-${type}`, webhook_id: `wh-${type}` },
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
