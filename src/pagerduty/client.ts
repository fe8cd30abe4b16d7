/**
 * The PagerDuty adapter: `@pagerduty/pdjs` behind `PagerDutyApi`, with the library's traps handled here so nothing
 * else has to know about them (see the pdjs notes in docs/pagerduty.md):
 *
 * - pdjs never throws on 4xx/5xx and resolves with whatever came back, so every response (and every page) is checked.
 * - pdjs answers a 429 by sleeping a fixed 20 s, three times, ignoring the rate-limit headers. We watch each attempt's
 *   response headers and cancel the attempt the moment a 429 arrives, so pdjs's own retry never reaches the network;
 *   then we wait as long as `ratelimit-reset`/`retry-after` asks, on the injected clock, within a budget per run.
 * - pdjs's `requestTimeout` times nothing out (and its timer keeps the process alive), so it is 0 and every attempt
 *   carries a real deadline: `AbortSignal.timeout`, whose timer never holds the process open.
 * - pdjs's `.all()` stops silently at a failed page; we page ourselves and a failed page fails the whole read.
 */
import diagnosticsChannel from 'node:diagnostics_channel';
import { randomUUID } from 'node:crypto';
import { api } from '@pagerduty/pdjs';
import type { Clock } from '../clock.js';
import {
  AuthError,
  ConfigError,
  RateLimitedError,
  RemoteError,
  TransientError,
  describeError,
} from '../errors.js';
import type { Logger } from '../log.js';
import { watchResponse } from '../util/response-reads.js';
import { installForCrossFetch, watchResponses } from '../util/http-fetch.js';
import type {
  OnCallQuery,
  PagerDutyApi,
  PdEscalationPolicy,
  PdEscalationRule,
  PdIncident,
  PdIncidentStatus,
  PdOnCall,
  PdReference,
  PdSchedule,
  PdUser,
  PdAlertContext,
  PdIncidentAlerts,
  IncidentListQuery,
  PdLogEntry,
  PdAnalyticsIncident,
  PdNote,
  RecentIncidentsQuery,
} from './types.js';

/** The public API endpoint (US service region). */
export const PAGERDUTY_API_URL = 'https://api.pagerduty.com';
/** The API endpoint for accounts in PagerDuty's EU service region. */
export const PAGERDUTY_EU_API_URL = 'https://api.eu.pagerduty.com';

export interface PagerDutyClientOptions {
  token: string;
  /** Default https://api.pagerduty.com; EU accounts use https://api.eu.pagerduty.com. */
  apiUrl?: string;
  clock: Clock;
  log: Logger;
  /** Deadline for one HTTP attempt, body included. Default 10 s. */
  requestTimeoutMs?: number;
  /** Total time this client may spend waiting on 429s before giving up. Default 60 s. */
  rateLimitBudgetMs?: number;
  /** Retries after a 5xx, a network error, a timeout or an HTML error page. Default 3 (backoff 1 s, 2 s, 4 s). */
  maxTransientRetries?: number;
}

/** PagerDuty answered 404 for a schedule, escalation policy, incident or user: the ID is wrong or not visible to the key. */
/** The account or key has no access to a paid PagerDuty feature (Analytics); callers fall back to another source. */
export class PagerDutyFeatureUnavailableError extends RemoteError {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export class PagerDutyNotFoundError extends RemoteError {
  constructor(
    message: string,
    readonly resource: string,
    readonly id: string,
  ) {
    super(message);
  }
}

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_RATE_LIMIT_BUDGET_MS = 60_000;
const DEFAULT_TRANSIENT_RETRIES = 3;
const BACKOFF_BASE_MS = 1_000;
/** Used when a 429 carries neither `ratelimit-reset` nor `retry-after`. */
const DEFAULT_RATE_LIMIT_WAIT_MS = 5_000;
/** A `ratelimit-reset: 0` would otherwise let a stuck 429 loop without ever spending the budget. */
const MIN_RATE_LIMIT_WAIT_MS = 1_000;
const PAGE_LIMIT = 100;
/** `POST /analytics/raw/incidents` accepts 1 to 1000 rows a page. */
const ANALYTICS_PAGE_LIMIT = 1000;
/** PagerDuty answers 400 when offset + limit passes this. */
const MAX_OFFSET_PLUS_LIMIT = 10_000;
const MAX_WINDOW_MS = 90 * 24 * 3600_000;
/** Alert texts feed the runbook matcher; an incident can group thousands of alerts with large payloads. */
const ALERT_TEXT_LIMITS = { alerts: 100, charsPerText: 2_000, totalChars: 16_000 } as const;

/**
 * Builds the PagerDuty adapter. Every method rejects with a typed error: `AuthError` (401/403, at once),
 * `RateLimitedError` (429 beyond the budget), `TransientError` (5xx, network, timeout, HTML error pages, after
 * bounded retries), `PagerDutyNotFoundError` (404, naming the id), `RemoteError` (any other refusal or an unexpected
 * response shape, naming the field) or `ConfigError` (bad arguments). The token never appears in a message.
 */
export function createPagerDutyClient(options: PagerDutyClientOptions): PagerDutyApi {
  // pdjs's requests go through the adapters' transport (src/util/http-fetch.ts), not the global fetch.
  installForCrossFetch();
  return new PagerDutyClient(options);
}

type Query = Record<string, string | string[]>;

interface RequestSpec {
  method: 'GET' | 'PUT' | 'POST';
  path: string;
  query?: Query;
  body?: object;
  headers?: Record<string, string>;
  /** What a 404 means for this request, e.g. the schedule the caller named. */
  target?: { resource: string; id: string; hint: string };
  /** A paid feature: a 402 or 403 means the account or key lacks it, not a wrong token. */
  feature?: string;
  /** Not repeated after a failure that may have been carried out (a write that is not idempotent). */
  once?: boolean;
}

type Attempt =
  | { kind: 'ok'; data: unknown }
  | { kind: 'rate-limited'; waitMs: number; source: string }
  | { kind: 'transient'; reason: string };

/** pdjs resolves (or, for a non-JSON body, rejects) with the fetch Response plus `data`. */
interface PdjsResponse {
  status: number;
  headers: { get(name: string): string | null };
  data?: unknown;
}

type HeaderLookup = (name: string) => string | undefined;

class PagerDutyClient implements PagerDutyApi {
  private readonly token: string;
  private readonly baseUrl: string;
  private readonly clock: Clock;
  private readonly log: Logger;
  private readonly timeoutMs: number;
  private readonly budgetMs: number;
  private readonly maxRetries: number;
  private rateLimitWaitedMs = 0;
  private requests = 0;

