/**
 * The relay's Slack routes: `POST /slack/interactions` (the app's interactivity request URL: buttons and modals)
 * and `POST /slack/commands` (`/oncall`). Each request is verified (Slack's v0 signature with a 5-minute timestamp;
 * anything else is 401 and does nothing), answered 200 at once — Slack shows an error after 3 s — and the work is
 * done after the answer, its outcome told to the person ephemerally.
 *
 * Bounds: bodies share the relay's size limit and deadline (the router passes its reader); work in progress is
 * capped (`maxJobs`; beyond it the answer is 503, nothing is remembered, and Slack's retry or the person's next
 * press can still act); request keys are remembered for twice the freshness window (bounded), so a retried or
 * replayed request never acts twice. The same memory holds each incident whose postmortem draft was requested
 * (src/interact/postmortem-button.ts), so one incident is dispatched at most once in that window.
 */
import type { Clock } from '../clock.js';
import { describeError } from '../errors.js';
import { runButton, runNote, type InteractDeps } from '../interact/act.js';
import {
  helpText,
  parseOncallText,
  runOncallCommand,
  type OncallCommandConfig,
} from '../interact/oncall-command.js';
import {
  InvalidInteractionError,
  parseInteraction,
  parseSlashCommand,
  type Interaction,
  type SlashCommand,
} from '../interact/payload.js';
import type { RequestPostmortem } from '../interact/postmortem-button.js';
import { SLACK_FRESHNESS_MS, verifySlackRequest } from '../interact/verify.js';
import { RequestRefusedError, type SlackRoutes } from './route.js';

export type { BodyReader, SlackRoutes } from './route.js';
import { RecentEvents } from './replay.js';

export const SLACK_INTERACTIONS_PATH = '/slack/interactions';
export const SLACK_COMMANDS_PATH = '/slack/commands';
/** Interactions being worked on at once; each is a handful of API calls. */
export const DEFAULT_MAX_SLACK_JOBS = 32;
/** Request keys remembered to act once (~150 bytes each). */
export const DEFAULT_MAX_REMEMBERED_SLACK_REQUESTS = 10_000;

/** What the Slack work needs apart from the clock and the postmortem requests (which the routes supply). */
export type SlackInteractDeps = Omit<InteractDeps, 'clock' | 'postmortem'>;

export interface SlackRoutesOptions {
  /** The Slack app's signing secret(s); several during a rotation. */
  signingSecrets: readonly string[];
  /**
   * The clients and settings the work uses; a function is called once per request, so a long-running relay gets
   * fresh clients for each one (no rate-limit budget spent days ago, no Slack user look-up cached since startup).
   */
  interact: SlackInteractDeps | (() => SlackInteractDeps);
  oncall: OncallCommandConfig;
  /** How the Draft postmortem button asks for a draft; absent, the button says how to run it by hand. */
  requestPostmortem?: RequestPostmortem;
  clock: Clock;
  maxJobs?: number;
  maxRememberedRequests?: number;
}

