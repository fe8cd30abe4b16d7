/**
 * The alert soak: many incidents live in the fake PagerDuty, which holds each one's true state. Random transitions
 * (trigger, acknowledge, escalate, reassign, resolve) are made on it; each becomes a signed V3 webhook delivered to
 * the real relay (node server + handler), which dispatches to the fake GitHub; each dispatch becomes a real alert run
 * (`runAlert`) against the fake Slack and PagerDuty. Deliveries are late, reordered, repeated and lost; runs start
 * together, see 5xx and 429 bursts, lose responses, run on a skewed clock, or are killed midway and re-run.
 *
 * The invariants are checked from what the fakes recorded — never from what the code under test says it did.
 */
import { loadedFromIndex } from '../../src/alert/runbooks.js';
import { INDEX_FORMAT } from '../../src/runbooks/types.js';
import { parseDispatchPayload } from '../../src/alert/event.js';
import { runAlert, type AlertDeps, type AlertSettings, type LoadedRunbooks } from '../../src/alert/run.js';
import { systemClock, type Clock } from '../../src/clock.js';
import { FakeClock } from '../../src/fakes/clock.js';
import { FakeGitHub } from '../../src/fakes/github.js';
import {
  FakePagerDuty,
  type FakeIncident,
  type FakeIncidentTransition,
  type FakeUser,
} from '../../src/fakes/pagerduty.js';
import { FakeSlack, type FakeMessage } from '../../src/fakes/slack.js';
import { createGitHubClient } from '../../src/github/client.js';
import { MemoryLogger } from '../../src/log.js';
import { createPagerDutyClient } from '../../src/pagerduty/client.js';
import { createIncidentLock } from '../../src/alert/lookup.js';
import { createRelayHandler } from '../../src/relay/handler.js';
import { startRelayServer, type RelayServer } from '../../src/relay/node-server.js';
import { signBody } from '../../src/relay/signature.js';
import type { IndexedRunbook } from '../../src/runbooks/types.js';
import { createSlackClient } from '../../src/slack/client.js';
import { UserDirectory } from '../../src/slack/user-directory.js';
import type { DispatchPayload } from '../../src/dispatch/types.js';
import { Crash, Random, Tally, Turns, skewedClock, withLatency } from './soak.js';

export interface AlertSoakOptions {
  seed: number;
  incidents: number;
  /** Probability scale of every fault (1 = the default mix, 0 = a calm world). */
  faultRate?: number;
  /** Whether an escalation or reassignment may hit an acknowledged incident (PagerDuty then re-triggers it). */
  retriggerAcknowledged?: boolean;
  /** Incidents alive at the same time in the channel. */
  overlap?: number;
  /** Timing noise: a real delay before every call of a run, up to `maxMs`, drawn from `seed`. Changes no count. */
  latency?: { seed: number; maxMs: number };
  /** The alert run under test (default `runAlert`); the harness's own tests pass broken ones to see it catch them. */
  run?: (deps: AlertDeps, settings: AlertSettings, event: DispatchPayload) => Promise<unknown>;
}

const CHANNEL = 'C0SOAKALRT';
const SECRET = 'whsec_soak_secret_0123456789';
const FROM_EMAIL = 'escalation-bot@example.com';
const START = '2026-11-26T00:00:00Z';
const SECOND = 1000;
const MINUTE = 60 * SECOND;
/** GitHub's "re-run failed jobs": a dispatch is run at most this often; the last attempt runs without faults. */
const MAX_ATTEMPTS = 5;
/** Runs starting within the same slot start together (in parallel). */
const SLOT_MS = 15 * SECOND;

const RESPONDERS = [
  { name: 'Alice Example', email: 'alice@example.com', slack: 'U0ALICE' },
  { name: 'Bob Example', email: 'bob@example.com', slack: 'U0BOB' },
  { name: 'Carol Example', email: 'carol@example.com', slack: 'U0CAROL' },
  { name: 'Dan Example', email: 'dan@example.com', slack: 'U0DAN' },
  // Not in Slack: shown by name.
  { name: 'Erin Contractor', email: 'erin@contractor.example', slack: undefined },
];