  constructor(options: PagerDutyClientOptions) {
    if (!options.token || !options.token.trim()) {
      throw new ConfigError(
        'The PagerDuty API token is empty. Set the PAGERDUTY_TOKEN secret (CLI: environment variable; action: ' +
          'pagerduty-token input) to a REST API key; a read-only key is enough unless escalate_to is used.',
      );
    }
    this.token = options.token.trim();
    this.baseUrl = checkApiUrl(options.apiUrl ?? PAGERDUTY_API_URL);
    this.clock = options.clock;
    this.log = options.log;
    this.timeoutMs = options.requestTimeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.budgetMs = options.rateLimitBudgetMs ?? DEFAULT_RATE_LIMIT_BUDGET_MS;
    this.maxRetries = options.maxTransientRetries ?? DEFAULT_TRANSIENT_RETRIES;
  }

  async listOnCalls(query: OnCallQuery): Promise<PdOnCall[]> {
    const span = query.until.getTime() - query.since.getTime();
    if (!(span > 0)) {
      throw new ConfigError(
        `On-call window is empty: until (${query.until.toISOString()}) must be after since (${query.since.toISOString()}).`,
      );
    }
    if (span > MAX_WINDOW_MS) {
      throw new ConfigError(
        `On-call window ${query.since.toISOString()} – ${query.until.toISOString()} is longer than the 90 days PagerDuty allows.`,
      );
    }
    const params: Query = {
      since: query.since.toISOString(),
      until: query.until.toISOString(),
      // Users in full (with email) so the Slack lookup needs no extra call per person. Never `earliest=true`: it
      // keeps one segment per user and level and would drop an afternoon override or a second shift.
      'include[]': ['users'],
    };
    if (query.scheduleIds?.length) params['schedule_ids[]'] = [...query.scheduleIds];
    if (query.escalationPolicyIds?.length) params['escalation_policy_ids[]'] = [...query.escalationPolicyIds];
    const items = await this.listAll('/oncalls', 'oncalls', params);
    const shape = new Shape('GET /oncalls');
    return items.map((item, i) => toOnCall(shape, item, `oncalls[${i}]`));
  }

  async getSchedule(id: string): Promise<PdSchedule> {
    const path = `/schedules/${pathId(id, 'schedule')}`;
    const data = await this.send({
      method: 'GET',
      path,
      target: {
        resource: 'schedule',
        id,
        hint: "Check the schedule ID: it is the last part of the schedule's URL in PagerDuty (…/schedules/PXXXXXX)",
      },
    });
    const shape = new Shape(`GET ${path}`);
    const schedule = shape.object(shape.object(data, 'response').schedule, 'schedule');
    const ref = toReference(shape, schedule, 'schedule');
    return {
      ...ref,
      name: shape.optionalString(schedule.name, 'schedule.name') ?? ref.name,
      timeZone: shape.string(schedule.time_zone, 'schedule.time_zone'),
    };
  }

  async getEscalationPolicy(id: string): Promise<PdEscalationPolicy> {
    const path = `/escalation_policies/${pathId(id, 'escalation policy')}`;
    const data = await this.send({
      method: 'GET',
      path,
      target: {
        resource: 'escalation policy',
        id,
        hint: "Check the escalation policy ID: it is the last part of the policy's URL in PagerDuty (…/escalation_policies/PXXXXXX)",
      },
    });
    const shape = new Shape(`GET ${path}`);
    const policy = shape.object(shape.object(data, 'response').escalation_policy, 'escalation_policy');
    const ref = toReference(shape, policy, 'escalation_policy');
    const rules = shape.array(policy.escalation_rules, 'escalation_policy.escalation_rules');
    return {
      ...ref,
      name: shape.optionalString(policy.name, 'escalation_policy.name') ?? ref.name,
      rules: rules.map((rule, i) => toRule(shape, rule, i)),
    };
  }

  async getIncident(id: string): Promise<PdIncident> {
    const path = `/incidents/${pathId(id, 'incident')}`;
    const data = await this.send({
      method: 'GET',
      path,
      target: {
        resource: 'incident',
        id,
        hint: 'The incident may have been merged or deleted, or belong to another account',
      },
    });
    const shape = new Shape(`GET ${path}`);
    return toIncident(shape, shape.object(shape.object(data, 'response').incident, 'incident'));
  }

  async listIncidentAlertTexts(incidentId: string): Promise<string[]> {
    return (await this.listIncidentAlerts(incidentId)).texts;
  }

  async listIncidentAlerts(incidentId: string): Promise<PdIncidentAlerts> {
    const path = `/incidents/${pathId(incidentId, 'incident')}/alerts`;
    // One page is enough for matching: the first 100 alerts carry the text; more would only grow the run.
    const data = await this.send({
      method: 'GET',
      path,
      query: { limit: String(ALERT_TEXT_LIMITS.alerts), offset: '0' },
      target: { resource: 'incident', id: incidentId, hint: 'The incident may have been merged or deleted' },
    });
    const shape = new Shape(`GET ${path}`);
    const alerts = shape.array(shape.object(data, 'response').alerts, 'alerts');
    const texts = new Set<string>();
    let total = 0;
    const add = (text: string) => {
      const trimmed = text.trim();
      if (!trimmed || texts.has(trimmed) || total >= ALERT_TEXT_LIMITS.totalChars) return;
      const cut = clip(clip(trimmed, ALERT_TEXT_LIMITS.charsPerText), ALERT_TEXT_LIMITS.totalChars - total);
      texts.add(cut);
      total += cut.length;
    };
    const contexts: PdAlertContext[] = [];
    alerts.forEach((value, i) => {
      const alert = shape.object(value, `alerts[${i}]`);
      const summary = shape.optionalString(alert.summary, `alerts[${i}].summary`);
      if (summary) add(summary);
      if (alert.body == null) {
        if (contexts.length < ALERT_CONTEXT_LIMITS.alerts) contexts.push(alertContext(summary, {}));
        return;
      }
      const body = shape.object(alert.body, `alerts[${i}].body`);
      for (const text of detailTexts(body.details)) add(text);
      if (body.cef_details !== null && typeof body.cef_details === 'object') {
        const cef = body.cef_details as Record<string, unknown>;
        for (const key of ['message', 'description']) if (typeof cef[key] === 'string') add(cef[key]);
      }
      if (contexts.length < ALERT_CONTEXT_LIMITS.alerts) contexts.push(alertContext(summary, body));
    });
    return { texts: [...texts], alerts: contexts };
  }

