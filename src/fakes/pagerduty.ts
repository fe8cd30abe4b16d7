/**
 * A loopback fake of the PagerDuty REST API (v2) endpoints the program uses, answering with PagerDuty's documented
 * response shapes: `GET /oncalls`, `/schedules/{id}`, `/escalation_policies/{id}`, `/users/{id}`, `/incidents/{id}`,
 * `/incidents/{id}/alerts` and `PUT /incidents/{id}`. One account, one API key. Deterministic: ids come from
 * counters, times are rendered in the account time zone, nothing depends on the wall clock unless a request omits
 * `since`/`until` (then the injected clock's "now" is used, as PagerDuty uses the current time).
 * Faults (429 with headers, 5xx, HTML bodies, hangs, resets) come from `server.inject`.
 *
 * @example
 * ```ts
 * const pd = new FakePagerDuty({ clock });
 * const alice = pd.addUser({ name: 'Alice', email: 'alice@example.com' });
 * const schedule = pd.addSchedule({ name: 'Primary', timeZone: 'Asia/Tokyo' });
 * const policy = pd.addEscalationPolicy({
 *   name: 'Platform',
 *   rules: [{ targets: [{ type: 'schedule', id: schedule.id }] }, { targets: [{ type: 'user', id: alice.id }] }],
 * });
 * pd.addOnCall({ userId: alice.id, scheduleId: schedule.id, escalationPolicyId: policy.id, level: 1,
 *   start: '2026-11-26T01:00:00Z', end: '2026-11-27T01:00:00Z' });
 * pd.addOnCall({ userId: alice.id, escalationPolicyId: policy.id, level: 2, start: null, end: null }); // permanent
 * const incident = pd.addIncident({ title: '[FIRING:1] HighLatency', escalationPolicyId: policy.id });
 * pd.addAlert(incident.id, { summary: 'p99 above 2 s', details: { service: 'api' } });
 * await pd.start();
 * const client = createPagerDutyClient({ token: pd.expectedToken, apiUrl: pd.url, clock, log });
 * // … later: pd.server.inject({ path: '/oncalls' }, { kind: 'status', status: 502, body: '<html>…' });
 * await pd.stop();
 * ```
 */
import { systemClock, type Clock } from '../clock.js';
import { FakeServer, type FakeResponse, type RecordedCall } from './server.js';

export interface FakePagerDutyOptions {
  /** The only API key accepted (`Authorization: Token token=…`). */
  token?: string;
  /** "Now" for requests without `since`/`until` and for who gets assigned on escalation. Default: system clock. */
  clock?: Clock;
  /** The account time zone times are rendered in (PagerDuty renders in the account zone unless `time_zone` is given). */
  timeZone?: string;
  /** Web-app subdomain used in `html_url` links, e.g. `acme` → https://acme.pagerduty.com/… */
  subdomain?: string;
  /**
   * Whether the account has Analytics (`POST /analytics/raw/incidents`). Default false: the fake answers 402 as an
   * account without the feature (set `analyticsRefusal` for 403).
   */
  analytics?: boolean;
  /** How long analytics lags behind: incidents created within this of "now" are not in it yet. Default 24 h. */
  analyticsDelayMs?: number;
}

export interface FakeUserSeed {
  id?: string;
  name: string;
  email: string;
  timeZone?: string;
}

export interface FakeScheduleSeed {
  id?: string;
  name: string;
  timeZone?: string;
  description?: string;
}

export interface FakeEscalationRuleSeed {
  delayMinutes?: number;
  targets: { type: 'user' | 'schedule'; id: string }[];
}

export interface FakeEscalationPolicySeed {
  id?: string;
  name: string;
  /** Rule 1 is escalation level 1, and so on. */
  rules: FakeEscalationRuleSeed[];
  numLoops?: number;
}

export interface FakeOnCallSeed {
  userId: string;
  escalationPolicyId: string;
  level: number;
  /** Omit (or null) for a user targeted directly by the escalation rule. */
  scheduleId?: string | null;
  /** null together with `end: null` is a permanent on-call. */
  start: Date | string | null;
  end: Date | string | null;
}

export interface FakeIncidentSeed {
  id?: string;
  number?: number;
  title: string;
  status?: 'triggered' | 'acknowledged' | 'resolved';
  urgency?: 'high' | 'low';
  /** Priority name such as `P1`; omitted or null for none. */
  priority?: string | null;
  service?: { id?: string; name: string };
  escalationPolicyId: string;
  createdAt?: Date | string;
  /** Default 1. */
  escalationLevel?: number;
  /** Default: whoever is on call at the incident's level at `createdAt`. */
  assigneeIds?: string[];
  /** For a resolved incident: when and by which user (served as `resolved_at` and `last_status_change_by`). */
  resolvedAt?: Date | string;
  resolvedBy?: string;
}

/** One timeline entry of an incident, as `GET /log_entries` serves it. */
export interface FakeLogEntrySeed {
  id?: string;
  /** `trigger_log_entry`, `acknowledge_log_entry`, `escalate_log_entry`, `resolve_log_entry`, … */
  type: string;
  at: Date | string;
  summary?: string;
  /** Who acted; default the incident's service. */
  agent?: { id: string; type: string; name?: string };
  /** `channel.type`; default `api` for triggers, `web_ui` otherwise. */
  channelType?: string;
}

export interface FakeLogEntry {
  id: string;
  incidentId: string;
  type: string;
  createdAt: Date;
  summary?: string;
  agent?: { id: string; type: string; name?: string };
  channelType?: string;
}

export interface FakeAlertSeed {
  id?: string;
  summary: string;
  /** `body.details`: the Events API v2 `custom_details` (an object) or a plain string from e-mail integrations. */
  details?: Record<string, unknown> | string;
  severity?: 'info' | 'warning' | 'error' | 'critical';
  status?: 'triggered' | 'resolved';
  createdAt?: Date | string;
  /** `body.contexts`: links and images the tool attached, e.g. `{ type: 'link', href, text }`. */
  contexts?: Record<string, unknown>[];
  /** `body.cef_details` as PagerDuty derives it from an Events API v2 event (`client_url`, `description`, …). */
  cefDetails?: Record<string, unknown>;
}

export interface FakeUser {
  id: string;
  name: string;
  email: string;
  timeZone: string;
}

export interface FakeSchedule {
  id: string;
  name: string;
  timeZone: string;
  description: string;
}

export interface FakeEscalationPolicy {
  id: string;
  name: string;
  numLoops: number;
  rules: { id: string; delayMinutes: number; targets: { type: 'user' | 'schedule'; id: string }[] }[];
}

export interface FakeOnCall {
  userId: string;
  escalationPolicyId: string;
  level: number;
  scheduleId: string | null;
  start: Date | null;
  end: Date | null;
}

export interface FakeIncident {
  id: string;
  number: number;
  title: string;
  status: 'triggered' | 'acknowledged' | 'resolved';
  urgency: 'high' | 'low';
  priority: { id: string; name: string } | null;
  service: { id: string; name: string };
  escalationPolicyId: string;
  createdAt: Date;
  updatedAt: Date;
  escalationLevel: number;
  assigneeIds: string[];
  alerts: FakeAlert[];
  /** Who acknowledged it last and when (set by `acknowledge`), cleared when it is triggered again. */
  acknowledgedBy?: string;
  acknowledgedAt?: Date;
  /** Who resolved it and when (set by `resolve`). */
  resolvedBy?: string;
  resolvedAt?: Date;
}

