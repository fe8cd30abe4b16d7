/**
 * PagerDuty user → Slack user. By email through `users.lookupByEmail` (cached per run, misses included), or through
 * an optional mapping file for people whose PagerDuty email differs from their Slack one. A person who cannot be
 * found is shown by name with a warning (an annotation in Actions) — an unmapped person never stops the post.
 */
import { readFile } from 'node:fs/promises';
import { load } from 'js-yaml';
import { AuthError, ConfigError, describeError } from '../errors.js';
import type { Logger } from '../log.js';
import { escapeMrkdwn, isSlackUserId, mention } from './mrkdwn.js';
import type { SlackApi } from './types.js';

/** The person as the message shows them: a live mention, or their name. */
export type SlackPerson = { kind: 'user'; userId: string; name: string } | { kind: 'name'; name: string };

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

const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;
/** PagerDuty object IDs: `P` followed by upper-case letters and digits (e.g. PXPGF42). */
const PD_ID = /^P[A-Z0-9]{5,}$/;

/**
 * Parses a mapping file (YAML or JSON, one flat object): `{ "pd-email-or-pd-user-id": "slack email or U-id" }`.
 * Throws a ConfigError naming the file, the key and what was expected.
 */
export function parseUserMapping(text: string, file: string): UserMapping {
  // A file with nothing but comments is a valid, empty mapping (js-yaml refuses an empty document).
  if (text.replace(/^\s*#.*$/gm, '').trim() === '') return { file, entries: new Map() };
  let data: unknown;
  try {
    data = file.toLowerCase().endsWith('.json') ? JSON.parse(text) : load(text);
  } catch (error) {
    throw new ConfigError(
      `${file}: not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${describeError(error)}`,
      {
        cause: error,
      },
    );
  }
  if (data === undefined || data === null) return { file, entries: new Map() };
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new ConfigError(
      `${file}: expected a mapping of PagerDuty email or user ID to Slack email or user ID, e.g. ` +
        `"alice@corp.example": "alice@chat.example", found ${Array.isArray(data) ? 'a list' : typeof data}`,
    );
  }
  const entries = new Map<string, MappingTarget>();
  const problems: string[] = [];
  for (const [rawKey, rawValue] of Object.entries(data)) {
    const key = rawKey.trim();
    if (!EMAIL.test(key) && !PD_ID.test(key)) {
      problems.push(`key ${JSON.stringify(rawKey)} should be a PagerDuty user's email or ID (e.g. PXPGF42)`);
      continue;
    }
    if (typeof rawValue !== 'string') {
      problems.push(
        `${JSON.stringify(rawKey)} should map to a string, found ${rawValue === null ? 'null' : typeof rawValue}`,
      );
      continue;
    }
    const value = rawValue.trim();
    let target: MappingTarget;
    if (isSlackUserId(value)) target = { kind: 'user-id', userId: value };
    else if (EMAIL.test(value)) target = { kind: 'email', email: value.toLowerCase() };
    else {
      problems.push(
        `${JSON.stringify(rawKey)} should map to a Slack email or user ID (e.g. U012AB3CD), found ${JSON.stringify(rawValue)}`,
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
  if (problems.length > 0) throw new ConfigError(`${file}: ${problems.join('; ')}`);
  return { file, entries };
}

/** Reads and parses a mapping file; a missing file is a ConfigError naming the path. */
export async function loadUserMapping(path: string): Promise<UserMapping> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`user mapping file ${path} cannot be read: ${describeError(error)}`, {
      cause: error,
    });
  }
  return parseUserMapping(text, path);
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
    try {
      userId = await this.deps.slack.lookupUserIdByEmail(email);
    } catch (error) {
      if (error instanceof AuthError) throw error;
      if (!this.scopeWarned) {
        this.scopeWarned = true;
        this.deps.log.warning(
          `Slack user lookup failed (${describeError(error)}); on-call people are shown by name instead of mentioned`,
          { title: 'Slack user lookup failed' },
        );
      }
      return { kind: 'name', name: person.name };
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