const RUNBOOKS: IndexedRunbook[] = [
  {
    id: 'database-down',
    title: 'Primary database down',
    url: 'https://wiki.example/db-down',
    priority: 10,
    escalateTo: 2,
    match: { any: ['PostgresqlDown'], all: [], none: [], regex: [], services: [] },
  },
  {
    id: 'payments-outage',
    title: 'Payments outage',
    url: 'https://wiki.example/payments',
    priority: 10,
    escalateTo: 3,
    match: { any: ['PaymentsDown'], all: [], none: [], regex: [], services: [] },
  },
  {
    id: 'pod-crashloop',
    title: 'Pod crash looping',
    url: 'https://wiki.example/crashloop',
    priority: 0,
    match: { any: ['KubePodCrashLooping'], all: [], none: [], regex: [], services: [] },
  },
];

const TITLES = [
  '[FIRING:1] PostgresqlDown (db-primary critical)',
  '[FIRING:1] PaymentsDown (checkout critical)',
  '[FIRING:1] KubePodCrashLooping (api payments warning)',
  'Disk almost full on batch-7',
];

const SLACK_METHODS = [
  'chat.postMessage',
  'chat.update',
  'conversations.history',
  'conversations.replies',
  'users.lookupByEmail',
  'chat.getPermalink',
];

/** One PagerDuty event: a transition made on the fake, and its webhook. */
interface SoakEvent {
  incidentId: string;
  eventId: string;
  eventType: string;
  body: string;
  /** The delivery id PagerDuty puts in `X-Webhook-Id` (the same for every redelivery). */
  webhookId: string;
  delivered: boolean;
}

interface Dispatch {
  key: string;
  payload: Record<string, unknown>;
  incidentId: string;
  eventId: string;
  eventType: string;
  attempts: RunRecord[];
}

interface RunRecord {
  attempt: number;
  outcome: 'exit-0' | 'exit-1' | 'crashed';
  error?: string;
  faults: string[];
}

type Item =
  | { kind: 'transition'; at: number; incident: IncidentPlan }
  | { kind: 'deliver'; at: number; event: SoakEvent; attempt: number }
  | { kind: 'run'; at: number; dispatch: Dispatch; attempt: number };

interface IncidentPlan {
  index: number;
  title: string;
  incident?: FakeIncident;
  /** Transitions still to make. */
  remaining: number;
  events: SoakEvent[];
}

/** Plays the soak; returns the tally (counts, faults, violations). */
export async function playAlertSoak(options: AlertSoakOptions): Promise<Tally> {
  const world = await AlertWorld.create(options);
  try {
    await world.play();
    world.check();
    return world.tally;
  } finally {
    await world.stop();
  }
}

class AlertWorld {
  readonly tally: Tally;
  private readonly random: Random;
  /** The order in which simultaneous runs take their turns: a generator of its own, so the world stays the seed's. */
  private readonly turns: Turns;
  private readonly latency: Random | undefined;
  private readonly faultRate: number;
  private readonly queue: Item[] = [];
  private readonly dispatches: Dispatch[] = [];
  private readonly plans: IncidentPlan[] = [];
  private seenDispatches = 0;
  private seenUpdates = 0;
  private botId = '';
  private eventCounter = 0;
  private readonly loaded: LoadedRunbooks;
  private readonly policyId: string;

  private constructor(
    private readonly options: AlertSoakOptions,
    private readonly clock: FakeClock,
    private readonly pd: FakePagerDuty,
    private readonly slack: FakeSlack,
    private readonly gh: FakeGitHub,
    private readonly relay: RelayServer,
    private readonly users: FakeUser[],
    policyId: string,
  ) {
    this.tally = new Tally('alert', options.seed);
    this.random = new Random(options.seed);
    this.turns = new Turns(new Random((options.seed ^ 0x5eed7) >>> 0));
    this.latency = options.latency ? new Random(options.latency.seed) : undefined;
    this.faultRate = options.faultRate ?? 1;
    this.policyId = policyId;
    this.loaded = loadedFromIndex(
      {
        format: INDEX_FORMAT,
        version: 1,
        source: {
          repository: 'acme/ops',
          commit: 'abc1234def5678abc1234def5678abc1234def56',
          dir: 'runbooks',
        },
        runbooks: RUNBOOKS,
      },
      'published index',
    );
  }

