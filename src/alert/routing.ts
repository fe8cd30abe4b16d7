/**
 * Which Slack channel an incident goes to. Pure.
 *
 * The first that applies: the best matching runbook's `slack_channel`, a route for the incident's PagerDuty service,
 * a route for one of its teams, else the workflow's channel. Every event of an incident derives its channel from the
 * same data (the incident and the runbooks), so its replies land in the thread its message started.
 */
import { ConfigError } from '../errors.js';
import type { AlertLanguage } from './strings.js';

/** Routes from the `routes` setting: PagerDuty service or team (ID or name, lower case) → Slack channel ID. */
export interface AlertRoutes {
  services: ReadonlyMap<string, string>;
  teams: ReadonlyMap<string, string>;
  /** The language of a routed channel's messages, when its entry names one (`=C0123ABCD/ja`). */
  languages?: ReadonlyMap<string, AlertLanguage>;
}

/** What the route is decided from. */
export interface RouteFacts {
  runbook?: { id: string; slackChannel?: string };
  service?: { id?: string; name?: string };
  teams?: readonly { id: string; name?: string }[];
}

export interface Route {
  channel: string;
  /** The channel's language from its route entry, if it names one. */
  language?: AlertLanguage;
  /** Why this channel, for the log and the preview: "runbook disk-full", "service Checkout API", "default". */
  reason: string;
}

const CHANNEL_ID = /^[CG][A-Z0-9]{2,}$/;

/** The channel for an incident; `fallback` is the workflow's channel. */
export function routeIncident(facts: RouteFacts, routes: AlertRoutes | undefined, fallback: string): Route {
  const route = chooseRoute(facts, routes, fallback);
  const language = routes?.languages?.get(route.channel);
  return language ? { ...route, language } : route;
}

function chooseRoute(facts: RouteFacts, routes: AlertRoutes | undefined, fallback: string): Route {
  const channel = facts.runbook?.slackChannel;
  if (channel) return { channel, reason: `runbook ${facts.runbook!.id}` };
  if (routes) {
    const service = facts.service;
    for (const key of [service?.id, service?.name]) {
      const routed = key ? lookUp(routes.services, key) : undefined;
      if (routed) return { channel: routed, reason: `service ${service?.name ?? service?.id}` };
    }
    for (const team of facts.teams ?? []) {
      for (const key of [team.id, team.name]) {
        const routed = key ? lookUp(routes.teams, key) : undefined;
        if (routed) return { channel: routed, reason: `team ${team.name ?? team.id}` };
      }
    }
  }
  return { channel: fallback, reason: 'default' };
}

/** Every channel a route could name, the fallback first: where a message is looked for when the route moved. */
export function routeChannels(
  routes: AlertRoutes | undefined,
  runbookChannels: readonly string[],
  fallback: string,
): string[] {
  const all = [
    fallback,
    ...(routes ? [...routes.services.values(), ...routes.teams.values()] : []),
    ...runbookChannels,
  ];
  return [...new Set(all)];
}

/**
 * Reads `service:<id or name>=<channel>` and `team:<id or name>=<channel>` entries, separated by commas or new lines;
 * `<channel>/ja` (or `/en`) also sets the language of that channel's messages. Names compare without case. Every
 * wrong entry is reported at once.
 */
export function parseRoutes(text: string, where: string): AlertRoutes {
  const services = new Map<string, string>();
  const teams = new Map<string, string>();
  const languages = new Map<string, AlertLanguage>();
  const problems: string[] = [];
  const entries = text
    .split(/[,\n]/)
    .map((e) => e.trim())
    .filter((e) => e !== '');
  for (const entry of entries) {
    const m = /^(service|team):(.+)=([^=]+)$/.exec(entry);
    if (!m) {
      problems.push(
        `${JSON.stringify(entry)} is not "service:<id or name>=<channel ID>" or "team:<id or name>=<channel ID>"`,
      );
      continue;
    }
    const [, kind, key, target] = m as unknown as [string, 'service' | 'team', string, string];
    const [channel = '', language, ...extra] = target.trim().split('/');
    if (!CHANNEL_ID.test(channel) || extra.length > 0) {
      problems.push(
        `${JSON.stringify(entry)}: ${JSON.stringify(target.trim())} is not a Slack channel ID (C0123ABCD)`,
      );
      continue;
    }
    if (language !== undefined && language !== 'en' && language !== 'ja') {
      problems.push(
        `${JSON.stringify(entry)}: the language after "/" is en or ja, found ${JSON.stringify(language)}`,
      );
      continue;
    }
    (kind === 'service' ? services : teams).set(key.trim().toLowerCase(), channel);
    if (language) languages.set(channel, language);
  }
  if (problems.length > 0) {
    throw new ConfigError(
      `Invalid ${where}: ${problems.join('; ')}. Channel names change; use the channel ID (channel details → About).`,
    );
  }
  return { services, teams, ...(languages.size > 0 ? { languages } : {}) };
}

function lookUp(map: ReadonlyMap<string, string>, key: string): string | undefined {
  return map.get(key.toLowerCase());
}
