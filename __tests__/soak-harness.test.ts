/**
 * The soak harnesses themselves: each invariant check catches a run built to break it (so a soak reporting 0
 * violations means something), and the calm profile of the shift soak — dropped and late runs, Slack read and post
 * failures, no follow-ups — holds on every day.
 */
import { describe, expect, it } from '@jest/globals';
import { runAlert } from '../src/alert/run.js';
import { runShift } from '../src/shift/run.js';
import type { SlackApi } from '../src/slack/types.js';
import { playAlertSoak } from './support/alert-soak.js';
import { playShiftSoak } from './support/shift-soak.js';
import type { Tally } from './support/soak.js';

function invariants(tally: Tally): Set<string> {
  return new Set(tally.violations.map((v) => v.invariant));
}

function subjectsOf(tally: Tally, invariant: string, detail?: RegExp): Set<string> {
  return new Set(
    tally.violations
      .filter((v) => v.invariant === invariant && (!detail || detail.test(v.detail)))
      .map((v) => v.subject),
  );
}

/** `api` with one method replaced (a Proxy keeps the class's other methods bound). */
function withMethod<T extends object, K extends keyof T>(api: T, name: K, replacement: T[K]): T {
  return new Proxy(api, {
    get: (target, property, receiver) =>
      property === name ? replacement : (Reflect.get(target, property, receiver) as unknown),
  });
}

describe('shift soak harness', () => {
  it('holds every day in the calm profile: dropped and late runs, Slack read and post 5xx, no follow-ups', async () => {
    const tally = await playShiftSoak({
      seed: 20260601,
      days: 30,
      faultKinds: ['dropped', 'late', 'reads'],
      followUps: false,
    });
    expect(tally.faults.get('run-dropped') ?? 0).toBeGreaterThan(0);
    expect(tally.faultTotal()).toBeGreaterThan(tally.faults.get('run-dropped') ?? 0);
    expect(tally.report()).toContain('violations: 0');
  }, 120_000);

  it('catches a run that exits 0 without posting', async () => {
    const tally = await playShiftSoak({ seed: 1, days: 3, faultRate: 0, run: async () => ({ exitCode: 0 }) });
    expect(subjectsOf(tally, 'exactly-one-shift-post', /^0 posts/).size).toBe(3);
    expect(subjectsOf(tally, 'exit-0-left-work-undone').size).toBe(3);
  }, 60_000);

  it('catches a user group update that drops an on-call person, and a second topic change', async () => {
    const tally = await playShiftSoak({
      seed: 2,
      days: 3,
      faultRate: 0,
      run: async (deps, settings) => {
        const slack = deps.slack!;
        const shrinking = withMethod<SlackApi, 'setUserGroupMembers'>(
          slack,
          'setUserGroupMembers',
          (group, ids) => slack.setUserGroupMembers(group, ids.slice(0, 1)),
        );
        const result = await runShift({ ...deps, slack: shrinking }, settings);
        await slack.setTopic(settings.channel, 'On call: see the pinned post');
        return result;
      },
    });
    expect(subjectsOf(tally, 'user-group-never-loses-the-on-call').size).toBe(3);
    expect(subjectsOf(tally, 'user-group-is-the-on-call').size).toBe(3);
    expect(subjectsOf(tally, 'topic-set-exactly-once', /changed [2-9] times/).size).toBe(3);
  }, 60_000);
});

describe('alert soak harness', () => {
  it('catches a run that exits 0 without posting', async () => {
    const tally = await playAlertSoak({ seed: 3, incidents: 6, faultRate: 0, run: async () => undefined });
    expect(tally.counts.get('incidents')).toBe(6);
    expect(subjectsOf(tally, 'exactly-one-top-message', /^0 top messages/).size).toBe(6);
    expect(subjectsOf(tally, 'exit-0-left-work-undone').size).toBe(6);
  }, 60_000);

  it('catches a second top message and an escalation downwards', async () => {
    const tally = await playAlertSoak({
      seed: 4,
      incidents: 6,
      faultRate: 0,
      run: async (deps, settings, event) => {
        const result = await runAlert(deps, settings, event);
        if (event.event_type === 'incident.triggered') {
          await deps.slack.postMessage({
            channel: settings.channel,
            text: 'Triggered: again',
            metadata: { eventType: 'oncall_incident', payload: { incident_id: event.incident.id } },
          });
          await deps.pagerduty
            .escalateIncident(event.incident.id, 1, settings.fromEmail!)
            .catch(() => undefined);
        }
        return result;
      },
    });
    expect(subjectsOf(tally, 'exactly-one-top-message', /^[2-9]\d* top messages/).size).toBe(6);
    const downwards = tally.violations.filter((v) => /PUT escalation_level=1 /.test(v.detail));
    expect(downwards.length).toBeGreaterThan(0);
    expect(
      downwards.every((v) =>
        ['escalation-only-upwards', 'no-escalation-of-acknowledged', 'no-escalation-of-resolved'].includes(
          v.invariant,
        ),
      ),
    ).toBe(true);
    expect(invariants(tally).has('escalation-only-upwards')).toBe(true);
  }, 60_000);
});

describe('reproducible from the seed', () => {
  /** Everything a soak reports, the calls the fakes answered included. */
  const summary = (tally: Tally) => ({
    counts: Object.fromEntries(tally.counts),
    faults: Object.fromEntries(tally.faults),
    violations: tally.violations.map((v) => `${v.invariant} ${v.subject}`),
  });

  it('alert: timing noise changes nothing, call for call, with many runs at once and runs killed', async () => {
    const play = (noise: number) =>
      playAlertSoak({ seed: 11, incidents: 8, overlap: 12, latency: { seed: noise, maxMs: 3 } });
    const first = summary(await play(1));
    const second = summary(await play(2));
    expect(second).toEqual(first);
    expect(first.faults.crash).toBeGreaterThan(0);
    expect(first.counts['slack-calls']).toBeGreaterThan(0);
  }, 120_000);
});