export interface FakeAlert {
  id: string;
  summary: string;
  details: Record<string, unknown> | string;
  severity: 'info' | 'warning' | 'error' | 'critical';
  status: 'triggered' | 'resolved';
  createdAt: Date;
  contexts?: Record<string, unknown>[];
  cefDetails?: Record<string, unknown>;
}

/** An accepted `PUT /incidents/{id}` that changed the escalation level. */
export interface RecordedEscalation {
  incidentId: string;
  level: number;
  /** The `From:` header. */
  from: string;
}

/** An accepted `PUT /incidents/{id}` that set the status. */
export interface RecordedStatusChange {
  incidentId: string;
  status: 'acknowledged' | 'resolved';
  from: string;
}

/** An accepted `POST /incidents/{id}/notes`. */
export interface RecordedNote {
  incidentId: string;
  content: string;
  from: string;
}

/**
 * One `PUT /incidents/{id}` that reached the fake (faults injected before the handler are not in it), with the
 * incident's state at that moment, so a test can tell an escalation of an acknowledged incident from a fair one.
 */
export interface RecordedIncidentUpdate {
  incidentId: string;
  at: Date;
  /** What the request asked for. */
  requested: { escalationLevel?: unknown; status?: unknown };
  /** The incident just before the request (undefined for an unknown incident). */
  before?: { status: FakeIncident['status']; escalationLevel: number };
  /** The HTTP status the fake answered with. */
  status: number;
}

/** A state change made on the fake as PagerDuty users would (the web app, a phone), for `webhookBody`. */
export interface FakeIncidentTransition {
  incidentId: string;
  eventType: string;
  at: Date;
  /** The user who made it; null for PagerDuty itself (a timed escalation). */
  agentId: string | null;
}

const MAX_LIMIT = 100;
const DEFAULT_LIMIT = 25;
const MAX_OFFSET_PLUS_LIMIT = 10_000;
const MAX_WINDOW_MS = 90 * 24 * 3600_000;
const API_HOST = 'https://api.pagerduty.com';

export class FakePagerDuty {
  readonly server: FakeServer;
  readonly expectedToken: string;
  readonly escalations: RecordedEscalation[] = [];
  readonly statusChanges: RecordedStatusChange[] = [];
  readonly notes: RecordedNote[] = [];
  /** When true, writes answer 403 like a read-only API key. */
  readOnly = false;
  /** Every `PUT /incidents/{id}` that reached the fake, oldest first. */
  readonly incidentUpdates: RecordedIncidentUpdate[] = [];
  private readonly clock: Clock;
  private readonly timeZone: string;
  private readonly web: string;
  private readonly users = new Map<string, FakeUser>();
  private readonly schedules = new Map<string, FakeSchedule>();
  private readonly policies = new Map<string, FakeEscalationPolicy>();
  private readonly incidents = new Map<string, FakeIncident>();
  private readonly services = new Map<string, { id: string; name: string }>();
  private readonly priorities = new Map<string, { id: string; name: string }>();
  private readonly onCalls: FakeOnCall[] = [];
  private readonly counters = new Map<string, number>();
  private readonly interceptors: ((call: RecordedCall) => FakeResponse | undefined)[] = [];
  private readonly logEntries: FakeLogEntry[] = [];
  /** When each note was written (served by `GET /incidents/{id}/notes`). */
  private readonly noteTimes = new Map<RecordedNote, Date>();
  /** Whether `POST /analytics/raw/incidents` answers (see {@link FakePagerDutyOptions.analytics}). */
  analyticsAvailable: boolean;
  /** The status an account without Analytics answers with. */
  analyticsRefusal: 402 | 403 = 402;
  private readonly analyticsDelayMs: number;

  constructor(options: FakePagerDutyOptions = {}) {
    this.analyticsAvailable = options.analytics ?? false;
    this.analyticsDelayMs = options.analyticsDelayMs ?? 86_400_000;
    this.expectedToken = options.token ?? 'u+pdFakeToken0123456789';
    this.clock = options.clock ?? systemClock;
    this.timeZone = options.timeZone ?? 'UTC';
    this.web = `https://${options.subdomain ?? 'acme'}.pagerduty.com`;
    this.server = new FakeServer('PagerDuty', (call) => this.handle(call));
  }

  /** Starts listening on 127.0.0.1 (a free port unless given); returns the base URL to pass as `apiUrl`. */
  start(port = 0): Promise<string> {
    return this.server.start(port);
  }

  stop(): Promise<void> {
    return this.server.stop();
  }

  get url(): string {
    return this.server.url;
  }

  // ---- seeding --------------------------------------------------------------------------------------------------

  addUser(seed: FakeUserSeed): FakeUser {
    const user: FakeUser = {
      id: seed.id ?? this.nextId('U'),
      name: seed.name,
      email: seed.email,
      timeZone: seed.timeZone ?? this.timeZone,
    };
    this.users.set(user.id, user);
    return user;
  }

  addSchedule(seed: FakeScheduleSeed): FakeSchedule {
    const schedule: FakeSchedule = {
      id: seed.id ?? this.nextId('S'),
      name: seed.name,
      timeZone: seed.timeZone ?? this.timeZone,
      description: seed.description ?? '',
    };
    this.schedules.set(schedule.id, schedule);
    return schedule;
  }

  addEscalationPolicy(seed: FakeEscalationPolicySeed): FakeEscalationPolicy {
    for (const rule of seed.rules) {
      for (const target of rule.targets) {
        const known = target.type === 'user' ? this.users.has(target.id) : this.schedules.has(target.id);
        if (!known)
          throw new Error(`FakePagerDuty.addEscalationPolicy: unknown ${target.type} "${target.id}"`);
      }
    }
    const policy: FakeEscalationPolicy = {
      id: seed.id ?? this.nextId('E'),
      name: seed.name,
      numLoops: seed.numLoops ?? 0,
      rules: seed.rules.map((rule) => ({
        id: this.nextId('R'),
        delayMinutes: rule.delayMinutes ?? 30,
        targets: rule.targets.map((t) => ({ ...t })),
      })),
    };
    this.policies.set(policy.id, policy);
    return policy;
  }

  /**
   * One on-call segment as `GET /oncalls` reports it (overrides are simply segments: PagerDuty has already applied
   * them). The same user may have several segments.
   */
  addOnCall(seed: FakeOnCallSeed): FakeOnCall {
    if (!this.users.has(seed.userId))
      throw new Error(`FakePagerDuty.addOnCall: unknown user "${seed.userId}"`);
    if (!this.policies.has(seed.escalationPolicyId)) {
      throw new Error(`FakePagerDuty.addOnCall: unknown escalation policy "${seed.escalationPolicyId}"`);
    }
    if (seed.scheduleId != null && !this.schedules.has(seed.scheduleId)) {
      throw new Error(`FakePagerDuty.addOnCall: unknown schedule "${seed.scheduleId}"`);
    }
    if (!Number.isInteger(seed.level) || seed.level < 1) {
      throw new Error(`FakePagerDuty.addOnCall: level must be an integer ≥ 1, got ${seed.level}`);
    }
    const onCall: FakeOnCall = {
      userId: seed.userId,
      escalationPolicyId: seed.escalationPolicyId,
      level: seed.level,
      scheduleId: seed.scheduleId ?? null,
      start: seed.start === null ? null : new Date(seed.start),
      end: seed.end === null ? null : new Date(seed.end),
    };
    this.onCalls.push(onCall);
    return onCall;
  }