  async escalateIncident(incidentId: string, level: number, fromEmail: string): Promise<void> {
    if (!Number.isInteger(level) || level < 1) {
      throw new ConfigError(
        `Cannot escalate incident ${incidentId}: level must be a whole number ≥ 1, found ${level}.`,
      );
    }
    if (!/^[^\s@]+@[^\s@]+$/.test(fromEmail)) {
      throw new ConfigError(
        `Cannot escalate incident ${incidentId}: PagerDuty needs the e-mail of a PagerDuty user in the From header, ` +
          `found ${JSON.stringify(fromEmail)}. Use the login e-mail of a PagerDuty user in the same account.`,
      );
    }
    const path = `/incidents/${pathId(incidentId, 'incident')}`;
    const data = await this.send({
      method: 'PUT',
      path,
      body: { incident: { type: 'incident_reference', escalation_level: level } },
      headers: { From: fromEmail },
      // Not repeated after a failure that may have been carried out: escalating pages people. The caller reads the
      // incident again and decides (src/alert/run.ts), so an escalation that did land is never sent twice.
      once: true,
      target: { resource: 'incident', id: incidentId, hint: 'The incident may have been merged or deleted' },
    });
    const shape = new Shape(`PUT ${path}`);
    shape.object(shape.object(data, 'response').incident, 'incident');
  }

  async listIncidentsCreated(query: IncidentListQuery): Promise<PdIncident[]> {
    const shape = new Shape('GET /incidents');
    const filter: Query = query.serviceIds?.length ? { 'service_ids[]': query.serviceIds } : {};
    if (query.statuses?.length) filter['statuses[]'] = query.statuses;
    const rows = await this.listWindow('/incidents', 'incidents', filter, query.since, query.until);
    return rows.map((row, i) => toIncident(shape, shape.object(row, `incidents[${i}]`)));
  }

  async listLogEntries(query: { since: Date; until: Date }): Promise<PdLogEntry[]> {
    const shape = new Shape('GET /log_entries');
    const rows = await this.listWindow(
      '/log_entries',
      'log_entries',
      { is_overview: 'false' },
      query.since,
      query.until,
    );
    return rows.map((row, i) =>
      toLogEntry(shape, shape.object(row, `log_entries[${i}]`), `log_entries[${i}]`),
    );
  }

  async listAnalyticsIncidents(query: IncidentListQuery): Promise<PdAnalyticsIncident[]> {
    const label = 'POST /analytics/raw/incidents';
    const shape = new Shape(label);
    const filters = {
      created_at_start: query.since.toISOString(),
      created_at_end: query.until.toISOString(),
      ...(query.serviceIds?.length ? { service_ids: query.serviceIds } : {}),
    };
    const out: PdAnalyticsIncident[] = [];
    let cursor: string | undefined;
    // Cursor pages: a page's `last` is the next request's `starting_after`, until `more` is false.
    for (;;) {
      const page = shape.object(
        await this.send({
          method: 'POST',
          path: '/analytics/raw/incidents',
          body: {
            filters,
            limit: ANALYTICS_PAGE_LIMIT,
            order: 'asc',
            order_by: 'created_at',
            // Analytics times carry no offset; asking for UTC makes them UTC.
            time_zone: 'Etc/UTC',
            ...(cursor ? { starting_after: cursor } : {}),
          },
          feature: 'PagerDuty Analytics',
        }),
        'response',
      );
      const rows = shape.array(page.data, 'data');
      rows.forEach((row, i) =>
        out.push(toAnalyticsIncident(shape, shape.object(row, `data[${i}]`), `data[${i}]`)),
      );
      if (!shape.boolean(page.more, 'more') || rows.length === 0) return out;
      const next = shape.string(page.last, 'last');
      if (next === cursor) shape.fail('last', 'a cursor that moves on', next);
      cursor = next;
    }
  }

  requestCount(): number {
    return this.requests;
  }

  async listRecentIncidents(
    query: RecentIncidentsQuery,
  ): Promise<{ incidents: PdIncident[]; complete: boolean }> {
    const shape = new Shape('GET /incidents');
    const params: Query = {
      since: query.since.toISOString(),
      until: query.until.toISOString(),
      sort_by: 'created_at:desc',
      ...(query.statuses?.length ? { 'statuses[]': [...query.statuses] } : {}),
    };
    const { rows, complete } = await this.listPages('/incidents', 'incidents', params, query.maxPages);
    return {
      incidents: rows.map((row, i) => toIncident(shape, shape.object(row, `incidents[${i}]`))),
      complete,
    };
  }

  async listIncidentNotes(incidentId: string): Promise<PdNote[]> {
    const path = `/incidents/${pathId(incidentId, 'incident')}/notes`;
    const data = await this.send({
      method: 'GET',
      path,
      target: { resource: 'incident', id: incidentId, hint: 'The incident may have been merged or deleted' },
    });
    const shape = new Shape(`GET ${path}`);
    const notes = shape.array(shape.object(data, 'response').notes, 'notes');
    return notes.map((value, i) => {
      const note = shape.object(value, `notes[${i}]`);
      const createdAt =
        note.created_at == null ? undefined : shape.date(note.created_at, `notes[${i}].created_at`);
      return {
        content: shape.optionalString(note.content, `notes[${i}].content`) ?? '',
        ...(createdAt ? { createdAt } : {}),
        ...(note.user == null ? {} : { user: toReference(shape, note.user, `notes[${i}].user`) }),
      };
    });
  }

  async listIncidentLogEntries(
    incidentId: string,
    options: { maxPages: number },
  ): Promise<{ entries: PdLogEntry[]; complete: boolean }> {
    const path = `/incidents/${pathId(incidentId, 'incident')}/log_entries`;
    const shape = new Shape(`GET ${path}`);
    const { rows, complete } = await this.listPages(
      path,
      'log_entries',
      { is_overview: 'false' },
      options.maxPages,
    );
    const entries = rows.map((row, i) =>
      toLogEntry(shape, shape.object(row, `log_entries[${i}]`), `log_entries[${i}]`, incidentId),
    );
    return { entries: entries.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()), complete };
  }

  /** At most `maxPages` pages of an offset-paginated list; any failed page fails the read. */
  private async listPages(
    path: string,
    key: string,
    query: Query,
    maxPages: number,
  ): Promise<{ rows: unknown[]; complete: boolean }> {
    if (!Number.isInteger(maxPages) || maxPages < 1) {
      throw new ConfigError(`A bounded PagerDuty read needs at least one page, found ${maxPages}.`);
    }
    const out: unknown[] = [];
    const shape = new Shape(`GET ${path}`);
    for (let page = 0; page < maxPages; page++) {
      const offset = page * PAGE_LIMIT;
      const data = await this.send({
        method: 'GET',
        path,
        query: { ...query, limit: String(PAGE_LIMIT), offset: String(offset) },
      });
      const body = shape.object(data, 'response');
      out.push(...shape.array(body[key], key));
      if (!shape.boolean(body.more, 'more')) return { rows: out, complete: true };
    }
    return { rows: out, complete: false };
  }

