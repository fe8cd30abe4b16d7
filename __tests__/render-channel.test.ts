import { describe, expect, it } from '@jest/globals';
import { mrkdwnToHtml, mrkdwnToText } from '../src/sandbox/mrkdwn-render.js';
import { formatTime, renderChannelHtml, renderChannelText } from '../src/sandbox/render-channel.js';
import type { ChannelTranscript } from '../src/sandbox/transcript.js';

const users = { U01ALICE: 'Alice Tanaka' };

describe('mrkdwn rendering', () => {
  it('shows escaped outside text literally and only real mentions as mentions', () => {
    const escaped = '&lt;!channel&gt; &lt;@U0ADMIN&gt; &lt;https://evil.example|click&gt; &amp; &lt;b&gt;';
    expect(mrkdwnToText(escaped, { users })).toBe('<!channel> <@U0ADMIN> <https://evil.example|click> & <b>');
    const html = mrkdwnToHtml(escaped, { users });
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('<a ');
    expect(html).not.toContain('class="mention');
    expect(html).toContain('&lt;b&gt;');
  });

  it('renders mentions, links and formatting', () => {
    const text = '*On call:* <@U01ALICE> — <https://example.pagerduty.com/schedules/P1|Primary &amp; backup>';
    expect(mrkdwnToText(text, { users })).toBe(
      '*On call:* @Alice Tanaka — Primary & backup (https://example.pagerduty.com/schedules/P1)',
    );
    const html = mrkdwnToHtml(text, { users });
    expect(html).toContain('<strong>On call:</strong>');
    expect(html).toContain('<span class="mention">@Alice Tanaka</span>');
    expect(html).toContain('href="https://example.pagerduty.com/schedules/P1"');
    expect(html).toContain('>Primary &amp; backup</a>');
  });

  it('never turns a javascript: link into a live href', () => {
    const html = mrkdwnToHtml('<javascript:alert(1)|x>', { users });
    expect(html).not.toContain('href=');
    expect(html).toContain('&lt;javascript:alert(1)|x&gt;');
  });
});

describe('channel rendering', () => {
  const transcript: ChannelTranscript = {
    channelId: 'C1',
    channelName: 'oncall',
    users,
    timeZone: 'Asia/Tokyo',
    messages: [
      {
        ts: '1764118800.000100',
        author: 'oncall-runbooks',
        text: 'fallback',
        edited: true,
        blocks: [
          { type: 'header', text: { type: 'plain_text', text: 'Disk <almost> full' } },
          {
            type: 'section',
            text: { type: 'mrkdwn', text: 'Runbook: <https://runbooks.example/disk|Disk almost full>' },
            accessory: {
              type: 'button',
              text: { type: 'plain_text', text: 'Open incident' },
              url: 'https://example.pagerduty.com/incidents/Q1',
            },
          },
          { type: 'context', elements: [{ type: 'mrkdwn', text: 'matched: `disk`' }] },
          { type: 'divider' },
        ],
        replies: [
          {
            ts: '1764118900.000200',
            author: 'oncall-runbooks',
            text: 'Acknowledged by <@U01ALICE>',
            replies: [],
          },
        ],
      },
    ],
  };

  it('writes a self-contained page with threads expanded', () => {
    const html = renderChannelHtml(transcript);
    expect(html).toContain('Disk &lt;almost&gt; full');
    expect(html).toContain(
      '<a class="button" href="https://example.pagerduty.com/incidents/Q1">Open incident</a>',
    );
    expect(html).toContain('1 reply');
    expect(html).toContain('Acknowledged by <span class="mention">@Alice Tanaka</span>');
    expect(html).toContain('(edited)');
    expect(html).not.toMatch(/<script|src="http|href="\/\//);
  });

  it('prints the channel as text with local times', () => {
    const text = renderChannelText(transcript);
    expect(text).toContain('== Disk <almost> full ==');
    expect(text).toContain('oncall-runbooks  26 Nov, 10:00  (edited)');
    expect(text).toContain('    oncall-runbooks  26 Nov, 10:01');
    expect(text).toContain('      Acknowledged by @Alice Tanaka');
  });
});

describe('Slack formatting a reader sees', () => {
  it('shows dates in the reader zone and emoji as characters', () => {
    const text = ':eyes: Acknowledged at <!date^1764122880^{date_short_pretty} {time}|2026-11-26 02:08 UTC>';
    expect(mrkdwnToText(text, { users, timeZone: 'Asia/Tokyo' })).toBe('👀 Acknowledged at 26 Nov, 11:08');
    expect(mrkdwnToHtml(text, { users, timeZone: 'Asia/Tokyo' })).toBe(
      '👀 Acknowledged at <time>26 Nov, 11:08</time>',
    );
  });

  it('leaves unknown shortcodes alone', () => {
    expect(mrkdwnToText('ratio 3:2: :not_an_emoji:', { users })).toBe('ratio 3:2: :not_an_emoji:');
  });
});

describe('formatting around links', () => {
  it('bolds a link and never formats inside an href', () => {
    const html = mrkdwnToHtml(
      '*<https://x.example/a_b_c|Platform primary>* and _<https://y.example/*x*|y>_',
      {
        users,
      },
    );
    expect(html).toBe(
      '<strong><a href="https://x.example/a_b_c" rel="noopener noreferrer">Platform primary</a></strong> and ' +
        '<em><a href="https://y.example/*x*" rel="noopener noreferrer">y</a></em>',
    );
  });
});

describe('code blocks', () => {
  it('show their text as written: escaped, with no formatting, links or emoji inside', () => {
    const html = mrkdwnToHtml(
      ':clipboard: *Output*\n```\n&lt;b&gt; *not bold* :mag: &lt;https://x.example|x&gt;\n```',
      {
        users: {},
      },
    );
    expect(html).toBe(
      '📋 <strong>Output</strong><br><pre>&lt;b&gt; *not bold* :mag: &lt;https://x.example|x&gt;</pre>',
    );
  });
});

describe('message times', () => {
  it('writes a 24-hour clock with a three-letter month, in UTC without Intl', () => {
    expect(formatTime('1767571620.000100', 'UTC')).toBe('05 Jan, 00:07');
    expect(formatTime('1788874440', 'UTC')).toBe('08 Sep, 13:34');
    // 23:59:59.9995 rounds to the next millisecond, which is the next year.
    expect(formatTime('1798761599.9999995', 'UTC')).toBe('01 Jan, 00:00');
    expect(formatTime('1781524800.5', 'UTC')).toBe('15 Jun, 12:00');
  });

  it('shows the time in the zone given', () => {
    expect(formatTime('1781524800.5', 'Asia/Tokyo')).toBe('15 Jun, 21:00');
    expect(formatTime('1788874440', 'Europe/Paris')).toBe('08 Sep, 15:34');
    expect(formatTime('1767571620', 'America/Los_Angeles')).toBe('04 Jan, 16:07');
  });
});
