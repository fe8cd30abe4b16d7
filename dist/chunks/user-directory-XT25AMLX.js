import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  load
} from "./chunk-7X6CB4DH.js";
import {
  escapeMrkdwn,
  isSlackUserId,
  mention
} from "./chunk-XJORQSG3.js";
import {
  AuthError,
  ConfigError,
  describeError
} from "./chunk-GQNV3XG6.js";
import "./chunk-RX3WBYGZ.js";

// src/slack/user-directory.ts
import { readFile } from "node:fs/promises";
function formatPerson(person) {
  return person.kind === "user" ? mention(person.userId) : escapeMrkdwn(person.name);
}
var EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;
var PD_ID = /^P[A-Z0-9]{5,}$/;
function parseUserMapping(text, file) {
  if (text.replace(/^\s*#.*$/gm, "").trim() === "") return { file, entries: /* @__PURE__ */ new Map() };
  let data;
  try {
    data = file.toLowerCase().endsWith(".json") ? JSON.parse(text) : load(text);
  } catch (error) {
    throw new ConfigError(
      `${file}: not valid ${file.endsWith(".json") ? "JSON" : "YAML"}: ${describeError(error)}`,
      {
        cause: error
      }
    );
  }
  if (data === void 0 || data === null) return { file, entries: /* @__PURE__ */ new Map() };
  if (typeof data !== "object" || Array.isArray(data)) {
    throw new ConfigError(
      `${file}: expected a mapping of PagerDuty email or user ID to Slack email or user ID, e.g. "alice@corp.example": "alice@chat.example", found ${Array.isArray(data) ? "a list" : typeof data}`
    );
  }
  const entries = /* @__PURE__ */ new Map();
  const problems = [];
  for (const [rawKey, rawValue] of Object.entries(data)) {
    const key = rawKey.trim();
    if (!EMAIL.test(key) && !PD_ID.test(key)) {
      problems.push(`key ${JSON.stringify(rawKey)} should be a PagerDuty user's email or ID (e.g. PXPGF42)`);
      continue;
    }
    if (typeof rawValue !== "string") {
      problems.push(
        `${JSON.stringify(rawKey)} should map to a string, found ${rawValue === null ? "null" : typeof rawValue}`
      );
      continue;
    }
    const value = rawValue.trim();
    let target;
    if (isSlackUserId(value)) target = { kind: "user-id", userId: value };
    else if (EMAIL.test(value)) target = { kind: "email", email: value.toLowerCase() };
    else {
      problems.push(
        `${JSON.stringify(rawKey)} should map to a Slack email or user ID (e.g. U012AB3CD), found ${JSON.stringify(rawValue)}`
      );
      continue;
    }
    const normalised = EMAIL.test(key) ? key.toLowerCase() : key;
    if (entries.has(normalised)) {
      problems.push(`${JSON.stringify(rawKey)} appears twice (emails are compared without case)`);
      continue;
    }
    entries.set(normalised, target);
  }
  if (problems.length > 0) throw new ConfigError(`${file}: ${problems.join("; ")}`);
  return { file, entries };
}
async function loadUserMapping(path) {
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new ConfigError(`user mapping file ${path} cannot be read: ${describeError(error)}`, {
      cause: error
    });
  }
  return parseUserMapping(text, path);
}
var UserDirectory = class {
  constructor(deps) {
    this.deps = deps;
  }
  deps;
  resolved = /* @__PURE__ */ new Map();
  scopeWarned = false;
  /** The Slack person for a PagerDuty user; never rejects except when Slack refuses the token. */
  resolve(person) {
    const cached = this.resolved.get(person.id);
    if (cached) return cached;
    const pending = this.find(person);
    this.resolved.set(person.id, pending);
    return pending;
  }
  resolveAll(people) {
    return Promise.all(people.map((p) => this.resolve(p)));
  }
  async find(person) {
    const mapping = this.deps.mapping;
    const mapped = mapping?.entries.get(person.id) ?? (person.email ? mapping?.entries.get(person.email.toLowerCase()) : void 0);
    if (mapped?.kind === "user-id") return { kind: "user", userId: mapped.userId, name: person.name };
    const email = mapped?.kind === "email" ? mapped.email : person.email;
    if (!email) {
      return this.unmapped(person, `PagerDuty has no email for ${person.name} (${person.id})`);
    }
    let userId;
    try {
      userId = await this.deps.slack.lookupUserIdByEmail(email);
    } catch (error) {
      if (error instanceof AuthError) throw error;
      if (!this.scopeWarned) {
        this.scopeWarned = true;
        this.deps.log.warning(
          `Slack user lookup failed (${describeError(error)}); on-call people are shown by name instead of mentioned`,
          { title: "Slack user lookup failed" }
        );
      }
      return { kind: "name", name: person.name };
    }
    if (userId) return { kind: "user", userId, name: person.name };
    return this.unmapped(
      person,
      mapped ? `${mapping?.file} maps ${person.name} (${person.id}) to ${email}, but no Slack account has that email` : `no Slack account has ${person.name}'s PagerDuty email ${email}`
    );
  }
  unmapped(person, why) {
    const key = person.email ?? person.id;
    this.deps.log.warning(
      `${why}; showing the name without a mention. Fix: add "${key}": "<their Slack email or user ID>" to the Slack user mapping file${this.deps.mapping ? ` (${this.deps.mapping.file})` : ""}`,
      { title: "On-call person not found in Slack" }
    );
    return { kind: "name", name: person.name };
  }
};
export {
  UserDirectory,
  formatPerson,
  loadUserMapping,
  parseUserMapping
};
