// Rebuilds __tests__/fixtures/api/descriptions.json, the small extract of PagerDuty's, Slack's and GitHub's
// published API descriptions that __tests__/api-conformance.test.ts checks the adapters against.
//
//   node scripts/api-description-extract.mjs <dir with pagerduty-examples.json, pagerduty-timelines.json,
//                                             slack-examples.json, github-actions-api.json>
//
//   npx prettier --write __tests__/fixtures/api/descriptions.json
//
// Each operation's 200 response schema is flattened to `path → types` (`a.b`, `list[]`, `map.*`); only the
// operations the adapters call are kept. The tests never read the source files.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/api-description-extract.mjs <corpus dir>');
  process.exit(2);
}
const read = (name) => JSON.parse(readFileSync(path.join(dir, name), 'utf8'));
const OUT = '__tests__/fixtures/api/descriptions.json';
const MAX_DEPTH = 10;

const OPERATIONS = {
  pagerduty: {
    'pagerduty-examples.json': [
      'GET /oncalls',
      'GET /schedules/{id}',
      'GET /escalation_policies/{id}',
      'GET /incidents/{id}',
      'GET /incidents/{id}/alerts',
      'GET /users/{id}',
      'GET /users',
    ],
    'pagerduty-timelines.json': [
      'PUT /incidents/{id}',
      'POST /analytics/raw/incidents',
      'POST /incidents/{id}/notes',
      'GET /incidents/{id}/notes',
      'GET /incidents/{id}/log_entries',
    ],
  },
  slack: {
    'slack-examples.json': [
      'chat.postMessage',
      'chat.update',
      'conversations.history',
      'conversations.replies',
      'users.lookupByEmail',
      'usergroups.users.update',
      'usergroups.users.list',
      'users.info',
    ],
  },
  github: {
    'github-actions-api.json': [
      'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches',
      'GET /repos/{owner}/{repo}/contents/{path}',
      'PUT /repos/{owner}/{repo}/contents/{path}',
      'GET /repos/{owner}/{repo}/git/blobs/{file_sha}',
      'POST /repos/{owner}/{repo}/pulls',
    ],
  },
};

// The extract of PUT /incidents/{id} does not repeat the Incident schema; it says where it is.
const SAME_RESPONSE = {
  'PUT /incidents/{id}': {
    operation: 'GET /incidents/{id}',
    note: 'Response {incident: Incident}: the same schema as GET /incidents/{id} (x-ref #/components/schemas/Incident).',
  },
};

/** Paths deeper than the adapters read are left out to keep the extract small. */
const MAX_SEGMENTS = 5;
function pruned(fields) {
  return Object.fromEntries(
    Object.entries(fields).filter(([key]) => key.split(/\.|\[\]/).filter(Boolean).length <= MAX_SEGMENTS),
  );
}

function definitionsOf(file) {
  const defs = {};
  for (const [name, schema] of Object.entries(file._definitions ?? {})) {
    defs[name] = schema;
    // "Reference (and every *Reference schema: …)" stands for every reference schema.
    if (name.startsWith('Reference')) defs.Reference = schema;
  }
  return defs;
}

function resolve(ref, defs) {
  const name = ref.split('/').pop();
  if (defs[name]) return defs[name];
  if (/Reference$/.test(name) && defs.Reference) return defs.Reference;
  return undefined;
}

function flatten(schema, defs, prefix = '', out = {}, depth = 0) {
  if (!schema || typeof schema !== 'object' || depth > MAX_DEPTH) return out;
  if (schema.$ref) {
    const target = resolve(schema.$ref, defs);
    if (target) flatten(target, defs, prefix, out, depth + 1);
    else note(out, prefix, { unresolved: schema.$ref });
    return out;
  }
  for (const key of ['allOf', 'oneOf', 'anyOf']) {
    for (const part of schema[key] ?? []) flatten(part, defs, prefix, out, depth + 1);
  }
  if (schema.type) note(out, prefix, { types: [].concat(schema.type) });
  if (schema.nullable) note(out, prefix, { types: ['null'] });
  if (schema.enum) note(out, prefix, { enum: schema.enum });
  for (const [key, value] of Object.entries(schema.properties ?? {})) {
    flatten(value, defs, prefix ? `${prefix}.${key}` : key, out, depth + 1);
  }
  if (Array.isArray(schema.items)) {
    // Slack's description lists alternatives as a tuple: each is a possible shape of this same value.
    for (const part of schema.items)
      flatten(part, defs, schema.type === 'array' ? `${prefix}[]` : prefix, out, depth + 1);
  } else if (schema.items) {
    flatten(schema.items, defs, `${prefix}[]`, out, depth + 1);
  }
  if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
    flatten(schema.additionalProperties, defs, prefix ? `${prefix}.*` : '*', out, depth + 1);
  }
  return out;
}

function note(out, prefix, { types, enum: values, unresolved }) {
  const key = prefix === '' ? '(root)' : prefix;
  const entry = (out[key] ??= { types: [] });
  for (const t of types ?? []) if (!entry.types.includes(t)) entry.types.push(t);
  if (values) entry.enum = [...new Set([...(entry.enum ?? []), ...values])];
  if (unresolved) entry.unresolved = unresolved;
}

function responseSchema(operation) {
  if (operation.response_200) return operation.response_200.schema;
  const ok = operation.responses?.['200'] ?? operation.responses?.['201'] ?? operation.responses?.['204'];
  if (ok?.content) return Object.values(ok.content)[0]?.schema;
  return ok?.schema;
}

const extract = {
  _sources: {},
  _note: 'Generated by scripts/api-description-extract.mjs; do not edit by hand.',
};
for (const [api, files] of Object.entries(OPERATIONS)) {
  extract[api] = {};
  for (const [fileName, operations] of Object.entries(files)) {
    const file = read(fileName);
    const { repo, path: sourcePath, commit, spec, npm, upstream } = file._source;
    extract._sources[fileName] = { repo, path: sourcePath, commit, spec, npm, upstream };
    const defs = definitionsOf(file);
    const table = file.endpoints ?? file.methods;
    for (const name of operations) {
      const operation = table[name];
      if (!operation) throw new Error(`${fileName}: no ${name}`);
      const responses = operation.responses ?? {};
      const statuses = operation.response_200 ? ['200'] : Object.keys(responses).filter((s) => /^2/.test(s));
      const sameAs = SAME_RESPONSE[name];
      extract[api][name] = sameAs
        ? { statuses, sameAs: sameAs.operation, note: sameAs.note }
        : { statuses, fields: pruned(flatten(responseSchema(operation), defs)) };
    }
  }
}
writeFileSync(OUT, `${JSON.stringify(extract, null, 1)}\n`);
console.log(`wrote ${OUT}`);
