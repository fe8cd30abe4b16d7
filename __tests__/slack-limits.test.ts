import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { FakeClock } from '../src/fakes/clock.js';
import { FakeSlack, validateBlocks } from '../src/fakes/slack.js';
import { MemoryLogger } from '../src/log.js';
import { createSlackClient } from '../src/slack/client.js';
import { SLACK_LIMITS, fitMessage, totalBlockText, truncateText } from '../src/slack/limits.js';
import { escapeMrkdwn, mention, parseMrkdwn } from '../src/slack/mrkdwn.js';
import type { Block, SlackMessage, TextObject } from '../src/slack/types.js';

const mrkdwn = (text: string): TextObject => ({ type: 'mrkdwn', text });

/** Every text object in a block, with the limit that applies to it. */
function textsWithLimits(block: Block): [string, number][] {
  switch (block.type) {
    case 'header':
      return [[block.text.text, 150]];
    case 'section':
      return [
        ...(block.text ? [[block.text.text, 3000] as [string, number]] : []),
        ...(block.fields ?? []).map((f) => [f.text, 2000] as [string, number]),
        ...(block.accessory ? [[block.accessory.text.text, 75] as [string, number]] : []),
      ];
    case 'context':
      return block.elements.map((e) => [e.text, 3000]);
    case 'actions':
      return block.elements.map((e) => [e.text.text, 75]);
    case 'divider':
      return [];
  }
}

function expectWithinLimits(message: SlackMessage): void {
  const blocks = message.blocks ?? [];
  expect(blocks.length).toBeLessThanOrEqual(50);
  expect(message.text.length).toBeLessThanOrEqual(4000);
  expect(validateBlocks(blocks)).toEqual([]);
  for (const block of blocks) {
    for (const [text, max] of textsWithLimits(block)) expect(text.length).toBeLessThanOrEqual(max);
    if (block.type === 'section') expect((block.fields ?? []).length).toBeLessThanOrEqual(10);
    if (block.type === 'context') expect(block.elements.length).toBeLessThanOrEqual(10);
  }
  expect(totalBlockText(blocks)).toBeLessThanOrEqual(SLACK_LIMITS.totalBlockText);
}

describe('truncateText', () => {
  it.each([
    ['short', 10, 'short'],
    ['abcdefghij', 5, 'abcd…'],
    ['a &amp; b', 6, 'a…'],
    ['ab &lt;x', 6, 'ab…'],
    ['hi <@U012AB3CD> there', 10, 'hi…'],
    ['see <https://example.com/very/long|the runbook> now', 30, 'see…'],
    ['x😀y', 2, 'x…'],
    ['abc', 1, '…'],
  ])('truncateText(%j, %d) → %j', (text, max, expected) => {
    const out = truncateText(text, max);
    expect(out).toBe(expected);
    expect(out.length).toBeLessThanOrEqual(max);
  });

  it('never leaves a partial escape or token, whatever the cut', () => {
    const text = `${escapeMrkdwn('<!channel> & <b>')} ${mention('U012AB3CD')} `.repeat(20);
    const bad: string[] = [];
    for (let max = 1; max < text.length; max++) {
      const out = truncateText(text, max);
      const body = out.replace(/…$/, '');
      const broken =
        out.length > max ||
        /&[a-z]*$/.test(body) ||
        /<[^>]*$/.test(body) ||
        parseMrkdwn(body).some((t) => t.kind === 'broadcast');
      if (broken) bad.push(`${max}: ${out}`);
    }
    expect(bad).toEqual([]);
  });
});