  /**
   * Every page of a time-windowed list. The first page asks for the total; a window holding more than offset paging
   * can reach (10,000) is split in two halves, recursively, so no entry is ever out of reach.
   */
  private async listWindow(
    path: string,
    key: string,
    filter: Query,
    since: Date,
    until: Date,
  ): Promise<unknown[]> {
    const shape = new Shape(`GET ${path}`);
    const window: Query = { ...filter, since: since.toISOString(), until: until.toISOString() };
    const first = shape.object(
      await this.send({
        method: 'GET',
        path,
        query: { ...window, limit: String(PAGE_LIMIT), offset: '0', total: 'true' },
      }),
      'response',
    );
    const total = typeof first.total === 'number' ? first.total : undefined;
    const span = until.getTime() - since.getTime();
    if (total !== undefined && total > MAX_OFFSET_PLUS_LIMIT && span > 1000) {
      const middle = new Date(since.getTime() + Math.floor(span / 2000) * 1000);
      return [
        ...(await this.listWindow(path, key, filter, since, middle)),
        ...(await this.listWindow(path, key, filter, middle, until)),
      ];
    }
    const out = [...shape.array(first[key], key)];
    if (!shape.boolean(first.more, 'more')) return out;
    return [...out, ...(await this.listAll(path, key, window, PAGE_LIMIT))];
  }

  async findUserByEmail(email: string): Promise<PdUser | undefined> {
    const wanted = email.trim().toLowerCase();
    if (!/^[^\s@]+@[^\s@]+$/.test(wanted)) return undefined;
    // One page: an exact email is unique in an account, and a query that broad would only be a typo.
    const data = await this.send({
      method: 'GET',
      path: '/users',
      query: { query: wanted, limit: String(PAGE_LIMIT), offset: '0' },
    });
    const shape = new Shape('GET /users');
    const users = shape.array(shape.object(data, 'response').users, 'users');
    for (const [i, value] of users.entries()) {
      const user = toUser(shape, value, `users[${i}]`);
      if (user.email?.toLowerCase() === wanted) return user;
    }
    return undefined;
  }

  async setIncidentStatus(
    incidentId: string,
    status: 'acknowledged' | 'resolved',
    fromEmail: string,
  ): Promise<void> {
    checkFrom(fromEmail, `Cannot change incident ${incidentId}`);
    const path = `/incidents/${pathId(incidentId, 'incident')}`;
    // Setting a status is idempotent, so the transport's retries are safe here.
    const data = await this.send({
      method: 'PUT',
      path,
      body: { incident: { type: 'incident_reference', status } },
      headers: { From: fromEmail },
      target: { resource: 'incident', id: incidentId, hint: 'The incident may have been merged or deleted' },
    });
    const shape = new Shape(`PUT ${path}`);
    shape.object(shape.object(data, 'response').incident, 'incident');
  }

  async addIncidentNote(incidentId: string, content: string, fromEmail: string): Promise<void> {
    checkFrom(fromEmail, `Cannot add a note to incident ${incidentId}`);
    const path = `/incidents/${pathId(incidentId, 'incident')}/notes`;
    const data = await this.send({
      method: 'POST',
      path,
      body: { note: { content } },
      headers: { From: fromEmail },
      // Two identical notes would be noise on the incident's timeline; the person is told to check and retry.
      once: true,
      target: { resource: 'incident', id: incidentId, hint: 'The incident may have been merged or deleted' },
    });
    const shape = new Shape(`POST ${path}`);
    shape.object(shape.object(data, 'response').note, 'note');
  }

  // ---- transport ------------------------------------------------------------------------------------------------

  /** Reads every page of an offset-paginated list; any failed page fails the whole read. */
  private async listAll(path: string, key: string, query: Query, startOffset = 0): Promise<unknown[]> {
    const out: unknown[] = [];
    const shape = new Shape(`GET ${path}`);
    for (let offset = startOffset; ; offset += PAGE_LIMIT) {
      if (offset + PAGE_LIMIT > MAX_OFFSET_PLUS_LIMIT) {
        throw new RemoteError(
          `PagerDuty GET ${path} has more than ${offset} entries for this query and cannot page past ` +
            `${MAX_OFFSET_PLUS_LIMIT.toLocaleString('en-US')} (offset + limit). Narrow the time window or the ` +
            'schedule / escalation policy IDs.',
        );
      }
      const data = await this.send({
        method: 'GET',
        path,
        query: { ...query, limit: String(PAGE_LIMIT), offset: String(offset) },
      });
      const page = shape.object(data, 'response');
      out.push(...shape.array(page[key], key));
      if (page.offset !== undefined && page.offset !== offset) {
        shape.fail('offset', `${offset} (the offset requested)`, page.offset);
      }
      if (!shape.boolean(page.more, 'more')) return out;
    }
  }

  /** One logical request: retries transient failures with backoff and waits out 429s within the budget. */
  private async send(spec: RequestSpec): Promise<unknown> {
    const label = `${spec.method} ${spec.path}`;
    let failures = 0;
    for (;;) {
      const attempt = await this.attempt(spec, label);
      if (attempt.kind === 'ok') return watchResponse('pagerduty', label, attempt.data);
      if (attempt.kind === 'rate-limited') {
        await this.waitForRateLimit(label, attempt.waitMs, attempt.source);
        continue;
      }
      failures += 1;
      if (spec.once) {
        throw new TransientError(
          this.scrub(`${attempt.reason} Not repeated: the request may or may not have been carried out.`),
        );
      }
      if (failures > this.maxRetries) {
        throw new TransientError(
          this.scrub(
            `${attempt.reason} Gave up after ${failures} attempts. PagerDuty may be having an outage ` +
              '(https://status.pagerduty.com); the run can be retried later.',
          ),
        );
      }
      const backoff = BACKOFF_BASE_MS * 2 ** (failures - 1);
      this.log.info(
        this.scrub(
          `${attempt.reason} Retrying in ${backoff / 1000} s (retry ${failures} of ${this.maxRetries}).`,
        ),
      );
      await this.clock.sleep(backoff);
    }
  }

