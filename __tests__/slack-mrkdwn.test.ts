import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { FakeClock } from '../src/fakes/clock.js';
import { FakeSlack } from '../src/fakes/slack.js';
import { MemoryLogger } from '../src/log.js';
import { createSlackClient } from '../src/slack/client.js';
import {
  bold,
  boldName,
  code,
  codeBlock,
  escapeMrkdwn,
  escapeName,
  isSlackUserId,
  italic,
  link,
  mention,
  parseMrkdwn,
  unescapeMrkdwn,
} from '../src/slack/mrkdwn.js';

const HOSTILE = '<!channel> <@U0ADMIN> <https://evil.example|click> & <b>';

describe('escapeMrkdwn', () => {
  it.each([
    ['plain text', 'plain text'],
    ['a & b', 'a &amp; b'],
    ['<b>', '&lt;b&gt;'],
    ['&amp; already', '&amp;amp; already'],
    [HOSTILE, '&lt;!channel&gt; &lt;@U0ADMIN&gt; &lt;https://evil.example|click&gt; &amp; &lt;b&gt;'],
    ['*bold* _it_ `code`', '*bold* _it_ `code`'],
    ['&lt;!channel&gt; typed as entities', '&amp;lt;!channel&amp;gt; typed as entities'],
  ])('escapes %j', (input, expected) => {
    expect(escapeMrkdwn(input)).toBe(expected);
    expect(unescapeMrkdwn(escapeMrkdwn(input))).toBe(input);
  });

  it('leaves no live token in escaped outside text', () => {
    expect(parseMrkdwn(escapeMrkdwn(HOSTILE))).toEqual([{ kind: 'text', text: HOSTILE }]);
  });

  it('reads entities typed in outside text back as the entities, not as live tokens', () => {
    // Slack decodes `&amp;lt;` once, to the visible text `&lt;`; decoding `&amp;` first would turn it into `<`.
    const typed = 'see &lt;!channel&gt; and &amp;';
    expect(unescapeMrkdwn('&amp;lt;!channel&amp;gt;')).toBe('&lt;!channel&gt;');
    expect(parseMrkdwn(escapeMrkdwn(typed))).toEqual([{ kind: 'text', text: typed }]);
  });
});

describe('mention', () => {
  it.each(['U012AB3CD', 'W012A3CDE'])('mentions user ID %s', (id) => {
    expect(mention(id)).toBe(`<@${id}>`);
  });

  it.each(['', 'alice', 'u012ab3cd', 'U0ADMIN>', '!channel', 'C0123', 'U012|x', 'U01 2'])(
    'refuses %j',
    (id) => {
      expect(() => mention(id)).toThrow('expected a Slack user ID');
    },
  );
});

describe('link', () => {
  it.each([
    ['https://example.com/a?b=1&c=2', 'Runbook', '<https://example.com/a?b=1&amp;c=2|Runbook>'],
    ['https://example.com/x', '<b> & co', '<https://example.com/x|&lt;b&gt; &amp; co>'],
    ['https://example.com/a|b', 'x', '<https://example.com/a%7Cb|x>'],
    ['https://example.com/<script>', 'x', '<https://example.com/%3Cscript%3E|x>'],
    ['http://example.com', undefined, '<http://example.com/|http://example.com/>'],
    ['javascript:alert(1)', 'click', 'click'],
    ['not a url', '<!here>', '&lt;!here&gt;'],
    ['https://example.com/', 'two\nlines', '<https://example.com/|two lines>'],
  ])('link(%j, %j) → %j', (url, label, expected) => {
    expect(link(url, label)).toBe(expected);
  });

  it('produces exactly one live link token', () => {
    const tokens = parseMrkdwn(link('https://example.com/a?b=1&c=2', 'x > y'));
    expect(tokens).toEqual([{ kind: 'link', url: 'https://example.com/a?b=1&c=2', label: 'x > y' }]);
  });
});