  static async create(options: AlertSoakOptions): Promise<AlertWorld> {
    const clock = new FakeClock(START);
    const pd = new FakePagerDuty({ clock });
    const users = RESPONDERS.map((r) => pd.addUser({ name: r.name, email: r.email }));
    const bot = pd.addUser({ name: 'Escalation Bot', email: FROM_EMAIL });
    const policy = pd.addEscalationPolicy({
      name: 'Platform',
      rules: [0, 1, 2].map((i) => ({ targets: [{ type: 'user' as const, id: users[i]!.id }] })),
    });
    for (const [level, user] of [users[0]!, users[1]!, users[2]!].entries()) {
      pd.addOnCall({
        userId: user.id,
        escalationPolicyId: policy.id,
        level: level + 1,
        start: null,
        end: null,
      });
    }
    const slack = new FakeSlack(
      {
        users: RESPONDERS.flatMap((r) =>
          r.slack ? [{ id: r.slack, name: r.name.split(' ')[0]!.toLowerCase(), email: r.email }] : [],
        ),
        channels: [{ id: CHANNEL, name: 'incidents' }],
      },
      { clock },
    );
    const gh = new FakeGitHub();
    await Promise.all([pd.start(), slack.start(), gh.start()]);
    const relayLog = new MemoryLogger();
    // The relay answers PagerDuty within real seconds: its deadline runs on real timers, its "now" on the soak's.
    const relayClock: Clock = { now: () => clock.now(), sleep: systemClock.sleep };
    const handler = createRelayHandler({
      secrets: [SECRET],
      github: createGitHubClient({
        token: gh.token,
        repository: gh.repository,
        apiUrl: gh.url,
        log: relayLog,
        clock: relayClock,
      }),
      log: relayLog,
      clock: relayClock,
    });
    const relay = await startRelayServer({ handler, port: 0, host: '127.0.0.1', closeGraceMs: 1_000 });
    const world = new AlertWorld(options, clock, pd, slack, gh, relay, users, policy.id);
    world.botId = bot.id;
    return world;
  }

  async stop(): Promise<void> {
    await this.relay.close();
    await Promise.all([this.pd.stop(), this.slack.stop(), this.gh.stop()]);
  }

  // ---- the generator --------------------------------------------------------------------------------------------

  async play(): Promise<void> {
    const start = this.clock.now().getTime();
    const overlap = Math.max(1, this.options.overlap ?? 6);
    for (let i = 0; i < this.options.incidents; i++) {
      const plan: IncidentPlan = {
        index: i,
        title: this.random.pick(TITLES),
        remaining: this.random.int(0, 5),
        events: [],
      };
      this.plans.push(plan);
      // About `overlap` incidents open at once: each lives ~10 minutes.
      const at = start + Math.floor((i * 10 * MINUTE) / overlap) + this.random.int(0, 90) * SECOND;
      this.schedule({ kind: 'transition', at, incident: plan });
    }
    this.tally.count('incidents', this.options.incidents);
    while (this.queue.length > 0) {
      this.queue.sort((a, b) => a.at - b.at);
      const slot = Math.floor(this.queue[0]!.at / SLOT_MS);
      const batch: Item[] = [];
      while (this.queue.length > 0 && Math.floor(this.queue[0]!.at / SLOT_MS) === slot)
        batch.push(this.queue.shift()!);
      const now = this.clock.now().getTime();
      const slotStart = slot * SLOT_MS;
      if (slotStart > now) this.clock.set(new Date(slotStart));
      // Transitions first and alone, each at its own time: a run never races a human in PagerDuty (no code could
      // prevent that race).
      for (const item of batch) {
        if (item.kind !== 'transition') continue;
        if (item.at > this.clock.now().getTime()) this.clock.set(new Date(item.at));
        this.transition(item.incident);
      }
      // One delivery after the other: which of them meets an injected GitHub fault depends on the seed, not on timing.
      for (const item of batch) if (item.kind === 'deliver') await this.deliver(item);
      this.collectDispatches();
      const runs = batch.filter((item): item is Extract<Item, { kind: 'run' }> => item.kind === 'run');
      if (runs.length > 0) await this.runBatch(runs);
    }
  }

  private schedule(item: Item): void {
    this.queue.push(item);
  }