  private async waitForRateLimit(label: string, waitMs: number, source: string): Promise<void> {
    if (this.rateLimitWaitedMs + waitMs > this.budgetMs) {
      throw new RateLimitedError(
        `PagerDuty is rate limiting this API key: ${label} answered 429 and asked to wait ${seconds(waitMs)} s ` +
          `(${source}); this run already waited ${seconds(this.rateLimitWaitedMs)} s and may wait at most ` +
          `${seconds(this.budgetMs)} s. Another integration may be using the same key heavily (the limit is 960 ` +
          'requests a minute per key): retry later, or give this tool its own key.',
        waitMs,
      );
    }
    this.rateLimitWaitedMs += waitMs;
    this.log.info(
      `PagerDuty rate limit on ${label}: waiting ${seconds(waitMs)} s (${source}; ` +
        `${seconds(this.rateLimitWaitedMs)} s of the ${seconds(this.budgetMs)} s budget used).`,
    );
    await this.clock.sleep(waitMs);
  }

  /** One HTTP attempt through pdjs, classified. Throws only for failures that retrying cannot fix. */
  private async attempt(spec: RequestSpec, label: string): Promise<Attempt> {
    const attemptId = randomUUID();
    this.requests++;
    const cancel = new AbortController();
    const deadline = AbortSignal.timeout(this.timeoutMs);
    let rateLimited: HeaderLookup | undefined;
    const unwatch = watchResponseHeaders(attemptId, (status, headers) => {
      if (status !== 429) return;
      rateLimited = headers;
      // Deferred so undici finishes handling the headers before the request is torn down.
      queueMicrotask(() => cancel.abort(new Error('cancelled after 429 so the rate-limit wait is ours')));
    });
    let response: PdjsResponse;
    let json = true;
    try {
      response = (await api({
        url: `${this.baseUrl}${spec.path}`,
        token: this.token,
        method: spec.method,
        ...(spec.query ? { queryParameters: spec.query } : {}),
        ...(spec.body ? { data: spec.body } : {}),
        headers: { ...spec.headers, [ATTEMPT_HEADER]: attemptId },
        requestTimeout: 0,
        // Only matters if the header watch could not see a 429: then pdjs retries at once instead of after 20 s.
        retryTimeout: 0,
        signal: AbortSignal.any([deadline, cancel.signal]),
      })) as unknown as PdjsResponse;
    } catch (error) {
      if (rateLimited) return rateLimitAttempt(rateLimited, this.clock.now());
      if (deadline.aborted) {
        return {
          kind: 'transient',
          reason: `PagerDuty did not answer ${label} within ${seconds(this.timeoutMs)} s.`,
        };
      }
      if (!isPdjsResponse(error)) {
        return {
          kind: 'transient',
          reason: `Could not reach PagerDuty for ${label}: ${networkReason(error)}.`,
        };
      }
      // pdjs rejects with the response itself when the body is not JSON (an HTML error page from a proxy).
      response = error;
      json = false;
    } finally {
      unwatch();
    }
    const status = response.status;
    this.log.debug(`PagerDuty ${label} → ${status}`);
    if (status === 429) {
      return rateLimitAttempt((name) => response.headers.get(name) ?? undefined, this.clock.now());
    }
    if (spec.feature && (status === 402 || status === 403)) {
      throw new PagerDutyFeatureUnavailableError(
        `PagerDuty answered ${status} to ${label}: this account or API key has no access to ${spec.feature}.`,
        status,
      );
    }
    if (status === 401 || status === 403) {
      throw new AuthError(
        `PagerDuty refused the API token (${status}) on ${label}. Check the PAGERDUTY_TOKEN secret / ` +
          'pagerduty-token input; a read-only key is enough unless escalate_to is used' +
          (spec.method === 'GET'
            ? '.'
            : ' — this request changes an incident, so the key must not be read-only.'),
      );
    }
    if (status >= 500) {
      const what = json ? errorDetail(response.data) : 'an HTML/non-JSON error page';
      return {
        kind: 'transient',
        reason: `PagerDuty answered ${status} to ${label}${what ? ` (${what})` : ''}.`,
      };
    }
    if (status === 404 && spec.target) {
      const { resource, id, hint } = spec.target;
      throw new PagerDutyNotFoundError(
        `PagerDuty has no ${resource} "${id}" visible to this API key (404 on ${label}). ${hint}; EU accounts ` +
          `also need PAGERDUTY_API_URL=${PAGERDUTY_EU_API_URL}.`,
        resource,
        id,
      );
    }
    if (status < 200 || status >= 300) {
      const detail = json ? errorDetail(response.data) : 'a non-JSON body';
      throw new RemoteError(
        this.scrub(`PagerDuty rejected ${label} with ${status}${detail ? `: ${detail}` : ''}.`),
      );
    }
    if (!json) {
      throw new RemoteError(
        `PagerDuty answered ${status} to ${label} with a body that is not JSON. Check pagerduty-api-url ` +
          `(PAGERDUTY_API_URL): it should be ${PAGERDUTY_API_URL} or ${PAGERDUTY_EU_API_URL}, not a proxy or web page.`,
      );
    }
    return { kind: 'ok', data: response.data };
  }

  /** Removes the token from text that came from elsewhere (remote error messages), should it ever be echoed. */
  private scrub(text: string): string {
    return text.split(this.token).join('***');
  }
}

// ---- response headers, seen before pdjs acts on them ---------------------------------------------------------------

/** Tags each attempt so the header watch can tell our requests from any other fetch in the process. */
const ATTEMPT_HEADER = 'x-oncall-request-id';
/** Node's fetch (undici) publishes every response's status and headers here before the Response is resolved. */
const RESPONSE_HEADERS_CHANNEL = 'undici:request:headers';
const watchers = new Map<string, (status: number, headers: HeaderLookup) => void>();
let subscribed = false;

function watchResponseHeaders(
  id: string,
  onHeaders: (status: number, headers: HeaderLookup) => void,
): () => void {
  if (!subscribed) {
    diagnosticsChannel.subscribe(RESPONSE_HEADERS_CHANNEL, onResponseHeaders);
    // The same message from the adapters' transport, which pdjs uses instead of the global fetch.
    watchResponses(onResponseHeaders);
    subscribed = true;
  }
  watchers.set(id, onHeaders);
  return () => watchers.delete(id);
}

function onResponseHeaders(message: unknown): void {
  if (watchers.size === 0 || message === null || typeof message !== 'object') return;
  const { request, response } = message as {
    request?: { headers?: unknown };
    response?: { statusCode?: unknown; headers?: unknown };
  };
  const id = rawHeader(request?.headers, ATTEMPT_HEADER);
  const watcher = id === undefined ? undefined : watchers.get(id);
  if (!watcher || typeof response?.statusCode !== 'number') return;
  const headers = response.headers;
  watcher(response.statusCode, (name) => rawHeader(headers, name));
}