  /** Several segments at once (a rotation with overrides, say). */
  addOnCalls(seeds: FakeOnCallSeed[]): FakeOnCall[] {
    return seeds.map((s) => this.addOnCall(s));
  }

  addIncident(seed: FakeIncidentSeed): FakeIncident {
    const policy = this.policies.get(seed.escalationPolicyId);
    if (!policy)
      throw new Error(`FakePagerDuty.addIncident: unknown escalation policy "${seed.escalationPolicyId}"`);
    const createdAt = seed.createdAt ? new Date(seed.createdAt) : this.clock.now();
    const level = seed.escalationLevel ?? 1;
    const serviceName = seed.service?.name ?? 'Default Service';
    const service =
      [...this.services.values()].find(
        (s) => s.name === serviceName && (!seed.service?.id || s.id === seed.service.id),
      ) ?? this.remember(this.services, { id: seed.service?.id ?? this.nextId('V'), name: serviceName });
    const priority =
      seed.priority == null
        ? null
        : ([...this.priorities.values()].find((p) => p.name === seed.priority) ??
          this.remember(this.priorities, { id: this.nextId('Q'), name: seed.priority }));
    const number = seed.number ?? this.bump('incident-number');
    const incident: FakeIncident = {
      id: seed.id ?? this.nextId('I'),
      number,
      title: seed.title,
      status: seed.status ?? 'triggered',
      urgency: seed.urgency ?? 'high',
      priority,
      service,
      escalationPolicyId: policy.id,
      createdAt,
      updatedAt: createdAt,
      escalationLevel: level,
      assigneeIds: seed.assigneeIds ?? this.onCallAt(policy, level, createdAt),
      alerts: [],
      ...(seed.resolvedAt
        ? { resolvedAt: new Date(seed.resolvedAt), updatedAt: new Date(seed.resolvedAt) }
        : {}),
      ...(seed.resolvedBy ? { resolvedBy: seed.resolvedBy } : {}),
    };
    for (const id of incident.assigneeIds) {
      if (!this.users.has(id)) throw new Error(`FakePagerDuty.addIncident: unknown assignee "${id}"`);
    }
    this.incidents.set(incident.id, incident);
    return incident;
  }

  addAlert(incidentId: string, seed: FakeAlertSeed): FakeAlert {
    const incident = this.incidents.get(incidentId);
    if (!incident) throw new Error(`FakePagerDuty.addAlert: unknown incident "${incidentId}"`);
    const alert: FakeAlert = {
      id: seed.id ?? this.nextId('A'),
      summary: seed.summary,
      details: seed.details ?? {},
      severity: seed.severity ?? 'critical',
      status: seed.status ?? 'triggered',
      createdAt: seed.createdAt ? new Date(seed.createdAt) : incident.createdAt,
      ...(seed.contexts ? { contexts: seed.contexts } : {}),
      ...(seed.cefDetails ? { cefDetails: seed.cefDetails } : {}),
    };
    incident.alerts.push(alert);
    return alert;
  }

  /**
   * Adds a timeline entry to an incident (served by `GET /log_entries`). Entries are kept in the order added; the
   * list is served sorted by time, as PagerDuty does.
   */
  addLogEntry(incidentId: string, seed: FakeLogEntrySeed): FakeLogEntry {
    if (!this.incidents.has(incidentId))
      throw new Error(`FakePagerDuty.addLogEntry: unknown incident "${incidentId}"`);
    const entry: FakeLogEntry = {
      id: seed.id ?? this.nextId('R'),
      incidentId,
      type: seed.type,
      createdAt: new Date(seed.at),
      ...(seed.summary !== undefined ? { summary: seed.summary } : {}),
      ...(seed.agent ? { agent: seed.agent } : {}),
      ...(seed.channelType !== undefined ? { channelType: seed.channelType } : {}),
    };
    this.logEntries.push(entry);
    return entry;
  }

  /** A note written on an incident by `userId` at `at` (as if posted through the web app); served by `GET /incidents/{id}/notes`. */
  addNoteSeed(
    incidentId: string,
    seed: { userId: string; content: string; at: Date | string },
  ): RecordedNote {
    this.requireIncident(incidentId, 'addNoteSeed');
    const user = this.users.get(seed.userId);
    if (!user) throw new Error(`FakePagerDuty.addNoteSeed: unknown user "${seed.userId}"`);
    const note: RecordedNote = { incidentId, content: seed.content, from: user.email };
    this.notes.push(note);
    this.noteTimes.set(note, new Date(seed.at));
    return note;
  }

  /** The stored incident (for assertions after an escalation), or undefined. */
  getIncident(id: string): FakeIncident | undefined {
    return this.incidents.get(id);
  }

  /**
   * Acknowledges the incident as `userId` would in PagerDuty (only a triggered incident can be acknowledged).
   * Returns the transition for `webhookBody`, or undefined when PagerDuty would refuse it.
   */
  acknowledge(incidentId: string, userId: string): FakeIncidentTransition | undefined {
    const incident = this.requireIncident(incidentId, 'acknowledge');
    return incident.status === 'triggered' ? this.settle(incident, 'acknowledged', userId) : undefined;
  }

  /**
   * Escalates the incident to `level` as a user (or, with `userId` null, PagerDuty's timer) would: the level's
   * on-call become the assignees and the incident is triggered again. Refused (undefined) when resolved or when
   * the policy has no such level.
   */
  escalate(incidentId: string, level: number, userId: string | null): FakeIncidentTransition | undefined {
    const incident = this.requireIncident(incidentId, 'escalate');
    const policy = this.policies.get(incident.escalationPolicyId)!;
    if (incident.status === 'resolved' || level < 1 || level > policy.rules.length) return undefined;
    const now = this.clock.now();
    incident.escalationLevel = level;
    incident.assigneeIds = this.onCallAt(policy, level, now);
    this.retrigger(incident, now);
    const by = userId === null ? undefined : this.users.get(userId);
    this.addLogEntry(incidentId, {
      type: 'escalate_log_entry',
      at: now,
      summary: `Escalated to level ${level}`,
      ...(by ? { agent: { id: by.id, type: 'user_reference', name: by.name } } : {}),
      channelType: by ? 'web_ui' : 'timeout',
    });
    return { incidentId, eventType: 'incident.escalated', at: now, agentId: userId };
  }

  /** Reassigns the incident to `assigneeIds` (it is triggered again for them); refused when resolved. */
  reassign(incidentId: string, assigneeIds: string[], userId: string): FakeIncidentTransition | undefined {
    const incident = this.requireIncident(incidentId, 'reassign');
    if (incident.status === 'resolved') return undefined;
    for (const id of assigneeIds) {
      if (!this.users.has(id)) throw new Error(`FakePagerDuty.reassign: unknown assignee "${id}"`);
    }
    const now = this.clock.now();
    incident.assigneeIds = [...assigneeIds];
    this.retrigger(incident, now);
    return { incidentId, eventType: 'incident.reassigned', at: now, agentId: userId };
  }