  private transition(plan: IncidentPlan): void {
    const pd = this.pd;
    const random = this.random;
    let made: FakeIncidentTransition | undefined;
    if (!plan.incident) {
      plan.incident = pd.addIncident({
        title: plan.title,
        escalationPolicyId: this.policyId,
        service: { name: 'Checkout API' },
        priority: random.pick(['P1', 'P2', null]),
        createdAt: this.clock.now(),
      });
      pd.addAlert(plan.incident.id, { summary: plan.title });
      made = {
        incidentId: plan.incident.id,
        eventType: 'incident.triggered',
        at: this.clock.now(),
        agentId: null,
      };
    } else {
      const incident = plan.incident;
      const person = random.pick(this.users.slice(0, 4)).id;
      const choices: (() => FakeIncidentTransition | undefined)[] = [];
      const retrigger = this.options.retriggerAcknowledged ?? true;
      // Twice: acknowledging is what people do most.
      if (incident.status === 'triggered') choices.push(() => pd.acknowledge(incident.id, person));
      if (incident.status === 'triggered') choices.push(() => pd.acknowledge(incident.id, person));
      if (incident.escalationLevel < 3 && (incident.status === 'triggered' || retrigger)) {
        choices.push(() =>
          pd.escalate(incident.id, incident.escalationLevel + 1, random.chance(0.5) ? person : null),
        );
      }
      if (incident.status === 'triggered' || retrigger) {
        choices.push(() => pd.reassign(incident.id, [random.pick(this.users).id], person));
      }
      choices.push(() => pd.resolve(incident.id, person));
      made = random.pick(choices)();
    }
    if (made) this.emit(plan, made);
    plan.remaining -= 1;
    if (plan.incident.status !== 'resolved' && plan.remaining >= 0) {
      // Mostly minutes apart, sometimes within the same second (ordering by instant, not by text), now and then in
      // the same millisecond (PagerDuty's `occurred_at` cannot order those).
      const gap = random.chance(0.15)
        ? random.chance(0.3)
          ? 0
          : random.int(1, 900)
        : random.int(20, 240) * SECOND;
      this.schedule({ kind: 'transition', at: this.clock.now().getTime() + gap, incident: plan });
    }
  }

  private emit(plan: IncidentPlan, transition: FakeIncidentTransition): void {
    this.eventCounter += 1;
    const eventId = `01SOAK${String(this.options.seed).padStart(6, '0').slice(-6)}${String(this.eventCounter).padStart(8, '0')}`;
    const body = JSON.stringify(
      this.pd.webhookBody(transition, { eventId, occurredAt: this.occurredAt(transition.at) }),
    );
    const event: SoakEvent = {
      incidentId: transition.incidentId,
      eventId,
      eventType: transition.eventType,
      body,
      webhookId: `wh-${eventId}`,
      delivered: false,
    };
    plan.events.push(event);
    this.tally.count('events');
    // PagerDuty sends within seconds, sometimes much later: later events can arrive first.
    const delay = this.random.chance(0.2 * this.faultRate)
      ? this.random.int(30, 180) * SECOND
      : this.random.int(0, 10) * SECOND;
    if (delay > 10 * SECOND) this.tally.fault('delivery-late');
    this.schedule({ kind: 'deliver', at: this.clock.now().getTime() + delay, event, attempt: 1 });
    // At-least-once: a second delivery of the same event.
    if (this.random.chance(0.1 * this.faultRate)) {
      this.tally.fault('delivery-redelivered');
      this.schedule({
        kind: 'deliver',
        at: this.clock.now().getTime() + delay + this.random.int(0, 60) * SECOND,
        event,
        attempt: 1,
      });
    }
  }

  /** The instant as PagerDuty might render it: milliseconds, whole seconds, or another offset. */
  private occurredAt(at: Date): string {
    const iso = at.toISOString();
    const form = this.random.int(0, 3);
    if (form === 1 && at.getUTCMilliseconds() === 0) return iso.replace('.000Z', 'Z');
    if (form === 2) {
      const local = new Date(at.getTime() + 9 * 3600_000).toISOString().replace('Z', '+09:00');
      return local;
    }
    return iso;
  }

  /** One delivery attempt to the relay, as PagerDuty makes it (it retries on anything but a 2xx). */
  private async deliver(item: Extract<Item, { kind: 'deliver' }>): Promise<void> {
    const { event } = item;
    if (this.random.chance(0.08 * this.faultRate)) {
      const status = this.random.pick([502, 503, 429]);
      this.gh.server.inject(
        { path: /\/dispatches$/, times: 1 },
        status === 429
          ? { kind: 'status', status, headers: { 'retry-after': '1' }, body: { message: 'rate limited' } }
          : { kind: 'status', status, body: '<html>Unicorn!</html>' },
      );
      this.tally.fault(`github-${status}`);
    }
    let ok: boolean;
    try {
      const response = await fetch(this.relay.url, {
        method: 'POST',
        body: event.body,
        headers: {
          'content-type': 'application/json',
          'x-pagerduty-signature': signBody(event.body, SECRET),
          'x-webhook-id': event.webhookId,
        },
      });
      await response.arrayBuffer();
      ok = response.status >= 200 && response.status < 300;
      this.tally.count('deliveries');
    } catch {
      ok = false;
    }
    // PagerDuty timed out although the relay answered: it delivers again.
    const lost = ok && this.random.chance(0.05 * this.faultRate);
    if (lost) this.tally.fault('delivery-response-lost');
    if (ok && !lost) {
      event.delivered = true;
      return;
    }
    if (item.attempt >= 8) return;
    this.schedule({
      kind: 'deliver',
      at: this.clock.now().getTime() + this.random.int(5, 60) * SECOND,
      event,
      attempt: item.attempt + 1,
    });
  }