/** Reads a header from undici's raw forms: a flat [name, value, …] list, a list of pairs, or "name: value\r\n" text. */
function rawHeader(raw: unknown, name: string): string | undefined {
  const wanted = name.toLowerCase();
  if (Array.isArray(raw)) {
    if (raw.every((entry) => Array.isArray(entry))) {
      for (const [k, v] of raw as unknown[][]) if (String(k).toLowerCase() === wanted) return String(v);
      return undefined;
    }
    for (let i = 0; i + 1 < raw.length; i += 2)
      if (String(raw[i]).toLowerCase() === wanted) return String(raw[i + 1]);
    return undefined;
  }
  if (typeof raw === 'string') {
    for (const line of raw.split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon > 0 && line.slice(0, colon).trim().toLowerCase() === wanted)
        return line.slice(colon + 1).trim();
    }
  }
  return undefined;
}

/** How long a 429 asks us to wait: `ratelimit-reset` (seconds), else `retry-after` (seconds or HTTP date). */
export function rateLimitWait(header: HeaderLookup, now: Date): { waitMs: number; source: string } {
  const reset = header('ratelimit-reset')?.trim();
  if (reset && /^\d+(\.\d+)?$/.test(reset)) {
    return {
      waitMs: Math.max(MIN_RATE_LIMIT_WAIT_MS, Number(reset) * 1000),
      source: `ratelimit-reset: ${reset}`,
    };
  }
  const retryAfter = header('retry-after')?.trim();
  if (retryAfter) {
    if (/^\d+(\.\d+)?$/.test(retryAfter)) {
      return {
        waitMs: Math.max(MIN_RATE_LIMIT_WAIT_MS, Number(retryAfter) * 1000),
        source: `retry-after: ${retryAfter}`,
      };
    }
    const at = Date.parse(retryAfter);
    if (!Number.isNaN(at)) {
      return {
        waitMs: Math.max(MIN_RATE_LIMIT_WAIT_MS, at - now.getTime()),
        source: `retry-after: ${retryAfter}`,
      };
    }
  }
  return { waitMs: DEFAULT_RATE_LIMIT_WAIT_MS, source: 'no rate-limit header, default wait' };
}

function rateLimitAttempt(header: HeaderLookup, now: Date): Attempt {
  return { kind: 'rate-limited', ...rateLimitWait(header, now) };
}

function isPdjsResponse(value: unknown): value is PdjsResponse {
  return (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as PdjsResponse).status === 'number' &&
    typeof (value as PdjsResponse).headers?.get === 'function'
  );
}

function networkReason(error: unknown): string {
  // fetch hides the reason (ECONNRESET, ECONNREFUSED…) in `cause`.
  const cause = error instanceof Error && error.cause !== undefined ? `: ${describeError(error.cause)}` : '';
  return `${describeError(error)}${cause}`;
}

/** PagerDuty's error body: `{"error": {"message", "code", "errors": [...]}}`. */
function errorDetail(data: unknown): string {
  if (data === null || typeof data !== 'object') return '';
  const error = (data as { error?: unknown }).error;
  if (error === null || typeof error !== 'object') return '';
  const { message, code, errors } = error as { message?: unknown; code?: unknown; errors?: unknown };
  const parts = [
    typeof message === 'string' ? message : '',
    typeof code === 'number' ? `code ${code}` : '',
  ].filter(Boolean);
  const list = Array.isArray(errors) ? errors.filter((e): e is string => typeof e === 'string') : [];
  return clip([parts.join(', '), list.join('; ')].filter(Boolean).join(' — '), 500);
}

function checkApiUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(
      `Invalid PagerDuty API URL ${JSON.stringify(raw)} (PAGERDUTY_API_URL / pagerduty-api-url): expected ` +
        `${PAGERDUTY_API_URL} or, for EU accounts, ${PAGERDUTY_EU_API_URL}.`,
    );
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new ConfigError(
      `Invalid PagerDuty API URL ${JSON.stringify(raw)} (PAGERDUTY_API_URL / pagerduty-api-url): the API key must ` +
        'travel over https (plain http is accepted for 127.0.0.1/localhost only).',
    );
  }
  if (url.search || url.hash) {
    throw new ConfigError(
      `Invalid PagerDuty API URL ${JSON.stringify(raw)}: remove the query string or fragment.`,
    );
  }
  return url.toString().replace(/\/+$/, '');
}

/** PagerDuty writes name the acting user by login email in `From:`. */
function checkFrom(fromEmail: string, what: string): void {
  if (!/^[^\s@]+@[^\s@]+$/.test(fromEmail)) {
    throw new ConfigError(
      `${what}: PagerDuty needs the e-mail of a PagerDuty user in the From header, found ${JSON.stringify(fromEmail)}.`,
    );
  }
}

function pathId(id: string, what: string): string {
  if (typeof id !== 'string' || !id.trim())
    throw new ConfigError(`A PagerDuty ${what} ID is required, found ${JSON.stringify(id)}.`);
  return encodeURIComponent(id.trim());
}

function seconds(ms: number): string {
  return String(Math.round(ms / 100) / 10);
}

function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  return max <= 1 ? text.slice(0, Math.max(0, max)) : `${text.slice(0, max - 1)}…`;
}

/** Texts from `body.details`: a string as is; an object as `key: value` lines (nested values as JSON). */
/** How much of each alert the message may show: a few alerts, the first details and links, each text cut. */
const ALERT_CONTEXT_LIMITS = { alerts: 5, details: 20, links: 10, chars: 1_000 } as const;