/** Creates the routes. Refuses to start without a signing secret: unsigned, anyone could press buttons. */
export function createSlackRoutes(options: SlackRoutesOptions): SlackRoutes {
  if (options.signingSecrets.length === 0) {
    throw new Error('createSlackRoutes: at least one Slack signing secret is required.');
  }
  const maxJobs = options.maxJobs ?? DEFAULT_MAX_SLACK_JOBS;
  const seen = new RecentEvents(options.maxRememberedRequests ?? DEFAULT_MAX_REMEMBERED_SLACK_REQUESTS);
  const running = new Set<Promise<void>>();
  const request = options.requestPostmortem;
  const postmortem = request && {
    request,
    claim(incidentId: string) {
      const key = `postmortem:${incidentId}`;
      const now = options.clock.now().getTime();
      if (seen.has(key, now)) return false;
      seen.remember(key, now + 2 * SLACK_FRESHNESS_MS, now);
      return true;
    },
    release: (incidentId: string) => seen.forget(`postmortem:${incidentId}`),
  };
  const depsFor = (): InteractDeps => {
    const base: SlackInteractDeps =
      typeof options.interact === 'function' ? options.interact() : options.interact;
    return { ...base, clock: options.clock, ...(postmortem ? { postmortem } : {}) };
  };
  const log = depsFor().log;

  const start = (job: () => Promise<void>) => {
    const promise = job()
      .catch((error: unknown) => log.error(`slack: a job failed unexpectedly: ${describeError(error)}`))
      .finally(() => running.delete(promise));
    running.add(promise);
  };

  return {
    handles: (path) => path === SLACK_INTERACTIONS_PATH || path === SLACK_COMMANDS_PATH,
    get jobs() {
      return running.size;
    },
    async settled() {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
    async handle(request, path, readBody) {
      if (request.method !== 'POST') {
        return [json(405, { error: 'use POST' }, { allow: 'POST' }), { outcome: 'method-not-allowed' }];
      }
      let raw: Uint8Array;
      try {
        const read = await readBody();
        if (read === 'too-large') return [json(413, { error: 'body too large' }), { outcome: 'too-large' }];
        if (read === 'deadline')
          return [json(503, { error: 'request body too slow' }), { outcome: 'body-timeout' }];
        raw = read;
      } catch (error) {
        if (!(error instanceof RequestRefusedError)) throw error;
        return [
          json(error.status, { error: error.reason }),
          { outcome: 'body-refused', detail: error.reason },
        ];
      }
      if (path === SLACK_COMMANDS_PATH && isSslCheck(raw)) {
        // Slack's certificate check of a command URL; it carries nothing to act on, so it needs no signature.
        return [new Response(null, { status: 200 }), { outcome: 'slack-ssl-check' }];
      }
      const now = options.clock.now().getTime();
      const check = verifySlackRequest(
        raw,
        {
          timestamp: request.headers.get('x-slack-request-timestamp'),
          signature: request.headers.get('x-slack-signature'),
        },
        options.signingSecrets,
        now,
      );
      if (check !== 'valid') {
        return [json(401, { error: 'invalid signature' }), { outcome: `slack-signature-${check}` }];
      }
      const body = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('utf8');
      let interaction: Interaction;
      try {
        interaction = path === SLACK_COMMANDS_PATH ? parseSlashCommand(body) : parseInteraction(body);
      } catch (error) {
        if (!(error instanceof InvalidInteractionError)) throw error;
        return [json(400, { error: error.message }), { outcome: 'slack-bad-payload', detail: error.message }];
      }
      if (interaction.kind === 'ignored') {
        return [
          new Response(null, { status: 200 }),
          { outcome: 'slack-ignored', detail: interaction.reason },
        ];
      }
      const retry = request.headers.get('x-slack-retry-num');
      const detail = `${describe(interaction)}${retry ? ` retry=${JSON.stringify(retry.slice(0, 8))}` : ''}`;
      if (seen.has(interaction.dedupeKey, now)) {
        return [new Response(null, { status: 200 }), { outcome: 'slack-duplicate', detail }];
      }
      if (interaction.kind === 'command' && isHelp(interaction)) {
        seen.remember(interaction.dedupeKey, now + 2 * SLACK_FRESHNESS_MS, now);
        const text = helpText(interaction, options.oncall.language);
        return [json(200, { response_type: 'ephemeral', text }), { outcome: 'slack-answered', detail }];
      }
      if (running.size >= maxJobs) {
        return [
          json(503, { error: 'too many Slack requests in progress; retry' }),
          { outcome: 'slack-busy', detail: `${running.size} jobs in progress` },
        ];
      }
      seen.remember(interaction.dedupeKey, now + 2 * SLACK_FRESHNESS_MS, now);
      switch (interaction.kind) {
        case 'button':
          start(() => runButton(interaction, depsFor()));
          break;
        case 'note':
          start(() => runNote(interaction, depsFor()));
          break;
        case 'command':
          start(() => runOncallCommand(interaction, options.oncall, depsFor()));
          break;
      }
      return [new Response(null, { status: 200 }), { outcome: 'slack-accepted', detail }];
    },
  };
}

function isSslCheck(raw: Uint8Array): boolean {
  if (raw.byteLength > 200) return false;
  const form = new URLSearchParams(Buffer.from(raw).toString('utf8'));
  return form.get('ssl_check') === '1' && !form.has('command');
}

function isHelp(command: SlashCommand): boolean {
  const query = parseOncallText(command.text);
  return query === undefined || query === 'help';
}

/** For the log line: what kind of request, never its free text. */
function describe(interaction: Exclude<Interaction, { kind: 'ignored' }>): string {
  switch (interaction.kind) {
    case 'button':
      return `button=${interaction.action} incident=${JSON.stringify(interaction.incidentId)} user=${JSON.stringify(interaction.userId)}`;
    case 'note':
      return `note incident=${JSON.stringify(interaction.incidentId)} user=${JSON.stringify(interaction.userId)}`;
    case 'command':
      return `command=${JSON.stringify(interaction.command)} user=${JSON.stringify(interaction.userId)}`;
  }
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}