  /** Every new repository_dispatch starts a workflow run (several at once when dispatches pile up). */
  private collectDispatches(): void {
    for (; this.seenDispatches < this.gh.dispatches.length; this.seenDispatches++) {
      const recorded = this.gh.dispatches[this.seenDispatches]!;
      const payload = recorded.client_payload;
      const incident = payload.incident as { id?: unknown } | undefined;
      const dispatch: Dispatch = {
        key: `dispatch-${this.seenDispatches + 1}`,
        payload,
        incidentId: String(incident?.id ?? ''),
        eventId: String(payload.event_id ?? ''),
        eventType: String(payload.event_type ?? ''),
        attempts: [],
      };
      this.dispatches.push(dispatch);
      this.tally.count('dispatches');
      const parallel = this.random.chance(0.3);
      const delay = parallel ? SLOT_MS : this.random.int(5, 90) * SECOND;
      this.schedule({ kind: 'run', at: this.clock.now().getTime() + delay, dispatch, attempt: 1 });
    }
  }

  // ---- runs -----------------------------------------------------------------------------------------------------

  private async runBatch(runs: Extract<Item, { kind: 'run' }>[]): Promise<void> {
    // Last attempts run on their own, in a calm world; the others together, under the batch's faults.
    const last = runs.filter((r) => r.attempt >= MAX_ATTEMPTS);
    const others = runs.filter((r) => r.attempt < MAX_ATTEMPTS);
    const records = await Promise.all(last.map((run) => this.runOnce(run.dispatch, run.attempt, [])));
    if (others.length > 0) {
      const batchFaults = this.injectFaults();
      records.push(
        ...(await Promise.all(
          this.random.shuffle(others).map((run) => this.runOnce(run.dispatch, run.attempt, batchFaults)),
        )),
      );
    }
    // What killed runs had already sent is carried out before the batch ends, as it would be in flight.
    await this.turns.drained();
    this.slack.server.clearFaults();
    this.pd.server.clearFaults();
    this.emitEscalationsByRuns();
    for (const { dispatch, record } of records) {
      dispatch.attempts.push(record);
      this.tally.count('runs');
      this.tally.count(`runs-${record.outcome}`);
      if (record.outcome === 'exit-0') {
        const undone = this.undoneWork(dispatch);
        if (undone) {
          this.tally.violate(
            'exit-0-left-work-undone',
            dispatch.incidentId,
            `${dispatch.eventType} ${dispatch.eventId} (attempt ${record.attempt}, faults ${record.faults.join('+') || 'none'}) exited 0 but ${undone}`,
          );
        }
      } else if (record.attempt < MAX_ATTEMPTS) {
        this.schedule({
          kind: 'run',
          at: this.clock.now().getTime() + this.random.int(1, 5) * MINUTE,
          dispatch,
          attempt: record.attempt + 1,
        });
      }
    }
  }

  /** An escalation made through the API is an `incident.escalated` webhook like any other (agent: the `From:` user). */
  private emitEscalationsByRuns(): void {
    for (; this.seenUpdates < this.pd.incidentUpdates.length; this.seenUpdates++) {
      const put = this.pd.incidentUpdates[this.seenUpdates]!;
      if (put.status !== 200 || put.requested.escalationLevel === undefined) continue;
      const plan = this.plans.find((p) => p.incident?.id === put.incidentId);
      if (!plan) continue;
      this.emit(plan, {
        incidentId: put.incidentId,
        eventType: 'incident.escalated',
        at: put.at,
        agentId: this.botId,
      });
    }
  }

