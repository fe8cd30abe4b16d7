import {
  ConfigError
} from "./chunk-BYBTV2RS.js";

// src/alert/routing.ts
var CHANNEL_ID = /^[CG][A-Z0-9]{2,}$/;
function routeIncident(facts, routes, fallback) {
  const route = chooseRoute(facts, routes, fallback);
  const language = routes?.languages?.get(route.channel);
  return language ? { ...route, language } : route;
}
function chooseRoute(facts, routes, fallback) {
  const channel = facts.runbook?.slackChannel;
  if (channel) return { channel, reason: `runbook ${facts.runbook.id}` };
  if (routes) {
    const service = facts.service;
    for (const key of [service?.id, service?.name]) {
      const routed = key ? lookUp(routes.services, key) : void 0;
      if (routed) return { channel: routed, reason: `service ${service?.name ?? service?.id}` };
    }
    for (const team of facts.teams ?? []) {
      for (const key of [team.id, team.name]) {
        const routed = key ? lookUp(routes.teams, key) : void 0;
        if (routed) return { channel: routed, reason: `team ${team.name ?? team.id}` };
      }
    }
  }
  return { channel: fallback, reason: "default" };
}
function routeChannels(routes, runbookChannels, fallback) {
  const all = [
    fallback,
    ...routes ? [...routes.services.values(), ...routes.teams.values()] : [],
    ...runbookChannels
  ];
  return [...new Set(all)];
}
function parseRoutes(text, where) {
  const services = /* @__PURE__ */ new Map();
  const teams = /* @__PURE__ */ new Map();
  const languages = /* @__PURE__ */ new Map();
  const problems = [];
  const entries = text.split(/[,\n]/).map((e) => e.trim()).filter((e) => e !== "");
  for (const entry of entries) {
    const m = /^(service|team):(.+)=([^=]+)$/.exec(entry);
    if (!m) {
      problems.push(
        `${JSON.stringify(entry)} is not "service:<id or name>=<channel ID>" or "team:<id or name>=<channel ID>"`
      );
      continue;
    }
    const [, kind, key, target] = m;
    const [channel = "", language, ...extra] = target.trim().split("/");
    if (!CHANNEL_ID.test(channel) || extra.length > 0) {
      problems.push(
        `${JSON.stringify(entry)}: ${JSON.stringify(target.trim())} is not a Slack channel ID (C0123ABCD)`
      );
      continue;
    }
    if (language !== void 0 && language !== "en" && language !== "ja") {
      problems.push(
        `${JSON.stringify(entry)}: the language after "/" is en or ja, found ${JSON.stringify(language)}`
      );
      continue;
    }
    (kind === "service" ? services : teams).set(key.trim().toLowerCase(), channel);
    if (language) languages.set(channel, language);
  }
  if (problems.length > 0) {
    throw new ConfigError(
      `Invalid ${where}: ${problems.join("; ")}. Channel names change; use the channel ID (channel details \u2192 About).`
    );
  }
  return { services, teams, ...languages.size > 0 ? { languages } : {} };
}
function lookUp(map, key) {
  return map.get(key.toLowerCase());
}

export {
  routeIncident,
  routeChannels,
  parseRoutes
};
