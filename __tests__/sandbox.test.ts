import { describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../src/cli/main.js';
import { runSandbox } from '../src/sandbox/run.js';
import { incidents } from '../src/sandbox/team.js';

describe('the sandbox day', () => {
  it('plays the whole day against the fakes and every check passes', async () => {
    const outDir = await mkdtemp(path.join(tmpdir(), 'oncall-sandbox-'));
    const lines: string[] = [];
    try {
      const result = await runSandbox({
        day: '2026-11-26',
        outDir,
        cwd: process.cwd(),
        runbooksDir: 'runbooks',
        runCommandLine: main,
        print: (line) => void lines.push(line),
      });
      if (result.failures.length) console.log(lines.join('\n'));
      expect(result.failures).toEqual([]);
      // The shift post and one top-level message per incident but the routed one and the two a storm grouped; replies
      // for the handover, the ack, on the MySQL incident "last time", its diagnostic (started, then its output), the
      // resolve and the postmortem link, the storm (two grouped incidents and the first one's resolve) and the
      // reminder of the incident nobody acknowledged.
      expect(result.transcript.messages).toHaveLength(5);
      expect(result.transcript.messages.map((m) => m.replies.length)).toEqual([1, 1, 5, 3, 1]);
      const storm = result.transcript.messages[3]!;
      expect(storm.replies.filter((r) => r.text.startsWith('Also firing'))).toHaveLength(2);
      expect(result.transcript.messages[4]!.replies[0]!.text).toContain('Reminder 1 of 3');
      // The payment incident went to its team's channel, with its acknowledgement in Japanese.
      expect(result.paymentsTranscript.messages.map((m) => m.replies.map((r) => r.text))).toEqual([
        [':eyes: *Bob Suzuki* が受け付けました。'],
      ]);
      expect(lines.some((l) => l.includes('Backup shift run'))).toBe(true);
      const html = await readFile(result.htmlPath, 'utf8');
      expect(html).not.toContain('決済エラーが急増しています');
      const payments = await readFile(path.join(outDir, 'payments.html'), 'utf8');
      expect(payments).toContain('決済エラーが急増しています');
      expect(html).not.toMatch(/<script/i);
      // 90 days of history reported beside the channel page.
      const report = await readFile(path.join(outDir, 'report.html'), 'utf8');
      expect(report).toContain('# On-call report 2026-08-28 → 2026-11-26');
      expect(report).toMatch(/PagerDuty API calls: \d+\./);
      expect(report).not.toMatch(/<script/i);
      // Alice acknowledges from Slack, and /oncall is asked once (only Bob sees the answer; the log shows it).
      expect(lines.some((l) => l.includes('only Alice sees: Acknowledged'))).toBe(true);
      expect(lines.some((l) => l.includes('*On call now*'))).toBe(true);
      // The last incident goes through a relay in direct mode: posted once, with no repository_dispatch.
      expect(lines).toContain(
        '15:30  The relay in direct mode posts an incident itself (no workflow run): ' + incidents[3]!.title,
      );
      expect(lines).toContain('   │ relay answered 200; posted 1, repository_dispatch 0');
      // The MySQL incident's postmortem draft: one pull request, its title and file shown.
      expect(lines.some((l) => /│ pull request #\d+ “Postmortem: #\d+ ALARM/.test(l))).toBe(true);
      expect(
        lines.some((l) => /adds postmortems\/2026-11-26-checkout-db-mysqltoomanyconnections\.md$/.test(l)),
      ).toBe(true);
      expect(await readFile(path.join(outDir, 'postmortem.md'), 'utf8')).toContain('## Action items');
      expect(html).toMatch(/class="button[^"]*"[^>]*>Acknowledge</);
      expect(html).toMatch(/class="button[^"]*"[^>]*>Add note</);
      const expected = JSON.parse(await readFile(path.join(outDir, 'expected.json'), 'utf8')) as {
        topLevel: number;
        replies: number;
      };
      expect(expected).toMatchObject({
        topLevel: 5,
        replies: 11,
        pages: [{ file: 'payments.html', topLevel: 1, replies: 1 }],
      });
    } finally {
      await rm(outDir, { recursive: true, force: true });
    }
  }, 60_000);
});