  /** Faults for the calls of the next batch of runs; returns their names for the report. */
  private injectFaults(): string[] {
    const random = this.random;
    const rate = this.faultRate;
    const names: string[] = [];
    const note = (name: string) => {
      names.push(name);
      this.tally.fault(name);
    };
    for (const method of SLACK_METHODS) {
      if (random.chance(0.06 * rate)) {
        const times = random.int(1, 4);
        this.slack.inject(
          method,
          {
            kind: 'status',
            status: random.pick([500, 502, 503]),
            body: '<html>503 Service Unavailable</html>',
          },
          times,
        );
        note(`slack-5xx:${method}`);
      }
      if (random.chance(0.05 * rate)) {
        this.slack.rateLimit(method, random.int(1, 3), random.int(1, 3));
        note(`slack-429:${method}`);
      }
    }
    for (const method of ['chat.postMessage', 'chat.update']) {
      if (random.chance(0.08 * rate)) {
        this.slack.inject(method, { kind: 'reset-after-handling' });
        note(`slack-lost-response:${method}`);
      }
    }
    if (random.chance(0.08 * rate)) {
      this.pd.server.inject(
        { path: /^\/(incidents|oncalls)/, method: 'GET', times: random.int(1, 4) },
        { kind: 'status', status: random.pick([500, 502, 503]), body: '<html>Bad gateway</html>' },
      );
      note('pagerduty-5xx:GET');
    }
    if (random.chance(0.05 * rate)) {
      this.pd.server.inject(
        { path: /^\/(incidents|oncalls)/, method: 'GET', times: random.int(1, 3) },
        {
          kind: 'status',
          status: 429,
          headers: { 'ratelimit-reset': String(random.int(1, 3)) },
          body: { error: { message: 'Too many requests', code: 2020 } },
        },
      );
      note('pagerduty-429:GET');
    }
    if (random.chance(0.1 * rate)) {
      this.pd.server.inject(
        { path: /^\/incidents\/[^/]+$/, method: 'PUT', times: random.int(1, 2) },
        {
          kind: 'status',
          status: random.pick([500, 503]),
          body: { error: { message: 'Internal', code: 2000 } },
        },
      );
      note('pagerduty-5xx:PUT');
    }
    if (random.chance(0.05 * rate)) {
      this.pd.server.inject(
        { path: /^\/incidents\/[^/]+$/, method: 'PUT', times: 1 },
        { kind: 'reset-after-handling' },
      );
      note('pagerduty-lost-response:PUT');
    }
    return names;
  }

  private async runOnce(
    dispatch: Dispatch,
    attempt: number,
    batchFaults: string[],
  ): Promise<{ dispatch: Dispatch; record: RunRecord }> {
    const random = this.random;
    const faults = [...batchFaults];
    const last = attempt >= MAX_ATTEMPTS;
    let clock: Clock = this.clock;
    if (!last && random.chance(0.15 * this.faultRate)) {
      const skew = random.pick([-1, 1]) * random.int(1, 15) * MINUTE;
      clock = skewedClock(this.clock, skew);
      faults.push(`clock-skew:${skew / MINUTE}min`);
      this.tally.fault('clock-skew');
    }
    const crash =
      !last && random.chance(0.12 * this.faultRate)
        ? new Crash(random.int(1, 10), random.chance(0.5))
        : undefined;
    const log = new MemoryLogger();
    const pagerduty = createPagerDutyClient({
      token: this.pd.expectedToken,
      apiUrl: this.pd.url,
      clock,
      log,
    });
    const slackApi = createSlackClient({ token: this.slack.token, apiUrl: this.slack.url, clock, log });
    // Calls and waits take turns with the other runs of the batch; the clients' own retry waits are part of a call.
    const wrap = <T extends object>(api: T): T => {
      const noisy = this.latency ? withLatency(api, this.latency, this.options.latency!.maxMs) : api;
      const taking = this.turns.wrap(noisy, ['requestCount']);
      return crash ? crash.wrap(taking) : taking;
    };
    const runClock = this.turns.clock(clock);
    const deps: AlertDeps = {
      pagerduty: wrap(pagerduty),
      slack: wrap(slackApi),
      users: new UserDirectory({ slack: wrap(slackApi), log }),
      runbooks: async () => this.loaded,
      clock: crash ? crash.wrapClock(runClock) : runClock,
      log,
      // Each run is its own process (a workflow run): it shares no in-process lock with the others, and a crashed
      // run's lock dies with it.
      incidentLock: createIncidentLock(),
    };
    const settings: AlertSettings = { channel: CHANNEL, fromEmail: FROM_EMAIL };
    let record: RunRecord;
    try {
      // The workflow reads the event file like the alert command does.
      const event = parseDispatchPayload(dispatch.payload, 'client_payload');
      const run = (this.options.run ?? runAlert)(deps, settings, event);
      const outcome = await (crash ? Promise.race([run, crash.died]) : run);
      // The alert command exits 1 when the run reports work left undone (src/commands/alert.ts), and the workflow's
      // re-run completes it.
      const undone = outcome !== 'crashed' ? undoneOf(outcome) : [];
      record =
        outcome === 'crashed'
          ? { attempt, outcome: 'crashed', faults }
          : undone.length > 0
            ? { attempt, outcome: 'exit-1', error: `left undone: ${undone.join('; ')}`, faults }
            : { attempt, outcome: 'exit-0', faults };
    } catch (error) {
      record = crash?.crashed
        ? { attempt, outcome: 'crashed', faults }
        : { attempt, outcome: 'exit-1', error: String(error), faults };
    }
    if (record.outcome === 'crashed') {
      faults.push('crash');
      this.tally.fault('crash');
    }
    return { dispatch, record };
  }