/** One alert's parts as the tool sent them; anything of an unexpected type is left out, never an error. */
function alertContext(summary: string | undefined, body: Record<string, unknown>): PdAlertContext {
  const cut = (text: string) => clip(text.trim(), ALERT_CONTEXT_LIMITS.chars);
  const cef = isRecord(body.cef_details) ? body.cef_details : {};
  const out: PdAlertContext = { details: [], links: [] };
  if (summary) out.summary = cut(summary);
  const description = [cef.description, cef.message].find(
    (d): d is string => typeof d === 'string' && d.trim() !== '' && d.trim() !== summary?.trim(),
  );
  if (description) out.description = cut(description);
  const details = body.details ?? cef.details;
  if (typeof details === 'string' && details.trim() !== '')
    out.details.push({ key: '', value: cut(details) });
  if (isRecord(details)) {
    for (const [key, value] of Object.entries(details)) {
      if (out.details.length >= ALERT_CONTEXT_LIMITS.details) break;
      if (value === null || value === undefined || value === '') continue;
      const text = typeof value === 'string' ? value : JSON.stringify(value);
      out.details.push({ key: clip(key, 100), value: cut(text) });
    }
  }
  const addLink = (href: unknown, text: unknown) => {
    if (
      typeof href !== 'string' ||
      !/^https?:\/\//i.test(href) ||
      out.links.length >= ALERT_CONTEXT_LIMITS.links
    )
      return;
    if (out.links.some((l) => l.href === href)) return;
    out.links.push({
      href: clip(href, 2_000),
      ...(typeof text === 'string' && text.trim() ? { text: clip(text.trim(), 100) } : {}),
    });
  };
  for (const list of [body.contexts, cef.contexts]) {
    if (!Array.isArray(list)) continue;
    for (const c of list) if (isRecord(c) && c.type === 'link') addLink(c.href, c.text);
  }
  addLink(cef.client_url, cef.client);
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function detailTexts(details: unknown): string[] {
  if (typeof details === 'string') return [details];
  if (details === null || typeof details !== 'object' || Array.isArray(details)) return [];
  const out: string[] = [];
  for (const [key, value] of Object.entries(details as Record<string, unknown>)) {
    if (value === null || value === undefined || value === '') continue;
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    out.push(`${key}: ${clip(text, ALERT_TEXT_LIMITS.charsPerText)}`);
  }
  return out;
}

// ---- response shapes ----------------------------------------------------------------------------------------------

/** A small boundary checker: each getter returns the typed value or throws a RemoteError naming the field. */
class Shape {
  constructor(private readonly where: string) {}

  fail(path: string, expected: string, found: unknown): never {
    throw new RemoteError(
      `PagerDuty ${this.where} returned an unexpected response: ${path} should be ${expected}, found ${describeValue(found)}. ` +
        'The API may have changed, or something other than PagerDuty answered (check pagerduty-api-url).',
    );
  }

  object(value: unknown, path: string): Record<string, unknown> {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      this.fail(path, 'an object', value);
    return value as Record<string, unknown>;
  }

  array(value: unknown, path: string): unknown[] {
    if (!Array.isArray(value)) this.fail(path, 'a list', value);
    return value;
  }

  string(value: unknown, path: string): string {
    if (typeof value !== 'string' || value === '') this.fail(path, 'a non-empty string', value);
    return value;
  }

  optionalString(value: unknown, path: string): string | undefined {
    if (value === null || value === undefined || value === '') return undefined;
    if (typeof value !== 'string') this.fail(path, 'a string', value);
    return value;
  }

  boolean(value: unknown, path: string): boolean {
    if (typeof value !== 'boolean') this.fail(path, 'true or false', value);
    return value;
  }

  integer(value: unknown, path: string, min = 0): number {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
      this.fail(path, `a whole number ≥ ${min}`, value);
    }
    return value;
  }

  date(value: unknown, path: string): Date {
    const text = this.string(value, path);
    const ms = Date.parse(text);
    if (Number.isNaN(ms)) this.fail(path, 'an ISO 8601 date-time', value);
    return new Date(ms);
  }

  nullableDate(value: unknown, path: string): Date | null {
    return value === null || value === undefined ? null : this.date(value, path);
  }

  oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): T {
    if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
      this.fail(path, `one of ${allowed.join(', ')}`, value);
    }
    return value as T;
  }
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `${JSON.stringify(clip(value, 60))} (a string)`;
  if (typeof value === 'object') return 'an object';
  return `${String(value)} (a ${typeof value})`;
}

function toReference(shape: Shape, value: unknown, path: string): PdReference {
  const o = shape.object(value, path);
  const id = shape.string(o.id, `${path}.id`);
  const name =
    shape.optionalString(o.summary, `${path}.summary`) ?? shape.optionalString(o.name, `${path}.name`) ?? id;
  const htmlUrl = shape.optionalString(o.html_url, `${path}.html_url`);
  return { id, name, ...(htmlUrl ? { htmlUrl } : {}) };
}

function toUser(shape: Shape, value: unknown, path: string): PdUser {
  const ref = toReference(shape, value, path);
  const o = value as Record<string, unknown>;
  const email = shape.optionalString(o.email, `${path}.email`);
  const timeZone = shape.optionalString(o.time_zone, `${path}.time_zone`);
  return {
    ...ref,
    name: shape.optionalString(o.name, `${path}.name`) ?? ref.name,
    ...(email ? { email } : {}),
    ...(timeZone ? { timeZone } : {}),
  };
}

function toOnCall(shape: Shape, value: unknown, path: string): PdOnCall {
  const o = shape.object(value, path);
  const start = shape.nullableDate(o.start, `${path}.start`);
  const end = shape.nullableDate(o.end, `${path}.end`);
  if (start && end && end.getTime() <= start.getTime()) {
    shape.fail(`${path}.end`, `after start (${start.toISOString()})`, o.end);
  }
  return {
    user: toUser(shape, o.user, `${path}.user`),
    schedule: o.schedule == null ? null : toReference(shape, o.schedule, `${path}.schedule`),
    escalationPolicy: toReference(shape, o.escalation_policy, `${path}.escalation_policy`),
    escalationLevel: shape.integer(o.escalation_level, `${path}.escalation_level`, 1),
    start,
    end,
  };
}

/** Every escalation target type PagerDuty's REST API description lists (EscalationTargetReference.type). */
export const ESCALATION_TARGET_TYPES = [
  'user',
  'user_reference',
  'schedule',
  'schedule_reference',
  'schedule_v3_reference',
] as const;

function toRule(shape: Shape, value: unknown, index: number): PdEscalationRule {
  const path = `escalation_policy.escalation_rules[${index}]`;
  const rule = shape.object(value, path);
  const targets = shape.array(rule.targets, `${path}.targets`).map((t, j) => {
    const tpath = `${path}.targets[${j}]`;
    const type = shape.oneOf(shape.object(t, tpath).type, `${tpath}.type`, ESCALATION_TARGET_TYPES);
    return {
      type: type.startsWith('user') ? ('user' as const) : ('schedule' as const),
      ...toReference(shape, t, tpath),
    };
  });
  return {
    level: index + 1,
    delayMinutes: shape.integer(rule.escalation_delay_in_minutes, `${path}.escalation_delay_in_minutes`),
    targets,
  };
}

const INCIDENT_STATUSES: readonly PdIncidentStatus[] = ['triggered', 'acknowledged', 'resolved'];