  /** Resolves the incident as `userId`; refused (undefined) when it is already resolved. */
  resolve(incidentId: string, userId: string): FakeIncidentTransition | undefined {
    const incident = this.requireIncident(incidentId, 'resolve');
    return incident.status === 'resolved' ? undefined : this.settle(incident, 'resolved', userId);
  }

  /**
   * The V3 webhook body PagerDuty sends for a transition (`event.data` is the incident as it is now), with a given
   * event id and `occurred_at` text (PagerDuty sends milliseconds; tests vary the form).
   */
  webhookBody(
    transition: FakeIncidentTransition,
    options: { eventId: string; occurredAt?: string },
  ): Record<string, unknown> {
    const incident = this.requireIncident(transition.incidentId, 'webhookBody');
    const body = this.incidentBody(incident, 'UTC');
    const data: Record<string, unknown> = {
      id: body.id,
      type: 'incident',
      self: body.self,
      html_url: body.html_url,
      number: body.incident_number,
      status: body.status,
      incident_key: body.incident_key,
      created_at: body.created_at,
      title: body.title,
      service: { ...(body.service as Record<string, unknown>), type: 'service_reference' },
      assignees: incident.assigneeIds.map((id) => this.userRef(id)),
      escalation_policy: body.escalation_policy,
      teams: [],
      priority: body.priority,
      urgency: body.urgency,
      conference_bridge: null,
      resolve_reason: null,
    };
    return {
      event: {
        id: options.eventId,
        event_type: transition.eventType,
        resource_type: 'incident',
        occurred_at: options.occurredAt ?? transition.at.toISOString(),
        agent: transition.agentId === null ? null : this.userRef(transition.agentId),
        client: { name: 'PagerDuty' },
        data,
      },
    };
  }

  /**
   * Answers matching calls with a hand-made response (after the token check), for faults `server.inject` cannot
   * target, e.g. only the page at `offset=100`, or a malformed body. Return undefined to let the fake answer.
   */
  intercept(handler: (call: RecordedCall) => FakeResponse | undefined): void {
    this.interceptors.push(handler);
  }

  // ---- serving --------------------------------------------------------------------------------------------------

  private handle(call: RecordedCall): FakeResponse {
    if (call.headers.authorization !== `Token token=${this.expectedToken}`) {
      return pdError(401, 2006, 'Authentication failed');
    }
    for (const intercept of this.interceptors) {
      const response = intercept(call);
      if (response) return response;
    }
    const parts = call.path.split('/').filter(Boolean).map(decodeURIComponent);
    const [collection, id, sub] = parts;
    if (call.method === 'GET') {
      if (collection === 'oncalls' && parts.length === 1) return this.listOnCalls(call.query);
      if (collection === 'schedules' && id && parts.length === 2) return this.getSchedule(id, call.query);
      if (collection === 'escalation_policies' && id && parts.length === 2) return this.getPolicy(id);
      if (collection === 'users' && id && parts.length === 2) return this.getUser(id, call.query);
      if (collection === 'users' && parts.length === 1) return this.listUsers(call.query);
      if (collection === 'incidents' && id && parts.length === 2)
        return this.getIncidentResponse(id, call.query);
      if (collection === 'incidents' && id && sub === 'alerts' && parts.length === 3)
        return this.listAlerts(id, call.query);
      if (collection === 'incidents' && id && sub === 'notes' && parts.length === 3)
        return this.listNotes(id, call.query);
      if (collection === 'incidents' && id && sub === 'log_entries' && parts.length === 3)
        return this.listIncidentLogEntries(id, call.query);
      if (collection === 'incidents' && parts.length === 1) return this.listIncidents(call.query);
      if (collection === 'log_entries' && parts.length === 1) return this.listLogEntries(call.query);
    }
    if (call.method !== 'GET' && this.readOnly) {
      return pdError(403, 2010, 'Access Denied', ['This API key is read-only']);
    }
    if (call.method === 'PUT' && collection === 'incidents' && id && parts.length === 2)
      return this.recordUpdate(id, call);
    if (call.method === 'POST' && call.path === '/analytics/raw/incidents')
      return this.listAnalyticsIncidents(call.params);
    if (call.method === 'POST' && collection === 'incidents' && id && sub === 'notes' && parts.length === 3)
      return this.addNote(id, call);
    return pdError(404, 2100, 'Not Found');
  }

