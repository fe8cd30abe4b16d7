import {
  escapeMrkdwn,
  mention
} from "./chunk-IA4VIC32.js";
import {
  AuthError,
  ConfigError,
  describeError
} from "./chunk-BYBTV2RS.js";

// src/slack/user-directory.ts
var LOOKUP_ROUNDS = 2;
function formatPerson(person) {
  return person.kind === "user" ? mention(person.userId) : escapeMrkdwn(person.name);
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
    for (let round = 1; ; round++) {
      try {
        userId = await this.deps.slack.lookupUserIdByEmail(email);
        break;
      } catch (error) {
        if (error instanceof AuthError) throw error;
        if (error instanceof ConfigError) {
          if (!this.scopeWarned) {
            this.scopeWarned = true;
            this.deps.log.warning(
              `Slack user lookup failed (${describeError(error)}); on-call people are shown by name instead of mentioned`,
              { title: "Slack user lookup failed" }
            );
          }
          return { kind: "name", name: person.name, lookupFailed: true };
        }
        if (round < LOOKUP_ROUNDS) continue;
        this.deps.log.warning(
          `Could not look up ${person.name} (${person.id}) in Slack after ${round} tries (${describeError(error)}); shown by name without a mention`,
          { title: "Slack user lookup failed" }
        );
        return { kind: "name", name: person.name, lookupFailed: true };
      }
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
  LOOKUP_ROUNDS,
  formatPerson,
  UserDirectory
};
