import { describe, expect, it } from '@jest/globals';
import type { PdOnCall, PdUser } from '../src/pagerduty/types.js';
import { parseMrkdwn } from '../src/slack/mrkdwn.js';
import type { Block, SlackMessage } from '../src/slack/types.js';
import {
  buildHandoverNotice,
  buildNobodyMessage,
  buildShiftMessage,
  buildTopic,
  previewText,
  shiftKey,
  type ShiftMessageOptions,
} from '../src/shift/message.js';
import { buildShiftPlan, type ShiftTargets } from '../src/shift/plan.js';
import { shiftWindow } from '../src/shift/window.js';

// Shift: Fri 5 Jun 2026 10:00 JST → Sat 6 Jun 10:00 JST.
const window = shiftWindow(new Date('2026-06-05T01:30:00Z'), 'Asia/Tokyo', '10:00');
const jst = (local: string) => new Date(`${local}+09:00`);

const alice: PdUser = { id: 'PALICE', name: 'Alice Adams', email: 'alice@example.com' };
const bob: PdUser = { id: 'PBOB', name: 'Bob Brown', email: 'bob@example.com' };
const carol: PdUser = { id: 'PCAROL', name: 'Carol <script> & Co', email: 'carol@example.com' };
const primary = { id: 'PSCHED1', name: 'Primary', htmlUrl: 'https://acme.pagerduty.com/schedules/PSCHED1' };
const secondary = { id: 'PSCHED2', name: 'Secondary' };
const policy = {
  id: 'PPOLICY',
  name: 'Platform',
  htmlUrl: 'https://acme.pagerduty.com/escalation_policies/PPOLICY',
};

function row(
  user: PdUser,
  start: string | null,
  end: string | null,
  extra: Partial<PdOnCall> = {},
): PdOnCall {
  return {
    user,
    schedule: primary,
    escalationPolicy: policy,
    escalationLevel: 1,
    start: start === null ? null : jst(start),
    end: end === null ? null : jst(end),
    ...extra,
  };
}

const targets: ShiftTargets = { scheduleIds: ['PSCHED1'], escalationPolicyIds: [], levels: [] };
const options = (over: Partial<ShiftMessageOptions> = {}): ShiftMessageOptions => ({
  channel: 'C0SHIFT',
  language: 'en',
  targets,
  mentions: new Map([
    ['PALICE', 'U0ALICE'],
    ['PBOB', 'U0BOB'],
  ]),
  runId: 'run-1',
  ...over,
});

function allText(message: SlackMessage): string {
  return (message.blocks ?? [])
    .flatMap((b: Block) =>
      b.type === 'section'
        ? [b.text?.text ?? '']
        : b.type === 'context'
          ? b.elements.map((e) => e.text)
          : b.type === 'header'
            ? [b.text.text]
            : [],
    )
    .join('\n');
}