  // ---- invariants -----------------------------------------------------------------------------------------------

  private tops(incidentId: string): FakeMessage[] {
    return this.slack
      .messages(CHANNEL)
      .filter((m) => m.threadTs === undefined && m.metadata?.payload.incident_id === incidentId);
  }

  private postsFor(eventId: string): FakeMessage[] {
    return this.slack.messages(CHANNEL).filter((m) => m.metadata?.payload.event_id === eventId);
  }

  /** What a run that exited 0 should have left in Slack for its event, if missing. */
  private undoneWork(dispatch: Dispatch): string | undefined {
    const tops = this.tops(dispatch.incidentId);
    if (tops.length === 0) return 'the incident has no top message';
    if (dispatch.eventType === 'incident.triggered') return undefined;
    const posts = this.postsFor(dispatch.eventId);
    return posts.length === 0 ? 'its event has no post in the thread' : undefined;
  }

  check(): void {
    // Every call the fakes answered: with the same seed, the same number on every machine and Node.js version.
    this.tally.count('slack-calls', this.slack.server.calls.length);
    this.tally.count('pagerduty-calls', this.pd.server.calls.length);
    const byIncident = new Map<string, Dispatch[]>();
    for (const d of this.dispatches)
      byIncident.set(d.incidentId, [...(byIncident.get(d.incidentId) ?? []), d]);
    for (const plan of this.plans) {
      const incident = plan.incident!;
      const id = incident.id;
      const story = this.story(plan);
      const dispatches = byIncident.get(id) ?? [];
      for (const event of plan.events) {
        if (!event.delivered)
          this.tally.violate('event-never-delivered', id, `${event.eventType} ${event.eventId}`);
      }

      // Every run that failed was re-run until one exited 0.
      for (const d of dispatches) {
        const lastRun = d.attempts[d.attempts.length - 1];
        if (!lastRun || lastRun.outcome !== 'exit-0') {
          this.tally.violate(
            'failed-run-not-completed-by-rerun',
            id,
            `${d.eventType} ${d.eventId}: attempts ${d.attempts.map((a) => `${a.outcome}${a.error ? ` (${a.error.slice(0, 160)})` : ''}`).join(', ')}; ${story}`,
          );
        }
      }

      // Exactly one top message.
      const tops = this.tops(id);
      if (tops.length !== 1) {
        this.tally.violate('exactly-one-top-message', id, `${tops.length} top messages; ${story}`);
      }
      const deletedTops = this.slack.deleted.filter(
        (m) => m.threadTs === undefined && m.metadata?.payload.incident_id === id,
      );
      if (deletedTops.length > 0) this.tally.count('top-messages-posted-then-deleted', deletedTops.length);
      const top = tops[0];

      // Its status line equals PagerDuty's final state.
      if (top) {
        const problem = this.statusProblem(top, incident);
        if (problem) this.tally.violate('status-line-equals-pagerduty', id, `${problem}; ${story}`);
      }

      // Every dispatched event is reflected exactly once (a reply with its event id, or the top it created).
      const eventIds = new Set(dispatches.map((d) => d.eventId));
      for (const eventId of eventIds) {
        const d = dispatches.find((x) => x.eventId === eventId)!;
        const posts = this.postsFor(eventId);
        const replies = posts.filter((m) => m.threadTs !== undefined);
        const wrongThread = replies.filter((m) => !top || m.threadTs !== top.ts);
        const ran = d.attempts.some((a) => a.outcome === 'exit-0');
        if (wrongThread.length > 0) {
          this.tally.violate(
            'reflected-once',
            id,
            `${d.eventType} ${eventId}: ${wrongThread.length} reply(ies) outside the incident's thread; ${story}`,
          );
        }
        if (d.eventType === 'incident.triggered') {
          if (replies.length > 0)
            this.tally.violate(
              'reflected-once',
              id,
              `${d.eventType} ${eventId}: ${replies.length} replies; ${story}`,
            );
          continue;
        }
        const viaTop = top?.metadata?.payload.event_id === eventId;
        const ok = replies.length === 1 || (replies.length === 0 && viaTop);
        if (ran && !ok) {
          this.tally.violate(
            'reflected-once',
            id,
            `${d.eventType} ${eventId}: ${replies.length} replies; ${story}`,
          );
        }
        if (!ran && replies.length > 1) {
          this.tally.violate(
            'reflected-once',
            id,
            `${d.eventType} ${eventId}: ${replies.length} replies; ${story}`,
          );
        }
      }

      // No escalation of an acknowledged or resolved incident, never to a level at or below the current one.
      for (const put of this.pd.incidentUpdates.filter((u) => u.incidentId === id)) {
        const level = put.requested.escalationLevel;
        if (level === undefined || !put.before) continue;
        this.tally.count('escalation-puts');
        const what = `PUT escalation_level=${String(level)} at ${put.at.toISOString()} while ${put.before.status} at level ${put.before.escalationLevel} (answered ${put.status})`;
        if (put.before.status === 'acknowledged')
          this.tally.violate('no-escalation-of-acknowledged', id, `${what}; ${story}`);
        else if (put.before.status === 'resolved')
          this.tally.violate('no-escalation-of-resolved', id, `${what}; ${story}`);
        else if (typeof level !== 'number' || level <= put.before.escalationLevel)
          this.tally.violate('escalation-only-upwards', id, `${what}; ${story}`);
      }
    }
  }

