/**
 * PagerDuty user → Slack user. By email through `users.lookupByEmail` (cached per run, misses included), or through
 * an optional mapping file for people whose PagerDuty email differs from their Slack one. A person who cannot be
 * found is shown by name with a warning (an annotation in Actions) — an unmapped person never stops the post.
 */
import { AuthError, ConfigError, describeError } from '../errors.js';
import type { Logger } from '../log.js';
import { escapeMrkdwn, mention } from './mrkdwn.js';
import type { SlackApi } from './types.js';

/**
 * The person as the message shows them: a live mention, or their name. `lookupFailed` marks a name shown because
 * Slack could not be asked (an outage, a refused scope), as opposed to a person Slack does not know: such a person
 * may well have an account, so nothing that person holds (a user-group seat) may be taken away on that basis.
 */
export type SlackPerson =
  { kind: 'user'; userId: string; name: string } | { kind: 'name'; name: string; lookupFailed?: true };

/** How many times the directory asks the adapter (which retries on its own) before it gives up on a person. */
export const LOOKUP_ROUNDS = 2;

/** The person in mrkdwn: a live mention for a looked-up user, otherwise the escaped name. */
export function formatPerson(person: SlackPerson): string {
  return person.kind === 'user' ? mention(person.userId) : escapeMrkdwn(person.name);
}

/** What the directory needs to know about a PagerDuty user (`PdUser` fits). */
export interface DirectoryPerson {
  id: string;
  name: string;
  email?: string;
}

/** Mapping-file target: a Slack user ID to use as is, or a Slack email to look up. */
export type MappingTarget = { kind: 'user-id'; userId: string } | { kind: 'email'; email: string };

/** Parsed mapping file: keys are lower-cased PagerDuty emails or PagerDuty user IDs as written. */
export interface UserMapping {
  file: string;
  entries: ReadonlyMap<string, MappingTarget>;
}

/** Resolves PagerDuty users to Slack users for one run. */
export class UserDirectory {
  private readonly resolved = new Map<string, Promise<SlackPerson>>();
  private scopeWarned = false;

  constructor(
    private readonly deps: {
      slack: Pick<SlackApi, 'lookupUserIdByEmail'>;
      log: Logger;
      mapping?: UserMapping;
    },
  ) {}

  /** The Slack person for a PagerDuty user; never rejects except when Slack refuses the token. */
  resolve(person: DirectoryPerson): Promise<SlackPerson> {
    const cached = this.resolved.get(person.id);
    if (cached) return cached;
    const pending = this.find(person);
    this.resolved.set(person.id, pending);
    return pending;
  }

  resolveAll(people: readonly DirectoryPerson[]): Promise<SlackPerson[]> {
    return Promise.all(people.map((p) => this.resolve(p)));
  }

  private async find(person: DirectoryPerson): Promise<SlackPerson> {
    const mapping = this.deps.mapping;
    const mapped =
      mapping?.entries.get(person.id) ??
      (person.email ? mapping?.entries.get(person.email.toLowerCase()) : undefined);
    if (mapped?.kind === 'user-id') return { kind: 'user', userId: mapped.userId, name: person.name };
    const email = mapped?.kind === 'email' ? mapped.email : person.email;
    if (!email) {
      return this.unmapped(person, `PagerDuty has no email for ${person.name} (${person.id})`);
    }
    let userId: string | undefined;
    for (let round = 1; ; round++) {
      try {
        userId = await this.deps.slack.lookupUserIdByEmail(email);
        break;
      } catch (error) {
        if (error instanceof AuthError) throw error;
        // A configuration problem (missing scope) is the same for everyone: one warning, no retry.
        if (error instanceof ConfigError) {
          if (!this.scopeWarned) {
            this.scopeWarned = true;
            this.deps.log.warning(
              `Slack user lookup failed (${describeError(error)}); on-call people are shown by name instead of mentioned`,
              { title: 'Slack user lookup failed' },
            );
          }
          return { kind: 'name', name: person.name, lookupFailed: true };
        }
        if (round < LOOKUP_ROUNDS) continue;
        this.deps.log.warning(
          `Could not look up ${person.name} (${person.id}) in Slack after ${round} tries ` +
            `(${describeError(error)}); shown by name without a mention`,
          { title: 'Slack user lookup failed' },
        );
        return { kind: 'name', name: person.name, lookupFailed: true };
      }
    }
    if (userId) return { kind: 'user', userId, name: person.name };
    return this.unmapped(
      person,
      mapped
        ? `${mapping?.file} maps ${person.name} (${person.id}) to ${email}, but no Slack account has that email`
        : `no Slack account has ${person.name}'s PagerDuty email ${email}`,
    );
  }

  private unmapped(person: DirectoryPerson, why: string): SlackPerson {
    const key = person.email ?? person.id;
    this.deps.log.warning(
      `${why}; showing the name without a mention. Fix: add "${key}": "<their Slack email or user ID>" to the ` +
        `Slack user mapping file${this.deps.mapping ? ` (${this.deps.mapping.file})` : ''}`,
      { title: 'On-call person not found in Slack' },
    );
    return { kind: 'name', name: person.name };
  }
}
