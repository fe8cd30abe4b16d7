import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { runAlert } from '../src/alert/run.js';
import { GROUPED_EVENT_TYPE } from '../src/alert/storm.js';
import { parseMrkdwn } from '../src/slack/mrkdwn.js';
import type { IncidentLock } from '../src/alert/lookup.js';
import { allText, makeAssistWorld, type AssistWorld } from './support/assist-world.js';

let world: AssistWorld;
/** Runs in separate processes share no lock: only Slack settles them. */
const noLock: IncidentLock = (_key, work) => work();

beforeEach(async () => {
  world = await makeAssistWorld();
});
afterEach(async () => {
  await world.stop();
});

function stormLine(m: { blocks?: { block_id?: string; type: string }[] }): string {
  const b = m.blocks?.find((x) => x.block_id === 'oncall-storm');
  return b && b.type === 'context' ? allText({ text: '', blocks: [b as never] }) : '';
}

async function trigger(title: string) {
  const incident = world.incident(title);
  const result = await runAlert(world.deps, world.settings, world.dispatch(incident, 'incident.triggered'));
  return { incident, result };
}

describe('alert storms (group_within)', () => {
  it('posts a later incident of the runbook in the first thread, with its link and status, and counts it', async () => {
    const first = await trigger('DiskFull on db-1');
    world.clock.advance(3 * 60_000);
    const second = await trigger('DiskFull on db-2');
    world.clock.advance(60_000);
    const third = await trigger('DiskFull on db-3');

    const tops = world.tops();
    expect(tops).toHaveLength(1);
    const replies = world.replies(tops[0]!.ts);
    expect(replies.map((r) => r.metadata?.eventType)).toEqual([GROUPED_EVENT_TYPE, GROUPED_EVENT_TYPE]);
    const text = allText(replies[0]!);
    expect(text).toContain('Also firing');
    expect(text).toContain(
      `<https://acme.pagerduty.com/incidents/${second.incident.id}|#${second.incident.number}>`,
    );
    expect(text).toContain('Triggered');
    expect(text).not.toContain('<@U0ALICE>');
    expect(stormLine(tops[0]!)).toContain('2 more incidents');
    expect(tops[0]!.metadata?.payload).toMatchObject({
      incident_id: first.incident.id,
      grouped_count: 2,
      grouped_ids: `${second.incident.id},${third.incident.id}`,
    });
    expect(second.result).toMatchObject({ action: 'posted', threadTs: tops[0]!.ts, runbookId: 'disk-full' });
  });

  it('posts a new message when the first is older than the window, resolved, or of another runbook', async () => {
    const first = await trigger('DiskFull on db-1');
    world.clock.advance(11 * 60_000);
    await trigger('DiskFull on db-2');
    expect(world.tops()).toHaveLength(2);

    await runAlert(world.deps, world.settings, world.dispatch(first.incident, 'incident.resolved'));
    const resolvedSecond = world.tops()[1]!;
    await runAlert(
      world.deps,
      world.settings,
      world.dispatch(
        world.pd.getIncident(resolvedSecond.metadata!.payload.incident_id as string)!,
        'incident.resolved',
      ),
    );
    world.clock.advance(60_000);
    await trigger('DiskFull on db-3');
    expect(world.tops()).toHaveLength(3);

    // Off by default: a runbook without group_within posts every incident on its own.
    await trigger('KubePodCrashLooping api-1');
    await trigger('KubePodCrashLooping api-2');
    expect(world.tops()).toHaveLength(5);
  });

  it('reads no storm thread before posting an incident whose runbook does not group storms', async () => {
    // A storm of disk-full is open, so the channel has a thread a grouped incident could be in.
    await trigger('DiskFull on db-1');
    await trigger('DiskFull on db-2');
    const repliesRead = () => world.slack.callsTo('conversations.replies').length;
    const before = repliesRead();
    await trigger('KubePodCrashLooping api-1');
    expect(repliesRead()).toBe(before);
    expect(world.tops()).toHaveLength(2);
    // Its triggered event again: found as posted, still without a storm thread read.
    const crashloop = world.pd.getIncident(world.tops()[1]!.metadata!.payload.incident_id as string)!;
    const again = await runAlert(world.deps, world.settings, world.dispatch(crashloop, 'incident.triggered'));
    expect(again.action).toBe('duplicate');
    expect(repliesRead()).toBe(before);
  });

  it('posts the grouped reply once when the triggered event runs again, and at once twice', async () => {
    await trigger('DiskFull on db-1');
    const second = world.incident('DiskFull on db-2');
    const event = world.dispatch(second, 'incident.triggered');
    const [a, b] = await Promise.all([
      runAlert({ ...world.deps, incidentLock: noLock }, world.settings, event),
      runAlert({ ...world.deps, incidentLock: noLock }, world.settings, event),
    ]);
    const again = await runAlert(world.deps, world.settings, event);

    const top = world.tops();
    expect(top).toHaveLength(1);
    expect(world.replies(top[0]!.ts)).toHaveLength(1);
    expect(again.action).toBe('duplicate');
    expect(new Set([a.messageTs, b.messageTs, again.messageTs]).size).toBe(1);
    expect(stormLine(top[0]!)).toContain('*1 more incident* of this runbook');
  });

  it('converges on one thread when the incidents of a storm fire at the same moment', async () => {
    const incidents = [1, 2, 3, 4].map((n) => world.incident(`DiskFull on db-${n}`));
    await Promise.all(
      incidents.map((i) =>
        runAlert(
          { ...world.deps, incidentLock: noLock },
          world.settings,
          world.dispatch(i, 'incident.triggered'),
        ),
      ),
    );
    const tops = world.tops();
    expect(tops).toHaveLength(1);
    const grouped = world.replies(tops[0]!.ts).filter((r) => r.metadata?.eventType === GROUPED_EVENT_TYPE);
    expect(new Set(grouped.map((r) => r.metadata!.payload.incident_id)).size).toBe(3);
    expect(grouped).toHaveLength(3);
    expect(tops[0]!.metadata?.payload.grouped_count).toBe(3);
  });

  it("lands a grouped incident's later events in its own reply and, for an escalation, once in the thread", async () => {
    const first = await trigger('DiskFull on db-1');
    const second = await trigger('DiskFull on db-2');
    const top = world.tops()[0]!;
    const own = () =>
      world.replies(top.ts).find((r) => r.metadata?.payload.incident_id === second.incident.id)!;

    const ack = await runAlert(
      world.deps,
      world.settings,
      world.dispatch(second.incident, 'incident.acknowledged'),
    );
    expect(ack.threadTs).toBe(top.ts);
    expect(allText(own())).toContain('Acknowledged');
    expect(allText(own())).toContain('Alice Example');
    // The first incident's own status line is its own.
    expect(world.tops()[0]!.metadata?.payload.status).toBe('triggered');

    const escalated = world.dispatch(second.incident, 'incident.escalated');
    await runAlert(world.deps, world.settings, escalated);
    await runAlert(world.deps, world.settings, escalated);
    const named = world.replies(top.ts).filter((r) => r.metadata?.payload.event_id === escalated.event_id);
    expect(named).toHaveLength(1);
    expect(allText(named[0]!)).toContain(`|#${second.incident.number}>:`);

    await runAlert(world.deps, world.settings, world.dispatch(second.incident, 'incident.resolved'));
    expect(allText(own())).toContain('Resolved');
    expect(world.tops()).toHaveLength(1);
    expect(first.incident.id).not.toBe(second.incident.id);
  });

  it('finds a grouped incident at once when the first message neither lists nor counts it (a lost count update)', async () => {
    await trigger('DiskFull on db-1');
    const second = await trigger('DiskFull on db-2');
    const top = world.tops()[0]!;
    // What a lost or failed count update leaves: the reply is there, the first message neither lists nor counts it.
    delete top.metadata!.payload.grouped_ids;
    delete top.metadata!.payload.grouped_count;
    const posts = world.slack.callsTo('chat.postMessage').length;
    await runAlert(world.deps, world.settings, world.dispatch(second.incident, 'incident.acknowledged'));
    // Found at once: nothing posted (no stand-in message for a "lost" trigger).
    expect(world.slack.callsTo('chat.postMessage')).toHaveLength(posts);
    expect(world.tops()).toHaveLength(1);
    const own = world.replies(top.ts).find((r) => r.metadata?.payload.incident_id === second.incident.id)!;
    expect(allText(own)).toContain('Acknowledged');
  });

  it('shows a grouped title as literal text, with no live mention or broadcast', async () => {
    await trigger('DiskFull on db-1');
    await trigger('DiskFull <!channel> <@U0ADMIN> <https://evil.example|click> & <b>');
    const reply = world.replies(world.tops()[0]!.ts)[0]!;
    const tokens = parseMrkdwn(allText(reply));
    expect(tokens.filter((t) => t.kind === 'user' || t.kind === 'broadcast')).toEqual([]);
    expect(allText(reply)).toContain('&lt;!channel&gt; &lt;@U0ADMIN&gt;');
  });

  it("speaks the channel's language in the grouped reply and the count", async () => {
    const ja = { ...world.settings, language: 'ja' as const };
    await runAlert(world.deps, ja, world.dispatch(world.incident('DiskFull on db-1'), 'incident.triggered'));
    await runAlert(world.deps, ja, world.dispatch(world.incident('DiskFull on db-2'), 'incident.triggered'));
    const top = world.tops()[0]!;
    expect(allText(world.replies(top.ts)[0]!)).toContain('同時に発生');
    expect(stormLine(top)).toContain('*1 件*');
  });

  it("never turns the first message's status back when it writes the count", async () => {
    const first = await trigger('DiskFull on db-1');
    // Acknowledged in PagerDuty; the run that shows it may write before or after this count update.
    world.pd.getIncident(first.incident.id)!.status = 'acknowledged';
    await trigger('DiskFull on db-2');
    const top = world.tops()[0]!;
    expect(top.metadata?.payload).toMatchObject({ status: 'acknowledged', grouped_count: 1 });
    expect(allText(top)).toContain('Acknowledged');
  });

  it('shows the grouped reply in a dry run and posts nothing', async () => {
    await trigger('DiskFull on db-1');
    const second = world.incident('DiskFull on db-2');
    const before = world.slack.messages().length;
    const result = await runAlert(
      world.deps,
      { ...world.settings, dryRun: true },
      world.dispatch(second, 'incident.triggered'),
    );
    expect(result.action).toBe('dry-run');
    expect(allText(result.messages[0]!)).toContain('Also firing');
    expect(world.slack.messages()).toHaveLength(before);
  });
});
