/**
 * The optional user mapping file (YAML or JSON) for people whose PagerDuty email differs from their Slack one.
 * Kept apart from the directory so that runs without a mapping file never load the YAML parser.
 */
import { readFile } from 'node:fs/promises';
import { load } from 'js-yaml';
import { ConfigError, describeError } from '../errors.js';
import { isSlackUserId } from './mrkdwn.js';
import type { MappingTarget, UserMapping } from './user-directory.js';

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