describe('shift plan', () => {
  it('S4 lists both people of an override inside the shift with their local times', () => {
    const plan = buildShiftPlan(window, targets, [
      row(alice, '2026-06-01T10:00', '2026-06-05T14:00'),
      row(bob, '2026-06-05T14:00', '2026-06-05T18:00'),
      row(alice, '2026-06-05T18:00', '2026-06-08T10:00'),
    ]);
    const group = plan.groups[0]!;
    expect(group.segments.map((s) => [s.user.id, s.start.toISOString(), s.end.toISOString()])).toEqual([
      ['PALICE', '2026-06-05T01:00:00.000Z', '2026-06-05T05:00:00.000Z'],
      ['PBOB', '2026-06-05T05:00:00.000Z', '2026-06-05T09:00:00.000Z'],
      ['PALICE', '2026-06-05T09:00:00.000Z', '2026-06-06T01:00:00.000Z'],
    ]);
    const text = allText(buildShiftMessage(plan, options()));
    expect(text).toContain(
      '• <@U0ALICE> 10:00–14:00\n• <@U0BOB> 14:00–18:00\n• <@U0ALICE> 18:00–10:00 (+1 day)',
    );
  });

  it('S5 keeps both segments when the same person is on call twice', () => {
    const plan = buildShiftPlan(window, targets, [
      row(alice, '2026-06-05T08:00', '2026-06-05T12:00'),
      row(bob, '2026-06-05T12:00', '2026-06-05T20:00'),
      row(alice, '2026-06-05T20:00', '2026-06-06T12:00'),
    ]);
    expect(plan.groups[0]!.segments.filter((s) => s.user.id === 'PALICE')).toHaveLength(2);
    expect(plan.users.map((u) => u.id)).toEqual(['PALICE', 'PBOB']);
  });

  it("merges one person's touching rows and drops duplicates from two escalation policies", () => {
    const other = { id: 'POTHER', name: 'Other policy' };
    const plan = buildShiftPlan(window, targets, [
      row(alice, '2026-06-05T08:00', '2026-06-05T16:00'),
      row(alice, '2026-06-05T08:00', '2026-06-05T16:00', { escalationPolicy: other }),
      row(alice, '2026-06-05T16:00', '2026-06-06T12:00'),
    ]);
    expect(plan.groups[0]!.segments).toHaveLength(1);
    expect(plan.groups[0]!.segments[0]!.wholeShift).toBe(true);
    expect(allText(buildShiftMessage(plan, options()))).toContain('• <@U0ALICE> — whole shift');
  });

  it('S6 detects nobody on call and builds an explicit warning', () => {
    const plan = buildShiftPlan(window, targets, [], new Map([['PSCHED1', primary]]));
    expect(plan.nobody.map((g) => g.ref.id)).toEqual(['PSCHED1']);
    const message = buildNobodyMessage(plan, options());
    expect(message.blocks?.[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: 'Nobody is on call · Fri 5 Jun', emoji: true },
    });
    expect(allText(message)).toContain('*Nobody is on call* for these schedules');
    expect(allText(message)).toContain('<https://acme.pagerduty.com/schedules/PSCHED1|Primary>');
    expect(message.metadata?.payload.status).toBe('nobody');
  });

  it('shows a gap inside the shift as a warning line', () => {
    const plan = buildShiftPlan(window, targets, [
      row(alice, '2026-06-05T08:00', '2026-06-05T14:00'),
      row(bob, '2026-06-05T18:00', '2026-06-06T12:00'),
    ]);
    expect(plan.nobody).toEqual([]);
    expect(allText(buildShiftMessage(plan, options()))).toContain(
      '• <@U0ALICE> 10:00–14:00\n• :warning: nobody on call 14:00–18:00\n• <@U0BOB> 18:00–10:00 (+1 day)',
    );
  });

  it('S7 shows a permanent on-call (null start/end) as "always on call"', () => {
    const plan = buildShiftPlan(window, { scheduleIds: [], escalationPolicyIds: ['PPOLICY'], levels: [2] }, [
      row(bob, null, null, { schedule: null, escalationLevel: 2 }),
    ]);
    const group = plan.groups[0]!;
    expect(group.level).toBe(2);
    expect(group.segments[0]!.permanent).toBe(true);
    expect(allText(buildShiftMessage(plan, options()))).toContain(
      '*<https://acme.pagerduty.com/escalation_policies/PPOLICY|Platform>* · level 2\n• <@U0BOB> — always on call',
    );
  });

  it('splits an escalation policy by the chosen levels and reports an empty chosen level as nobody', () => {
    const plan = buildShiftPlan(
      window,
      { scheduleIds: [], escalationPolicyIds: ['PPOLICY'], levels: [1, 3] },
      [
        row(alice, '2026-06-05T08:00', '2026-06-06T12:00'),
        row(bob, '2026-06-05T08:00', '2026-06-06T12:00', { escalationLevel: 2 }),
      ],
    );
    expect(plan.groups.map((g) => [g.level, g.segments.map((s) => s.user.id)])).toEqual([
      [1, ['PALICE']],
      [3, []],
    ]);
    expect(plan.nobody.map((g) => g.level)).toEqual([3]);
  });

  it('finds outgoing and incoming on-calls for the handover notice', () => {
    const plan = buildShiftPlan(window, { ...targets, scheduleIds: ['PSCHED1', 'PSCHED2'] }, [
      row(alice, '2026-06-04T10:00', '2026-06-05T10:00'),
      row(bob, '2026-06-05T10:00', '2026-06-06T10:00'),
      row(carol, '2026-06-01T10:00', '2026-06-08T10:00', { schedule: secondary }),
    ]);
    expect(
      plan.groups.map((g) => [g.handover.outgoing.map((u) => u.id), g.handover.incoming.map((u) => u.id)]),
    ).toEqual([
      [['PALICE'], ['PBOB']],
      [['PCAROL'], ['PCAROL']],
    ]);
    const notice = buildHandoverNotice(plan, options(), '1700000000.000100')!;
    expect(notice.threadTs).toBe('1700000000.000100');
    expect(notice.text).toBe(
      '*Handover* (10:00)\n• *<https://acme.pagerduty.com/schedules/PSCHED1|Primary>*: <@U0ALICE> → <@U0BOB>\n• *Secondary*: Carol &lt;script&gt; &amp; Co (continues)',
    );
    expect(buildTopic(plan, options())).toBe(
      'On call: <@U0BOB> (Primary) · Carol &lt;script&gt; &amp; Co (Secondary) · Next handover: Sat 6 Jun 10:00',
    );
  });
});