  /** Why the top message's status line differs from PagerDuty's final state, if it does. */
  private statusProblem(top: FakeMessage, incident: FakeIncident): string | undefined {
    const block = top.blocks?.find((b) => b.block_id === 'oncall-status');
    const line = block?.type === 'context' ? block.elements.map((e) => e.text).join(' ') : '';
    const shown = /\b(triggered|acknowledged|resolved)\b/i.exec(line)?.[1]?.toLowerCase();
    const heading = /^(triggered|acknowledged|resolved)\b/i.exec(top.text)?.[1]?.toLowerCase();
    if (shown !== incident.status) return `status line says "${line}", PagerDuty says ${incident.status}`;
    if (heading !== incident.status)
      return `message text starts "${top.text.slice(0, 40)}", PagerDuty says ${incident.status}`;
    const name = (id: string | undefined) => this.users.find((u) => u.id === id)?.name ?? '';
    const says = (words: string) => line.toLowerCase().includes(words.toLowerCase());
    if (incident.status === 'resolved' && !says(`resolved by ${name(incident.resolvedBy)}`))
      return `status line "${line}" does not name ${name(incident.resolvedBy)} as the resolver`;
    if (incident.status === 'acknowledged' && !says(`acknowledged by ${name(incident.acknowledgedBy)}`))
      return `status line "${line}" does not name ${name(incident.acknowledgedBy)} as the acknowledger`;
    const levelShown = Number(/level (\d+)/i.exec(line)?.[1] ?? 1);
    if (levelShown !== incident.escalationLevel)
      return `status line "${line}" shows level ${levelShown}, PagerDuty says ${incident.escalationLevel}`;
    return undefined;
  }

  /** The incident's history in one line: its events and its runs with their faults, for a violation's example. */
  private story(plan: IncidentPlan): string {
    const incident = plan.incident!;
    const runs = this.dispatches
      .filter((d) => d.incidentId === incident.id)
      .map(
        (d) =>
          `${d.eventType.replace('incident.', '')}[${d.attempts.map((a) => `${a.outcome}${a.faults.length ? `{${a.faults.join('+')}}` : ''}`).join(',')}]`,
      );
    return (
      `"${incident.title}" events ${plan.events.map((e) => e.eventType.replace('incident.', '')).join('→')}, ` +
      `final ${incident.status}@L${incident.escalationLevel}; runs ${runs.join(' ')}`
    );
  }
}

/** What a run's result says it left undone (`AlertResult.undone`); nothing for a stand-in run without it. */
function undoneOf(result: unknown): string[] {
  const undone = (result as { undone?: unknown } | undefined)?.undone;
  return Array.isArray(undone) ? undone.filter((u): u is string => typeof u === 'string') : [];
}