  /**
   * `POST /analytics/raw/incidents`: incidents created in [created_at_start, created_at_end) and older than the
   * analytics delay, oldest first, cursor pages (`starting_after` → `last`, `more`). Figures are derived from each
   * incident's log entries; times are UTC without an offset, as with `time_zone: Etc/UTC`.
   */
  private listAnalyticsIncidents(body: Record<string, unknown>): FakeResponse {
    if (!this.analyticsAvailable) {
      return pdError(this.analyticsRefusal, 2012, 'Analytics is not available on this account');
    }
    const filters = (body.filters ?? {}) as Record<string, unknown>;
    const start = parseTime(typeof filters.created_at_start === 'string' ? filters.created_at_start : null);
    const end = parseTime(typeof filters.created_at_end === 'string' ? filters.created_at_end : null);
    if (!start || !end) return invalid(['filters.created_at_start and created_at_end must be ISO 8601']);
    const limit = typeof body.limit === 'number' ? body.limit : 20;
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) return invalid(['limit must be 1 to 1000']);
    const serviceIds = Array.isArray(filters.service_ids) ? (filters.service_ids as string[]) : [];
    const visibleBefore = this.clock.now().getTime() - this.analyticsDelayMs;
    const matched = [...this.incidents.values()]
      .filter(
        (i) =>
          i.createdAt.getTime() >= start.getTime() &&
          i.createdAt.getTime() < end.getTime() &&
          i.createdAt.getTime() < visibleBefore &&
          (serviceIds.length === 0 || serviceIds.includes(i.service.id)),
      )
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.number - b.number);
    const after = typeof body.starting_after === 'string' ? body.starting_after : undefined;
    const from = after ? matched.findIndex((i) => i.id === after) + 1 : 0;
    if (after && from === 0) return invalid(['starting_after is not a known cursor']);
    const rows = matched.slice(from, from + limit);
    const utc = (d: Date): string => d.toISOString().slice(0, 19);
    const pageIds = new Set(rows.map((i) => i.id));
    const timelines = new Map<string, FakeLogEntry[]>();
    for (const entry of this.logEntries) {
      if (!pageIds.has(entry.incidentId)) continue;
      const list = timelines.get(entry.incidentId);
      if (list) list.push(entry);
      else timelines.set(entry.incidentId, [entry]);
    }
    return ok({
      data: rows.map((incident) => {
        const entries = [...(timelines.get(incident.id) ?? [])].sort(
          (a, b) => a.createdAt.getTime() - b.createdAt.getTime(),
        );
        const acks = entries.filter((e) => e.type === 'acknowledge_log_entry');
        const resolves = entries.filter((e) => e.type === 'resolve_log_entry');
        const resolve = resolves[resolves.length - 1];
        const ackers = [
          ...new Map(
            acks.filter((e) => e.agent?.type === 'user_reference').map((e) => [e.agent!.id, e.agent!]),
          ).values(),
        ];
        const seconds = (d: Date): number => Math.round((d.getTime() - incident.createdAt.getTime()) / 1000);
        return {
          id: incident.id,
          incident_number: incident.number,
          description: incident.title,
          created_at: utc(incident.createdAt),
          updated_at: utc(incident.updatedAt),
          resolved_at: resolve ? utc(resolve.createdAt) : null,
          status: incident.status,
          urgency: incident.urgency,
          service_id: incident.service.id,
          service_name: incident.service.name,
          escalation_policy_id: incident.escalationPolicyId,
          seconds_to_first_ack: acks[0] ? seconds(acks[0].createdAt) : null,
          seconds_to_resolve: resolve ? seconds(resolve.createdAt) : null,
          escalation_count: entries.filter((e) => e.type === 'escalate_log_entry').length,
          acknowledgement_count: acks.length,
          auto_resolved:
            resolve !== undefined && acks.length === 0 && resolve.agent?.type !== 'user_reference',
          acknowledged_user_ids: ackers.map((a) => a.id),
          acknowledged_user_names: ackers.map((a) => a.name ?? a.id),
        };
      }),
      first: rows[0]?.id ?? null,
      last: rows[rows.length - 1]?.id ?? null,
      limit,
      more: from + limit < matched.length,
      order: 'asc',
      order_by: 'created_at',
      time_zone: 'Etc/UTC',
      filters,
    });
  }

  /** `GET /incidents`: created in [since, until), optional `service_ids[]` and `statuses[]`, oldest first, offset pages. */
  private listIncidents(query: URLSearchParams): FakeResponse {
    const window = timeWindow(query, this.clock.now());
    if ('error' in window) return window.error;
    const page = pageParams(query);
    if ('error' in page) return page.error;
    const serviceIds = query.getAll('service_ids[]');
    const statuses = query.getAll('statuses[]');
    const tz = query.get('time_zone') ?? this.timeZone;
    const matched = [...this.incidents.values()]
      .filter(
        (i) =>
          i.createdAt.getTime() >= window.since &&
          i.createdAt.getTime() < window.until &&
          (serviceIds.length === 0 || serviceIds.includes(i.service.id)) &&
          (statuses.length === 0 || statuses.includes(i.status)),
      )
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.number - b.number);
    // `sort_by=created_at:desc`, the one order other than the default this fake serves.
    if (query.get('sort_by') === 'created_at:desc') matched.reverse();
    return ok({
      incidents: matched.slice(page.offset, page.offset + page.limit).map((i) => this.incidentBody(i, tz)),
      limit: page.limit,
      offset: page.offset,
      more: page.offset + page.limit < matched.length,
      total: query.get('total') === 'true' ? matched.length : null,
    });
  }

  /** `GET /incidents/{id}/notes`: every note of the incident, oldest first, in one answer (not paginated). */
  private listNotes(id: string, query: URLSearchParams): FakeResponse {
    const incident = this.incidents.get(id);
    if (!incident) return pdError(404, 2100, 'Not Found');
    const tz = query.get('time_zone') ?? this.timeZone;
    return ok({
      notes: this.notes
        .filter((n) => n.incidentId === id)
        .map((n, i) => {
          const user = [...this.users.values()].find((u) => u.email.toLowerCase() === n.from.toLowerCase());
          return {
            id: `N${id}${i + 1}`,
            user: user ? this.userRef(user.id) : null,
            channel: { summary: 'The PagerDuty website or APIs' },
            content: n.content,
            created_at: formatTime(this.noteTimes.get(n) ?? incident.createdAt, tz),
          };
        }),
    });
  }

  /** `GET /incidents/{id}/log_entries`: the incident's entries, oldest first, offset pages, no `incident` field needed. */
  private listIncidentLogEntries(id: string, query: URLSearchParams): FakeResponse {
    if (!this.incidents.has(id)) return pdError(404, 2100, 'Not Found');
    const page = pageParams(query);
    if ('error' in page) return page.error;
    const all = this.logEntryBodies(
      this.logEntries.filter((e) => e.incidentId === id),
      query.get('time_zone') ?? this.timeZone,
    );
    return ok({
      log_entries: all.slice(page.offset, page.offset + page.limit),
      limit: page.limit,
      offset: page.offset,
      more: page.offset + page.limit < all.length,
      total: query.get('total') === 'true' ? all.length : null,
    });
  }

  /** `GET /log_entries`: every incident's entries created in [since, until), oldest first, offset pages. */
  private listLogEntries(query: URLSearchParams): FakeResponse {
    const window = timeWindow(query, this.clock.now());
    if ('error' in window) return window.error;
    const page = pageParams(query);
    if ('error' in page) return page.error;
    const tz = query.get('time_zone') ?? this.timeZone;
    const matched = this.logEntries
      .filter((e) => e.createdAt.getTime() >= window.since && e.createdAt.getTime() < window.until)
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    return ok({
      log_entries: this.logEntryBodies(matched.slice(page.offset, page.offset + page.limit), tz),
      limit: page.limit,
      offset: page.offset,
      more: page.offset + page.limit < matched.length,
      total: query.get('total') === 'true' ? matched.length : null,
    });
  }

  /** Log entries as PagerDuty serves them, oldest first. */
  private logEntryBodies(entries: readonly FakeLogEntry[], tz: string): Record<string, unknown>[] {
    return [...entries]
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
      .map((e) => {
        const incident = this.incidents.get(e.incidentId)!;
        return {
          id: e.id,
          type: e.type,
          summary: e.summary ?? e.type.replace(/_log_entry$/, '').replace(/_/g, ' '),
          self: `${API_HOST}/log_entries/${e.id}`,
          html_url: `${this.web}/incidents/${incident.id}/log_entries/${e.id}`,
          created_at: formatTime(e.createdAt, tz),
          agent: e.agent
            ? {
                id: e.agent.id,
                type: e.agent.type,
                summary: e.agent.name ?? e.agent.id,
                self: `${API_HOST}/${e.agent.type === 'user_reference' ? 'users' : 'services'}/${e.agent.id}`,
              }
            : this.serviceRef(incident.service),
          channel: { type: e.channelType ?? (e.type === 'trigger_log_entry' ? 'api' : 'web_ui') },
          incident: {
            id: incident.id,
            type: 'incident_reference',
            summary: `[#${incident.number}] ${incident.title}`,
            self: `${API_HOST}/incidents/${incident.id}`,
            html_url: `${this.web}/incidents/${incident.id}`,
          },
          service: this.serviceRef(incident.service),
          teams: [],
          contexts: [],
        };
      });
  }

  private listOnCalls(query: URLSearchParams): FakeResponse {
    const now = this.clock.now();
    const since = parseTime(query.get('since')) ?? (query.has('since') ? undefined : now);
    const until = parseTime(query.get('until')) ?? (query.has('until') ? undefined : now);
    if (since === undefined || until === undefined) {
      return invalid(['Since and until must be ISO 8601 date-times']);
    }
    if (until.getTime() < since.getTime()) return invalid(['Until must be after since']);
    if (until.getTime() - since.getTime() > MAX_WINDOW_MS) {
      return invalid(['The time range between since and until cannot exceed 90 days']);
    }
    const page = pageParams(query);
    if ('error' in page) return page.error;
    const scheduleIds = query.getAll('schedule_ids[]');
    const policyIds = query.getAll('escalation_policy_ids[]');
    const userIds = query.getAll('user_ids[]');
    const include = new Set(query.getAll('include[]'));
    const tz = query.get('time_zone') ?? this.timeZone;
    // A zero-length window (the default "now") means "on call at that instant".
    const windowEnd = until.getTime() === since.getTime() ? since.getTime() + 1 : until.getTime();
    let matched = this.onCalls.filter(
      (o) =>
        (o.start === null || o.start.getTime() < windowEnd) &&
        (o.end === null || o.end.getTime() > since.getTime()) &&
        (scheduleIds.length === 0 || scheduleIds.includes(o.scheduleId ?? 'null')) &&
        (policyIds.length === 0 || policyIds.includes(o.escalationPolicyId)) &&
        (userIds.length === 0 || userIds.includes(o.userId)),
    );
    matched = [...matched].sort(
      (a, b) =>
        a.escalationPolicyId.localeCompare(b.escalationPolicyId) ||
        a.level - b.level ||
        (a.start?.getTime() ?? -Infinity) - (b.start?.getTime() ?? -Infinity) ||
        a.userId.localeCompare(b.userId),
    );
    if (query.get('earliest') === 'true') {
      const seen = new Set<string>();
      matched = matched.filter((o) => {
        const key = `${o.escalationPolicyId}/${o.level}/${o.userId}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    }
    const slice = matched.slice(page.offset, page.offset + page.limit);
    return ok({
      oncalls: slice.map((o) => ({
        escalation_policy: include.has('escalation_policies')
          ? this.policyBody(this.policies.get(o.escalationPolicyId)!)
          : this.policyRef(o.escalationPolicyId),
        escalation_level: o.level,
        schedule:
          o.scheduleId === null
            ? null
            : include.has('schedules')
              ? this.scheduleBody(this.schedules.get(o.scheduleId)!, tz)
              : this.scheduleRef(o.scheduleId),
        user: include.has('users') ? this.userBody(this.users.get(o.userId)!) : this.userRef(o.userId),
        start: o.start === null ? null : formatTime(o.start, tz),
        end: o.end === null ? null : formatTime(o.end, tz),
      })),
      limit: page.limit,
      offset: page.offset,
      more: page.offset + page.limit < matched.length,
      total: query.get('total') === 'true' ? matched.length : null,
    });
  }

  private getSchedule(id: string, query: URLSearchParams): FakeResponse {
    const schedule = this.schedules.get(id);
    if (!schedule) return pdError(404, 2100, 'Not Found');
    const tz = query.get('time_zone') ?? schedule.timeZone;
    const body = this.scheduleBody(schedule, tz);
    const since = parseTime(query.get('since'));
    const until = parseTime(query.get('until'));
    if (since && until) {
      // The final schedule is what the schedule itself renders (level-independent), clipped to the window.
      const entries = new Map<string, { start: string; end: string; user: unknown }>();
      for (const o of this.onCalls) {
        if (o.scheduleId !== id || !o.start || !o.end) continue;
        if (o.start >= until || o.end <= since) continue;
        const start = new Date(Math.max(o.start.getTime(), since.getTime()));
        const end = new Date(Math.min(o.end.getTime(), until.getTime()));
        const key = `${o.userId}/${start.toISOString()}/${end.toISOString()}`;
        entries.set(key, {
          start: formatTime(start, tz),
          end: formatTime(end, tz),
          user: this.userRef(o.userId),
        });
      }
      const rendered = [...entries.values()].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
      body.final_schedule = { name: 'Final Schedule', rendered_schedule_entries: rendered };
    }
    return ok({ schedule: body });
  }

  private getPolicy(id: string): FakeResponse {
    const policy = this.policies.get(id);
    if (!policy) return pdError(404, 2100, 'Not Found');
    return ok({ escalation_policy: this.policyBody(policy) });
  }

  private getUser(id: string, _query: URLSearchParams): FakeResponse {
    const user = this.users.get(id);
    if (!user) return pdError(404, 2100, 'Not Found');
    return ok({ user: this.userBody(user) });
  }

  /** `GET /users?query=`: PagerDuty matches the query against names and emails, case-insensitively, in part. */
  private listUsers(query: URLSearchParams): FakeResponse {
    const page = pageParams(query);
    if ('error' in page) return page.error;
    const q = (query.get('query') ?? '').toLowerCase();
    const matched = [...this.users.values()].filter(
      (u) => q === '' || u.name.toLowerCase().includes(q) || u.email.toLowerCase().includes(q),
    );
    return ok({
      users: matched.slice(page.offset, page.offset + page.limit).map((u) => this.userBody(u)),
      limit: page.limit,
      offset: page.offset,
      more: page.offset + page.limit < matched.length,
      total: null,
    });
  }

  private addNote(id: string, call: RecordedCall): FakeResponse {
    const incident = this.incidents.get(id);
    if (!incident) return pdError(404, 2100, 'Not Found');
    const from = call.headers.from ?? '';
    const user = [...this.users.values()].find((u) => u.email.toLowerCase() === from.toLowerCase());
    if (!user) {
      return pdError(400, 2001, 'Invalid Input Provided', [
        'The email address in the "From" header is not a valid user',
      ]);
    }
    const note = call.params.note as { content?: unknown } | undefined;
    if (typeof note?.content !== 'string' || note.content.trim() === '')
      return invalid(['Note content is required']);
    if (note.content.length > 25_000) return invalid(['Note content is too long']);
    const recorded: RecordedNote = { incidentId: id, content: note.content, from };
    this.notes.push(recorded);
    this.noteTimes.set(recorded, this.clock.now());
    return {
      status: 201,
      body: {
        note: {
          id: this.nextId('N'),
          user: this.userRef(user.id),
          channel: { summary: 'The PagerDuty website or APIs' },
          content: note.content,
          created_at: formatTime(this.clock.now(), this.timeZone),
        },
      },
    };
  }

  private getIncidentResponse(id: string, query: URLSearchParams): FakeResponse {
    const incident = this.incidents.get(id);
    if (!incident) return pdError(404, 2100, 'Not Found');
    return ok({ incident: this.incidentBody(incident, query.get('time_zone') ?? this.timeZone) });
  }

  private listAlerts(id: string, query: URLSearchParams): FakeResponse {
    const incident = this.incidents.get(id);
    if (!incident) return pdError(404, 2100, 'Not Found');
    const page = pageParams(query);
    if ('error' in page) return page.error;
    const tz = query.get('time_zone') ?? this.timeZone;
    const alerts = incident.alerts.slice(page.offset, page.offset + page.limit).map((a) => ({
      id: a.id,
      type: 'alert',
      summary: a.summary,
      self: `${API_HOST}/incidents/${incident.id}/alerts/${a.id}`,
      html_url: `${this.web}/alerts/${a.id}`,
      created_at: formatTime(a.createdAt, tz),
      status: a.status,
      alert_key: `${a.id.toLowerCase()}-key`,
      service: this.serviceRef(incident.service),
      body: {
        type: 'alert_body',
        contexts: a.contexts ?? [],
        details: a.details,
        ...(a.cefDetails ? { cef_details: a.cefDetails } : {}),
      },
      incident: { id: incident.id, type: 'incident_reference' },
      suppressed: false,
      severity: a.severity,
      integration: {
        id: 'PINTEG1',
        type: 'events_api_v2_inbound_integration_reference',
        summary: 'Events API V2',
        self: `${API_HOST}/services/${incident.service.id}/integrations/PINTEG1`,
        html_url: `${this.web}/services/${incident.service.id}/integrations/PINTEG1`,
      },
    }));
    return ok({
      alerts,
      limit: page.limit,
      offset: page.offset,
      more: page.offset + page.limit < incident.alerts.length,
      total: query.get('total') === 'true' ? incident.alerts.length : null,
    });
  }

  private updateIncident(id: string, call: RecordedCall): FakeResponse {
    const incident = this.incidents.get(id);
    if (!incident) return pdError(404, 2100, 'Not Found');
    const from = call.headers.from ?? '';
    if (!from) {
      return pdError(400, 2001, 'Invalid Input Provided', [
        'You must specify a user\'s email address in the "From" header to perform this action',
      ]);
    }
    if (![...this.users.values()].some((u) => u.email.toLowerCase() === from.toLowerCase())) {
      return pdError(400, 2001, 'Invalid Input Provided', [
        'The email address in the "From" header is not a valid user',
      ]);
    }
    const body = call.params.incident;
    if (body === null || typeof body !== 'object') return invalid(['incident is required']);
    const update = body as Record<string, unknown>;
    if (update.type !== 'incident_reference' && update.type !== 'incident') {
      return invalid(['incident.type must be "incident_reference"']);
    }
    if (incident.status === 'resolved') return pdError(400, 2001, 'Incident Already Resolved');
    const policy = this.policies.get(incident.escalationPolicyId)!;
    const now = this.clock.now();
    if (update.escalation_level !== undefined) {
      const level = update.escalation_level;
      if (typeof level !== 'number' || !Number.isInteger(level) || level < 1 || level > policy.rules.length) {
        return invalid([`Escalation level must be between 1 and ${policy.rules.length}`]);
      }
      incident.escalationLevel = level;
      incident.assigneeIds = this.onCallAt(policy, level, now);
      incident.status = 'triggered';
      this.escalations.push({ incidentId: id, level, from });
      // PagerDuty's timeline shows every escalation, whoever made it.
      const by = [...this.users.values()].find((u) => u.email.toLowerCase() === from.toLowerCase())!;
      this.addLogEntry(id, {
        type: 'escalate_log_entry',
        at: now,
        summary: `Escalated to level ${level} by ${by.name}`,
        agent: { id: by.id, type: 'user_reference', name: by.name },
        channelType: 'api',
      });
    }
    if (update.status !== undefined) {
      if (update.status !== 'acknowledged' && update.status !== 'resolved') {
        return invalid(['Status must be one of acknowledged, resolved']);
      }
      incident.status = update.status;
      this.statusChanges.push({ incidentId: id, status: update.status, from });
    }
    incident.updatedAt = now;
    return ok({ incident: this.incidentBody(incident, this.timeZone) });
  }

  private recordUpdate(id: string, call: RecordedCall): FakeResponse {
    const incident = this.incidents.get(id);
    const update = call.params.incident;
    const fields = update !== null && typeof update === 'object' ? (update as Record<string, unknown>) : {};
    const entry: RecordedIncidentUpdate = {
      incidentId: id,
      at: this.clock.now(),
      requested: {
        ...(fields.escalation_level !== undefined ? { escalationLevel: fields.escalation_level } : {}),
        ...(fields.status !== undefined ? { status: fields.status } : {}),
      },
      ...(incident ? { before: { status: incident.status, escalationLevel: incident.escalationLevel } } : {}),
      status: 0,
    };
    const response = this.updateIncident(id, call);
    entry.status = response.status ?? 200;
    if (incident && entry.status === 200 && fields.escalation_level !== undefined) {
      delete incident.acknowledgedBy;
      delete incident.acknowledgedAt;
    }
    this.incidentUpdates.push(entry);
    return response;
  }

  /** An acknowledgement or resolution by `userId`, now. */
  private settle(
    incident: FakeIncident,
    status: 'acknowledged' | 'resolved',
    userId: string,
  ): FakeIncidentTransition {
    const now = this.clock.now();
    incident.status = status;
    if (status === 'acknowledged') {
      incident.acknowledgedBy = userId;
      incident.acknowledgedAt = now;
    } else {
      incident.resolvedBy = userId;
      incident.resolvedAt = now;
    }
    incident.updatedAt = now;
    return { incidentId: incident.id, eventType: `incident.${status}`, at: now, agentId: userId };
  }

  /** An escalation or reassignment pages someone again: the incident is triggered, its acknowledgement gone. */
  private retrigger(incident: FakeIncident, now: Date): void {
    incident.status = 'triggered';
    delete incident.acknowledgedBy;
    delete incident.acknowledgedAt;
    incident.updatedAt = now;
  }

  private requireIncident(id: string, method: string): FakeIncident {
    const incident = this.incidents.get(id);
    if (!incident) throw new Error(`FakePagerDuty.${method}: unknown incident "${id}"`);
    return incident;
  }

  // ---- bodies ---------------------------------------------------------------------------------------------------

  /** Users on call at `level` of `policy` at `at`: the on-call segments, else the rule's direct user targets. */
  private onCallAt(policy: FakeEscalationPolicy, level: number, at: Date): string[] {
    const t = at.getTime();
    const ids = this.onCalls
      .filter(
        (o) =>
          o.escalationPolicyId === policy.id &&
          o.level === level &&
          (o.start === null || o.start.getTime() <= t) &&
          (o.end === null || o.end.getTime() > t),
      )
      .map((o) => o.userId);
    if (ids.length === 0) {
      ids.push(...(policy.rules[level - 1]?.targets.filter((x) => x.type === 'user').map((x) => x.id) ?? []));
    }
    return [...new Set(ids)];
  }

  private userRef(id: string): Record<string, unknown> {
    const user = this.users.get(id)!;
    return {
      id,
      type: 'user_reference',
      summary: user.name,
      self: `${API_HOST}/users/${id}`,
      html_url: `${this.web}/users/${id}`,
    };
  }

  private userBody(user: FakeUser): Record<string, unknown> {
    return {
      id: user.id,
      type: 'user',
      summary: user.name,
      self: `${API_HOST}/users/${user.id}`,
      html_url: `${this.web}/users/${user.id}`,
      name: user.name,
      email: user.email,
      time_zone: user.timeZone,
      color: 'green',
      role: 'user',
      avatar_url: 'https://pd-static-assets.pagerduty.com/users/blank-avatar.png',
      description: null,
      invitation_sent: false,
      job_title: null,
      teams: [],
      contact_methods: [],
      notification_rules: [],
    };
  }

  private scheduleRef(id: string): Record<string, unknown> {
    const schedule = this.schedules.get(id)!;
    return {
      id,
      type: 'schedule_reference',
      summary: schedule.name,
      self: `${API_HOST}/schedules/${id}`,
      html_url: `${this.web}/schedules/${id}`,
    };
  }

  private scheduleBody(schedule: FakeSchedule, _tz: string): Record<string, unknown> {
    const policies = [...this.policies.values()].filter((p) =>
      p.rules.some((r) => r.targets.some((t) => t.type === 'schedule' && t.id === schedule.id)),
    );
    const userIds = [
      ...new Set(this.onCalls.filter((o) => o.scheduleId === schedule.id).map((o) => o.userId)),
    ];
    return {
      id: schedule.id,
      type: 'schedule',
      summary: schedule.name,
      self: `${API_HOST}/schedules/${schedule.id}`,
      html_url: `${this.web}/schedules/${schedule.id}`,
      name: schedule.name,
      time_zone: schedule.timeZone,
      description: schedule.description,
      escalation_policies: policies.map((p) => this.policyRef(p.id)),
      users: userIds.map((id) => this.userRef(id)),
      teams: [],
      schedule_layers: [],
    };
  }

  private policyRef(id: string): Record<string, unknown> {
    const policy = this.policies.get(id)!;
    return {
      id,
      type: 'escalation_policy_reference',
      summary: policy.name,
      self: `${API_HOST}/escalation_policies/${id}`,
      html_url: `${this.web}/escalation_policies/${id}`,
    };
  }

  private policyBody(policy: FakeEscalationPolicy): Record<string, unknown> {
    return {
      id: policy.id,
      type: 'escalation_policy',
      summary: policy.name,
      on_call_handoff_notifications: 'if_has_services',
      self: `${API_HOST}/escalation_policies/${policy.id}`,
      html_url: `${this.web}/escalation_policies/${policy.id}`,
      name: policy.name,
      escalation_rules: policy.rules.map((rule) => ({
        id: rule.id,
        escalation_delay_in_minutes: rule.delayMinutes,
        targets: rule.targets.map((t) => (t.type === 'user' ? this.userRef(t.id) : this.scheduleRef(t.id))),
      })),
      services: [...this.incidents.values()]
        .filter((i) => i.escalationPolicyId === policy.id)
        .map((i) => this.serviceRef(i.service))
        .filter((s, index, all) => all.findIndex((x) => x.id === s.id) === index),
      num_loops: policy.numLoops,
      teams: [],
      description: '',
    };
  }

  private serviceRef(service: { id: string; name: string }): Record<string, unknown> & { id: string } {
    return {
      id: service.id,
      type: 'service_reference',
      summary: service.name,
      self: `${API_HOST}/services/${service.id}`,
      html_url: `${this.web}/service-directory/${service.id}`,
    };
  }

  private incidentBody(incident: FakeIncident, tz: string): Record<string, unknown> {
    const created = formatTime(incident.createdAt, tz);
    const updated = formatTime(incident.updatedAt, tz);
    const counts = {
      all: incident.alerts.length,
      triggered: incident.alerts.filter((a) => a.status === 'triggered').length,
      resolved: incident.alerts.filter((a) => a.status === 'resolved').length,
    };
    return {
      id: incident.id,
      type: 'incident',
      summary: `[#${incident.number}] ${incident.title}`,
      self: `${API_HOST}/incidents/${incident.id}`,
      html_url: `${this.web}/incidents/${incident.id}`,
      incident_number: incident.number,
      title: incident.title,
      created_at: created,
      updated_at: updated,
      status: incident.status,
      incident_key: `${incident.id.toLowerCase()}-key`,
      service: this.serviceRef(incident.service),
      assignments:
        incident.status === 'resolved'
          ? []
          : incident.assigneeIds.map((id) => ({ at: updated, assignee: this.userRef(id) })),
      assigned_via: 'escalation_policy',
      last_status_change_at: updated,
      resolved_at:
        incident.status === 'resolved' ? formatTime(incident.resolvedAt ?? incident.updatedAt, tz) : null,
      alert_counts: counts,
      is_mergeable: true,
      incident_type: { name: 'incident_default' },
      escalation_policy: this.policyRef(incident.escalationPolicyId),
      teams: [],
      pending_actions: [],
      acknowledgements:
        incident.status === 'acknowledged'
          ? incident.assigneeIds.map((id) => ({ at: updated, acknowledger: this.userRef(id) }))
          : [],
      alert_grouping: null,
      last_status_change_by:
        incident.status === 'resolved' && incident.resolvedBy && this.users.has(incident.resolvedBy)
          ? this.userRef(incident.resolvedBy)
          : this.serviceRef(incident.service),
      priority: incident.priority
        ? {
            id: incident.priority.id,
            type: 'priority_reference',
            summary: incident.priority.name,
            self: `${API_HOST}/priorities/${incident.priority.id}`,
          }
        : null,
      urgency: incident.urgency,
      resolve_reason: null,
      conference_bridge: null,
      incidents_responders: [],
      responder_requests: [],
    };
  }

  // ---- ids ------------------------------------------------------------------------------------------------------

  private bump(kind: string): number {
    const next = (this.counters.get(kind) ?? 0) + 1;
    this.counters.set(kind, next);
    return next;
  }

  /** PagerDuty-looking ids: `P` + kind letter + 5 digits, e.g. `PU00001`. */
  private nextId(kind: string): string {
    return `P${kind}${String(this.bump(kind)).padStart(5, '0')}`;
  }

  private remember<T extends { id: string }>(map: Map<string, T>, value: T): T {
    map.set(value.id, value);
    return value;
  }
}

function ok(body: unknown): FakeResponse {
  return { status: 200, body };
}

/** PagerDuty's error body: `{"error": {"message", "code", "errors"?}}`. */
export function pdError(status: number, code: number, message: string, errors?: string[]): FakeResponse {
  return { status, body: { error: { message, code, ...(errors ? { errors } : {}) } } };
}

function invalid(errors: string[]): FakeResponse {
  return pdError(400, 2001, 'Invalid Input Provided', errors);
}

/** `since`/`until` of a list call (default: the last 30 days up to now), as epoch ms, PagerDuty's 400 otherwise. */
function timeWindow(
  query: URLSearchParams,
  now: Date,
): { since: number; until: number } | { error: FakeResponse } {
  const until = query.has('until') ? parseTime(query.get('until')) : now;
  const since = query.has('since')
    ? parseTime(query.get('since'))
    : new Date(now.getTime() - 30 * 86_400_000);
  if (since === undefined || until === undefined) {
    return { error: invalid(['Since and until must be ISO 8601 date-times']) };
  }
  if (until.getTime() < since.getTime()) return { error: invalid(['Until must be after since']) };
  return { since: since.getTime(), until: until.getTime() };
}

function pageParams(query: URLSearchParams): { limit: number; offset: number } | { error: FakeResponse } {
  const limitText = query.get('limit');
  const offsetText = query.get('offset');
  const limit = limitText === null ? DEFAULT_LIMIT : Number(limitText);
  const offset = offsetText === null ? 0 : Number(offsetText);
  if (!Number.isInteger(limit) || limit < 1) return { error: invalid(['Limit must be a positive integer']) };
  if (!Number.isInteger(offset) || offset < 0)
    return { error: invalid(['Offset must be a non-negative integer']) };
  const capped = Math.min(limit, MAX_LIMIT);
  if (offset + capped > MAX_OFFSET_PLUS_LIMIT) {
    return { error: invalid([`Offset + limit must not exceed ${MAX_OFFSET_PLUS_LIMIT}`]) };
  }
  return { limit: capped, offset };
}

function parseTime(text: string | null): Date | undefined {
  if (text === null || text === '') return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : new Date(ms);
}

/** Renders `date` as PagerDuty does: ISO 8601 with the zone's offset, seconds precision (`Z` for UTC). */
export function formatTime(date: Date, timeZone: string): string {
  const seconds = Math.floor(date.getTime() / 1000) * 1000;
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC')
    return new Date(seconds).toISOString().replace('.000Z', 'Z');
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(seconds));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  const local = Date.UTC(
    +get('year'),
    +get('month') - 1,
    +get('day'),
    +get('hour'),
    +get('minute'),
    +get('second'),
  );
  const offsetMinutes = Math.round((local - seconds) / 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}:${get('second')}${offset}`;
}