describe('shift message', () => {
  const plan = buildShiftPlan(window, targets, [
    row(alice, '2026-06-05T08:00', '2026-06-05T14:00'),
    row(carol, '2026-06-05T14:00', '2026-06-06T12:00'),
  ]);

  it('S12 shows an unmapped person by escaped name and mentions only looked-up IDs', () => {
    const message = buildShiftMessage(
      plan,
      options({ intro: '<!channel> <@U0ADMIN> <https://evil.example|click> & <b>' }),
    );
    const tokens = (message.blocks ?? []).flatMap((b) =>
      b.type === 'section' && b.text
        ? parseMrkdwn(b.text.text)
        : b.type === 'context'
          ? b.elements.flatMap((e) => parseMrkdwn(e.text))
          : [],
    );
    const live = tokens.filter((t) => t.kind !== 'text');
    expect(live).toEqual([
      { kind: 'link', url: 'https://acme.pagerduty.com/schedules/PSCHED1', label: 'Primary' },
      { kind: 'user', userId: 'U0ALICE' },
    ]);
    const text = allText(message);
    expect(text).toContain(
      '&lt;!channel&gt; &lt;@U0ADMIN&gt; &lt;https://evil.example|click&gt; &amp; &lt;b&gt;',
    );
    expect(text).toContain('• Carol &lt;script&gt; &amp; Co 14:00–10:00 (+1 day)');
  });

  it('carries metadata with the key, the shift date and the zone', () => {
    const message = buildShiftMessage(plan, options());
    expect(message.metadata).toEqual({
      eventType: 'oncall_shift_post',
      payload: {
        key: shiftKey(targets),
        shift_date: '2026-06-05',
        tz: 'Asia/Tokyo',
        handover: '10:00',
        start: '2026-06-05T01:00:00.000Z',
        upcoming: false,
        status: 'ok',
        run: 'run-1',
      },
    });
  });

  it('derives the same key from the same targets in any order, and a different one for other levels', () => {
    const a = shiftKey({ scheduleIds: ['B', 'A'], escalationPolicyIds: ['P'], levels: [2, 1] });
    expect(a).toBe(shiftKey({ scheduleIds: ['A', 'B'], escalationPolicyIds: ['P'], levels: [1, 2] }));
    expect(a).not.toBe(shiftKey({ scheduleIds: ['A', 'B'], escalationPolicyIds: ['P'], levels: [1] }));
    expect(a).toMatch(/^[0-9a-f]{16}$/);
  });

  it('labels a post made before the handover as the upcoming shift', () => {
    const early = shiftWindow(new Date('2026-06-05T00:30:00Z'), 'Asia/Tokyo', '10:00');
    const message = buildShiftMessage(
      buildShiftPlan(early, targets, [row(alice, '2026-06-05T08:00', '2026-06-06T12:00')]),
      options(),
    );
    expect(message.blocks?.[0]).toMatchObject({
      text: { text: 'On call for the upcoming shift · Fri 5 Jun' },
    });
    expect(allText(message)).toContain('*Upcoming shift*: it starts at 10:00');
    expect(message.metadata?.payload.upcoming).toBe(true);
  });

  it('writes the post in Japanese', () => {
    const message = buildShiftMessage(plan, options({ language: 'ja' }));
    const text = allText(message);
    expect(message.blocks?.[0]).toMatchObject({ text: { text: '本日のオンコール · 6月5日(金)' } });
    expect(text).toContain('本日のシフトのオンコール担当です。');
    expect(text).toContain('シフト: 6月5日(金) 10:00 〜 6月6日(土) 10:00 (Asia/Tokyo)');
    expect(text).toContain('• Carol &lt;script&gt; &amp; Co 14:00–翌10:00');
    expect(text).toContain('次の交代: 6月6日(土) 10:00 (Asia/Tokyo)');
  });

  it('renders a readable preview with names for mentions and links spelt out', () => {
    const preview = previewText(buildShiftMessage(plan, options()), new Map([['U0ALICE', 'alice']]));
    expect(preview).toContain('On call today · Fri 5 Jun\n=');
    expect(preview).toContain('Primary (https://acme.pagerduty.com/schedules/PSCHED1)');
    expect(preview).toContain('• @alice 10:00–14:00');
    expect(preview).toContain('• Carol <script> & Co 14:00–10:00 (+1 day)');
  });

  it('stays within Block Kit limits with 60 schedules and long names', () => {
    const ids = Array.from({ length: 60 }, (_, i) => `PS${i}`);
    const rows = ids.map((id, i) =>
      row({ id: `PU${i}`, name: 'N'.repeat(5000) }, '2026-06-05T08:00', '2026-06-06T12:00', {
        schedule: { id, name: `Schedule ${i} ${'x'.repeat(300)}` },
      }),
    );
    const message = buildShiftMessage(
      buildShiftPlan(window, { scheduleIds: ids, escalationPolicyIds: [], levels: [] }, rows),
      options(),
    );
    const blocks = message.blocks ?? [];
    expect(blocks.length).toBeLessThanOrEqual(50);
    for (const b of blocks) {
      if (b.type === 'section') expect(b.text!.text.length).toBeLessThanOrEqual(3000);
      if (b.type === 'header') expect(b.text.text.length).toBeLessThanOrEqual(150);
    }
    expect(JSON.stringify(blocks)).toMatch(/more/);
  });
});