describe('fitMessage', () => {
  it('leaves a message within the limits unchanged', () => {
    const message: SlackMessage = {
      channel: 'C1',
      text: 'hello',
      blocks: [
        { type: 'header', text: { type: 'plain_text', text: 'Title' } },
        { type: 'section', text: mrkdwn('body'), fields: [mrkdwn('a'), mrkdwn('b')] },
        { type: 'divider' },
      ],
    };
    expect(fitMessage(message)).toEqual(message);
  });

  it('K6: 60 blocks with 5,000-character fields fit every limit and say how many more', () => {
    const long = escapeMrkdwn('x & y <z> '.repeat(500));
    const blocks: Block[] = [{ type: 'header', text: { type: 'plain_text', text: 'R'.repeat(400) } }];
    for (let i = 0; i < 59; i++) {
      blocks.push({
        type: 'section',
        text: mrkdwn(`*Runbook ${i}* ${long}`),
        fields: Array.from({ length: 12 }, () => mrkdwn(long)),
        accessory: {
          type: 'button',
          text: { type: 'plain_text', text: 'Open '.repeat(30) },
          url: 'https://x.example/',
        },
      });
    }
    const fitted = fitMessage({ channel: 'C1', text: 'T'.repeat(10_000), blocks });
    expectWithinLimits(fitted);
    const last = fitted.blocks!.at(-1)!;
    expect(last.type).toBe('context');
    const more = last.type === 'context' ? last.elements[0]!.text : '';
    const n = Number(/…and (\d+) more/.exec(more)?.[1]);
    expect(n).toBe(60 - (fitted.blocks!.length - 1));
    expect(fitted.blocks![0]!.type === 'header' && fitted.blocks![0]!.text.text.endsWith('…')).toBe(true);
  });

  it('keeps the first 49 blocks and adds "…and N more" past 50', () => {
    const blocks: Block[] = Array.from({ length: 70 }, (_, i) => ({
      type: 'section',
      text: mrkdwn(`item ${i}`),
    }));
    const fitted = fitMessage({ channel: 'C1', text: 'x', blocks }, { moreText: (n) => `他 ${n} 件` });
    expect(fitted.blocks).toHaveLength(50);
    expect(fitted.blocks![48]).toEqual({ type: 'section', text: mrkdwn('item 48') });
    expect(fitted.blocks![49]).toEqual({ type: 'context', elements: [mrkdwn('他 21 件')] });
  });

  it('caps fields, context elements, actions and button text', () => {
    const fitted = fitMessage({
      channel: 'C1',
      text: 'x',
      blocks: [
        { type: 'section', fields: Array.from({ length: 14 }, (_, i) => mrkdwn(`f${i}`)) },
        { type: 'context', elements: Array.from({ length: 12 }, (_, i) => mrkdwn(`c${i}`)) },
        {
          type: 'actions',
          elements: Array.from({ length: 30 }, () => ({
            type: 'button' as const,
            text: { type: 'plain_text' as const, text: 'b'.repeat(100) },
            url: 'https://x.example/',
          })),
        },
        { type: 'section', text: mrkdwn('') },
      ],
    });
    expectWithinLimits(fitted);
    const [section, context, actions] = fitted.blocks!;
    expect(section?.type === 'section' && section.fields).toHaveLength(10);
    expect(context?.type === 'context' && context.elements).toHaveLength(10);
    expect(actions?.type === 'actions' && actions.elements).toHaveLength(25);
    expect(fitted.blocks).toHaveLength(3);
  });
});

describe('fitMessage against the fake Slack', () => {
  let slack: FakeSlack;
  beforeEach(async () => {
    slack = new FakeSlack({ channels: [{ id: 'C0ALERTS1', name: 'alerts' }] });
    await slack.start();
  });
  afterEach(async () => {
    await slack.stop();
  });

  it('K6: the fitted message is accepted where the raw one is refused', async () => {
    const api = createSlackClient({
      token: slack.token,
      apiUrl: slack.url,
      clock: new FakeClock('2026-03-02T01:00:00Z'),
      log: new MemoryLogger(),
    });
    const blocks: Block[] = Array.from({ length: 60 }, (_, i) => ({
      type: 'section',
      text: mrkdwn(`Runbook ${i}`),
      fields: [mrkdwn('d'.repeat(5000)), mrkdwn('e'.repeat(5000))],
    }));
    const raw: SlackMessage = { channel: 'C0ALERTS1', text: '60 runbooks matched', blocks };
    await expect(api.postMessage(raw)).rejects.toThrow('invalid_blocks');
    const posted = await api.postMessage(fitMessage(raw));
    const message = slack.expectMessage((m) => m.ts === posted.ts, 'the fitted message');
    expect(message.blocks!.length).toBeLessThanOrEqual(50);
    expect(JSON.stringify(message.blocks)).toMatch(/…and \d+ more/);
    slack.assertNoUnexpectedMessages();
  });

  it('answers msg_blocks_too_long for many long sections, and fitMessage keeps the total under the budget', async () => {
    const api = createSlackClient({
      token: slack.token,
      apiUrl: slack.url,
      clock: new FakeClock('2026-03-02T01:00:00Z'),
      log: new MemoryLogger(),
    });
    const raw: SlackMessage = {
      channel: 'C0ALERTS1',
      text: 'long',
      blocks: Array.from({ length: 5 }, () => ({ type: 'section', text: mrkdwn('w'.repeat(2900)) })),
    };
    await expect(api.postMessage(raw)).rejects.toThrow('msg_blocks_too_long');
    const fitted = fitMessage(raw);
    expect(totalBlockText(fitted.blocks!)).toBeLessThanOrEqual(SLACK_LIMITS.totalBlockText);
    expect(fitted.blocks).toHaveLength(5);
    await api.postMessage(fitted);
    expect(slack.messages('C0ALERTS1')).toHaveLength(1);
  });
});