describe('formatting helpers cannot be broken out of', () => {
  it.each([
    [bold, 'a*b', '*a\u2217b*'],
    [bold, 'line\nbreak', '*line break*'],
    [bold, '', ''],
    [bold, '<!channel>', '*&lt;!channel&gt;*'],
    [italic, 'snake_case', '_snake\uFF3Fcase_'],
    [code, 'a`b', '`a\u02CBb`'],
    [code, '<@U1>', '`&lt;@U1&gt;`'],
    [codeBlock, 'x```y', '```x`\u200B`\u200B`y```'],
  ])('%p(%j) → %j', (fn, input, expected) => {
    expect((fn as (s: string) => string)(input)).toBe(expected);
  });
});

describe('parseMrkdwn', () => {
  it('splits live tokens from text', () => {
    expect(parseMrkdwn('Hi <@U1|al> in <#C1> <!subteam^S1|@oncall> <!here> <!date^1|x> a &amp; b')).toEqual([
      { kind: 'text', text: 'Hi ' },
      { kind: 'user', userId: 'U1', label: 'al' },
      { kind: 'text', text: ' in ' },
      { kind: 'channel', id: 'C1' },
      { kind: 'text', text: ' ' },
      { kind: 'usergroup', id: 'S1', label: '@oncall' },
      { kind: 'text', text: ' ' },
      { kind: 'broadcast', name: 'here' },
      { kind: 'text', text: ' ' },
      { kind: 'other', raw: '<!date^1|x>' },
      { kind: 'text', text: ' a & b' },
    ]);
  });
});

describe('K5: an injection attempt in outside text shows literally in Slack', () => {
  let slack: FakeSlack;
  beforeEach(async () => {
    slack = new FakeSlack({ channels: [{ id: 'C0ALERTS1', name: 'alerts' }] });
    await slack.start();
  });
  afterEach(async () => {
    await slack.stop();
  });

  it('the only live mention is the on-call the program looked up', async () => {
    const api = createSlackClient({
      token: slack.token,
      apiUrl: slack.url,
      clock: new FakeClock('2026-03-02T01:00:00Z'),
      log: new MemoryLogger(),
    });
    const title = escapeMrkdwn(HOSTILE);
    await api.postMessage({
      channel: 'C0ALERTS1',
      text: `${title} — on call: ${mention('U0ONCALL1')}`,
      blocks: [
        { type: 'header', text: { type: 'plain_text', text: HOSTILE } },
        {
          type: 'section',
          text: { type: 'mrkdwn', text: `${bold(HOSTILE)}\nOn call: ${mention('U0ONCALL1')}` },
        },
        {
          type: 'context',
          elements: [{ type: 'mrkdwn', text: link('https://runbooks.example/db', HOSTILE) }],
        },
      ],
    });
    const [message] = slack.channelTranscript('C0ALERTS1');
    expect(message?.mentions).toEqual(['U0ONCALL1']);
    expect(message?.broadcasts).toEqual([]);
    const displayed = parseMrkdwn(message!.text)
      .map((t) => (t.kind === 'text' ? t.text : `[${t.kind}]`))
      .join('');
    expect(displayed).toBe(`${HOSTILE} — on call: [user]`);
  });
});

describe('invisible and direction-changing characters in outside text', () => {
  const RLO = '\u202E';
  it.each([
    ['right-to-left override', `invoice ${RLO}gnp.exe`, 'invoice gnp.exe'],
    [
      'every embedding, override and isolate',
      '\u202Aa\u202Bb\u202Cc\u202Dd\u2066e\u2067f\u2068g\u2069h',
      'abcdefgh',
    ],
    ['direction marks', 'x\u200Ey\u200Fz\u061C!', 'xyz!'],
    ['zero-width space, non-joiner and word joiner', 'ad\u200Bm\u200Ci\u2060n', 'admin'],
    ['a joiner between letters', 'ad\u200Dmin', 'admin'],
    ['byte order mark, soft hyphen, invisible operators', '\uFEFFpay\u00ADment\u2062s', 'payments'],
    ['hidden tag characters', 'ok\u{E0069}\u{E0067}\u{E006E}', 'ok'],
  ])('removes %s', (_, input, expected) => {
    expect(escapeMrkdwn(input)).toBe(expected);
    expect(bold(input)).toBe(`*${expected}*`);
    expect(code(input)).toBe(`\`${expected}\``);
    expect(link('https://example.com/', input)).toBe(`<https://example.com/|${expected}>`);
  });

  it.each([
    ['a family', '👩\u200D👩\u200D👧'],
    ['a profession with a skin tone', '👩🏽\u200D💻'],
    ['a flag with a variation selector', '🏳\uFE0F\u200D🌈'],
    ['a subdivision flag (tag sequence)', '🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}'],
  ])('keeps the joiners and tags that build %s', (_, emoji) => {
    expect(escapeMrkdwn(`on fire ${emoji}`)).toBe(`on fire ${emoji}`);
  });
});