function toLogEntry(
  shape: Shape,
  o: Record<string, unknown>,
  where: string,
  knownIncidentId?: string,
): PdLogEntry {
  // An incident's own timeline need not repeat which incident it is.
  const incident =
    knownIncidentId !== undefined && o.incident == null
      ? { id: knownIncidentId }
      : shape.object(o.incident, `${where}.incident`);
  const agent = o.agent == null ? undefined : shape.object(o.agent, `${where}.agent`);
  const channel = o.channel == null ? undefined : shape.object(o.channel, `${where}.channel`);
  const summary = shape.optionalString(o.summary, `${where}.summary`);
  const agentName = agent ? shape.optionalString(agent.summary, `${where}.agent.summary`) : undefined;
  const channelType = channel ? shape.optionalString(channel.type, `${where}.channel.type`) : undefined;
  return {
    incidentId: shape.string(incident.id, `${where}.incident.id`),
    type: shape.string(o.type, `${where}.type`),
    createdAt: shape.date(o.created_at, `${where}.created_at`),
    ...(summary !== undefined ? { summary } : {}),
    ...(agent
      ? {
          agent: {
            id: shape.string(agent.id, `${where}.agent.id`),
            type: shape.string(agent.type, `${where}.agent.type`),
            ...(agentName !== undefined ? { name: agentName } : {}),
          },
        }
      : {}),
    ...(channelType !== undefined ? { channelType } : {}),
  };
}

/** Analytics times are in the requested zone (UTC) without an offset, e.g. `2023-05-31T10:05:00`. */
function analyticsTime(shape: Shape, value: unknown, path: string): Date {
  const text = shape.string(value, path);
  return shape.date(/(?:Z|[+-]\d\d:?\d\d)$/i.test(text) ? text : `${text}Z`, path);
}

function toAnalyticsIncident(shape: Shape, o: Record<string, unknown>, where: string): PdAnalyticsIncident {
  const optionalSeconds = (key: string): number | undefined =>
    o[key] === null || o[key] === undefined ? undefined : shape.integer(o[key], `${where}.${key}`);
  const ackSeconds = optionalSeconds('seconds_to_first_ack');
  const resolveSeconds = optionalSeconds('seconds_to_resolve');
  const ids =
    o.acknowledged_user_ids == null
      ? []
      : shape.array(o.acknowledged_user_ids, `${where}.acknowledged_user_ids`);
  const names =
    o.acknowledged_user_names == null
      ? []
      : shape.array(o.acknowledged_user_names, `${where}.acknowledged_user_names`);
  return {
    id: shape.string(o.id, `${where}.id`),
    createdAt: analyticsTime(shape, o.created_at, `${where}.created_at`),
    ...(o.resolved_at == null
      ? {}
      : { resolvedAt: analyticsTime(shape, o.resolved_at, `${where}.resolved_at`) }),
    ...(ackSeconds !== undefined ? { secondsToFirstAck: ackSeconds } : {}),
    ...(resolveSeconds !== undefined ? { secondsToResolve: resolveSeconds } : {}),
    escalationCount:
      o.escalation_count == null ? 0 : shape.integer(o.escalation_count, `${where}.escalation_count`),
    autoResolved: o.auto_resolved == null ? false : shape.boolean(o.auto_resolved, `${where}.auto_resolved`),
    acknowledgedUsers: ids.map((id, i) => {
      const name = shape.optionalString(names[i], `${where}.acknowledged_user_names[${i}]`);
      return { id: shape.string(id, `${where}.acknowledged_user_ids[${i}]`), ...(name ? { name } : {}) };
    }),
  };
}

function toIncident(shape: Shape, o: Record<string, unknown>): PdIncident {
  const assignments = o.assignments == null ? [] : shape.array(o.assignments, 'incident.assignments');
  const number =
    o.incident_number == null ? undefined : shape.integer(o.incident_number, 'incident.incident_number', 1);
  const level =
    o.escalation_level == null
      ? undefined
      : shape.integer(o.escalation_level, 'incident.escalation_level', 1);
  return {
    id: shape.string(o.id, 'incident.id'),
    ...(number !== undefined ? { number } : {}),
    title: shape.optionalString(o.title, 'incident.title') ?? shape.string(o.summary, 'incident.summary'),
    status: shape.oneOf(o.status, 'incident.status', INCIDENT_STATUSES),
    urgency: shape.oneOf(o.urgency, 'incident.urgency', ['high', 'low'] as const),
    priority: o.priority == null ? null : toReference(shape, o.priority, 'incident.priority'),
    service: toReference(shape, o.service, 'incident.service'),
    escalationPolicy: toReference(shape, o.escalation_policy, 'incident.escalation_policy'),
    htmlUrl: shape.string(o.html_url, 'incident.html_url'),
    createdAt: shape.date(o.created_at, 'incident.created_at'),
    ...(level !== undefined ? { escalationLevel: level } : {}),
    assignees: assignments.map((a, i) =>
      toUser(
        shape,
        shape.object(a, `incident.assignments[${i}]`).assignee,
        `incident.assignments[${i}].assignee`,
      ),
    ),
    ...(Array.isArray(o.teams) && o.teams.length > 0
      ? { teams: o.teams.map((t, i) => toReference(shape, t, `incident.teams[${i}]`)) }
      : {}),
    ...statusChange(shape, o),
  };
}

/**
 * When and by whom the status last changed, and when it was resolved. Optional extras for the "last time" reply and
 * the postmortem draft: a malformed one is left out (and logged by no one), never a reason to fail the incident read
 * the alert message depends on.
 */
function statusChange(
  shape: Shape,
  o: Record<string, unknown>,
): Pick<PdIncident, 'resolvedAt' | 'lastStatusChangeAt' | 'lastStatusChangeBy'> {
  const optional = <T>(read: () => T): T | undefined => {
    try {
      return read();
    } catch {
      return undefined;
    }
  };
  const resolvedAt = optional(() => shape.nullableDate(o.resolved_at, 'incident.resolved_at'));
  const changedAt = optional(() =>
    shape.nullableDate(o.last_status_change_at, 'incident.last_status_change_at'),
  );
  const by = o.last_status_change_by;
  const changedBy =
    by == null
      ? undefined
      : optional(() => {
          const type = shape.optionalString(
            shape.object(by, 'incident.last_status_change_by').type,
            'incident.last_status_change_by.type',
          );
          return { ...toReference(shape, by, 'incident.last_status_change_by'), ...(type ? { type } : {}) };
        });
  return {
    ...(resolvedAt ? { resolvedAt } : {}),
    ...(changedAt ? { lastStatusChangeAt: changedAt } : {}),
    ...(changedBy ? { lastStatusChangeBy: changedBy } : {}),
  };
}
