/** The report's renderings: outside text escaped for Markdown and Slack mrkdwn, durations and exclusions in words. */
import { describe, expect, it } from '@jest/globals';
import { computeFigures } from '../src/insights/figures.js';
import type { IncidentRecord } from '../src/insights/history.js';
import {
  exclusionText,
  formatDuration,
  reportMarkdown,
  slackSummary,
  type ReportMeta,
} from '../src/insights/render.js';
import { createMatcher } from '../src/runbooks/matcher.js';

const HOSTILE = '<!channel> *Disk* | [x](https://evil.example) ```rm``` @team';
const record: IncidentRecord = {
  id: 'Q1',
  title: HOSTILE,
  service: { id: 'PS1', name: '<b>svc</b> | ops' },
  createdAt: Date.parse('2026-11-02T03:00:00Z'),
  firstAcknowledgedAt: Date.parse('2026-11-02T03:04:00Z'),
  resolvedAt: Date.parse('2026-11-02T04:00:00Z'),
  reopened: false,
  merged: false,
  escalations: 0,
  autoResolved: false,
  timelineMissing: false,
  responder: { id: 'PU1', name: '*Bob* <@U123>' },
};
const meta: ReportMeta = {
  since: new Date('2026-11-01T15:00:00Z'),
  until: new Date('2026-11-08T15:00:00Z'),
  previousSince: new Date('2026-10-25T15:00:00Z'),
  timelineSource: 'log-entries',
  apiCalls: 2,
  serviceIds: [],
  timeZone: 'Asia/Tokyo',
};
const figures = computeFigures([record], [], createMatcher([]), {
  workingHours: { timeZone: 'Asia/Tokyo', start: '13:00', end: '18:00', nonBusinessDates: new Set() },
});

describe('formatDuration and exclusionText', () => {
  it('reads durations at the scale that matters and says what a figure leaves out', () => {
    expect([42_000, 4 * 60_000, 65 * 60_000, 50 * 3_600_000].map(formatDuration)).toEqual([
      '42 s',
      '4 min',
      '1 h 05 min',
      '2 d 2 h',
    ]);
    expect(formatDuration(null)).toBe('—');
    expect(
      exclusionText({ count: 2, medianMs: 1, p90Ms: 1, excluded: { merged: 1, 'never-acknowledged': 2 } }),
    ).toBe('leaves out 3: 1 merged, 2 never acknowledged');
  });
});

describe('reportMarkdown', () => {
  const markdown = reportMarkdown(figures, meta);
  it('dates the period in the team zone', () => {
    expect(markdown).toContain('# On-call report 2026-11-02 → 2026-11-09');
  });
  it('escapes titles, service and people names so they cannot open links, HTML, mentions or table cells', () => {
    // The runbook skeleton is YAML inside a code fence (shown as typed, never rendered): check the rest.
    const outside = markdown.replace(/^(`{3,})yaml\n[\s\S]*?\n\1$/gm, '');
    expect(outside).not.toContain('<b>');
    expect(outside).not.toContain('](https');
    expect(outside).not.toContain('@team');
    expect(outside).not.toContain('<!channel>');
    expect(markdown).toContain('&#60;b&#62;svc&#60;/b&#62; &#124; ops');
    // Mermaid blocks hold numbers and fixed labels only.
    const mermaid = markdown
      .split('```mermaid')
      .slice(1)
      .map((block) => block.split('```')[0]);
    expect(mermaid.join('')).not.toMatch(/evil|svc|Bob/);
  });
  it('fences the skeleton with more backticks than any run inside it, so a title cannot close the block', () => {
    const fence = /^(`{3,})yaml$/m.exec(markdown)![1]!;
    expect(fence.length).toBeGreaterThan(3);
    expect(markdown).toContain(`${fence}yaml\n# yaml-language-server`);
  });
});

describe('slackSummary', () => {
  it('escapes alert names for mrkdwn: no mention, link or formatting from outside text', () => {
    const text = slackSummary(figures, meta);
    expect(text).not.toContain('<!channel>');
    expect(text).toContain('&lt;!channel&gt;');
    expect(text).not.toMatch(/\*Disk\*/);
    expect(text).toContain('median *4 min*');
  });
});