describe('names from outside', () => {
  it('show Slack formatting characters as typed instead of formatting the message', () => {
    const name = '*URGENT* _Bob_ ~admin~ `x`';
    const escaped = escapeName(name);
    expect(escaped).toBe('∗URGENT∗ ＿Bob＿ ∼admin∼ ˋxˋ');
    expect(escaped).not.toMatch(/[*_~`]/);
    expect(boldName(name)).toBe(`*${escaped}*`);
    expect(escapeName(`Eve\u202E <!here>\nMallory`)).toBe('Eve &lt;!here&gt; Mallory');
    expect(boldName(' ')).toBe('');
  });
});

describe('escaped entities read back', () => {
  it('never turn text that spells an entity into a live token', () => {
    const typed = '&lt;!channel&gt; &lt;@U0ADMIN&gt; &amp;lt;';
    const escaped = escapeMrkdwn(typed);
    expect(escaped).toBe('&amp;lt;!channel&amp;gt; &amp;lt;@U0ADMIN&amp;gt; &amp;amp;lt;');
    expect(unescapeMrkdwn(escaped)).toBe(typed);
    expect(parseMrkdwn(escaped)).toEqual([{ kind: 'text', text: typed }]);
  });
});

describe('mrkdwn edges', () => {
  it('takes only whole user IDs for mentions', () => {
    expect(isSlackUserId('U012AB3CD')).toBe(true);
    expect(isSlackUserId('W012A3CDE')).toBe(true);
    expect(isSlackUserId('xU012AB3CD')).toBe(false);
    expect(isSlackUserId('alice')).toBe(false);
    expect(() => mention('xU012AB3CD')).toThrow('look the user up (users.lookupByEmail) instead');
  });

  it('shows the URL as the label when the label is blank, and folds runs of newlines into one space', () => {
    expect(link('https://example.com/', '   ')).toBe('<https://example.com/|https://example.com/>');
    expect(link('https://example.com/', 'a\n\nb')).toBe('<https://example.com/|a b>');
  });

  it.each([
    [bold, ' padded ', '*padded*'],
    [italic, ' padded ', '_padded_'],
    [italic, 'line\nbreak', '_line break_'],
    [italic, 'a  \n\n  b', '_a b_'],
    [italic, 'a \nb', '_a b_'],
    [italic, 'a\n b', '_a b_'],
    [italic, '', ''],
    [code, '', ''],
    [code, 'a\nb', '`a b`'],
  ])('%p(%j) → %j', (fn, input, expected) => {
    expect((fn as (s: string) => string)(input)).toBe(expected);
  });

  it('reads every broadcast and leaves no label key on tokens written without one', () => {
    expect(parseMrkdwn('<!channel><!everyone><#C1><@U1><https://x.example/>')).toStrictEqual([
      { kind: 'broadcast', name: 'channel' },
      { kind: 'broadcast', name: 'everyone' },
      { kind: 'channel', id: 'C1' },
      { kind: 'user', userId: 'U1' },
      { kind: 'link', url: 'https://x.example/' },
    ]);
  });

  it('reads a bar at the very start as an empty target with a label', () => {
    expect(parseMrkdwn('<|label>')).toStrictEqual([{ kind: 'link', url: '', label: 'label' }]);
  });
});
