/**
 * Which response fields the adapters read, for the API conformance test: while a recorder is set, each adapter
 * hands its decoded responses through {@link watchResponse}, and every property read on them (at any depth) is
 * reported as a path such as `escalation_policy.escalation_rules[].targets[].type`. Without a recorder the response
 * is returned untouched, so production code pays one comparison per response.
 */
export type ResponseReadRecorder = (api: string, operation: string, path: string) => void;

let recorder: ResponseReadRecorder | undefined;

/** Starts recording; the returned function stops it. Tests only. */
export function recordResponseReads(record: ResponseReadRecorder): () => void {
  recorder = record;
  return () => {
    if (recorder === record) recorder = undefined;
  };
}

/** `value` itself, or while recording a view of it that reports each property read. */
export function watchResponse<T>(api: string, operation: string, value: T): T {
  const record = recorder;
  if (!record) return value;
  return watch(value, '', (path) => record(api, operation, path === '' ? '(root)' : path));
}

function watch<T>(value: T, path: string, report: (path: string) => void): T {
  if (value === null || typeof value !== 'object') return value;
  const isArray = Array.isArray(value);
  return new Proxy(value as object, {
    get(target, key, receiver) {
      const child = Reflect.get(target, key, receiver) as unknown;
      if (typeof key !== 'string') return child;
      // Awaiting a response asks for `then`; that is not a field.
      if (key === 'then' && !Object.prototype.hasOwnProperty.call(target, key)) return child;
      if (isArray) {
        // Indices are reported as `[]`; length and array methods are not fields.
        if (!/^\d+$/.test(key)) return child;
        return watch(child, `${path}[]`, report);
      }
      if (typeof child === 'function' && !Object.prototype.hasOwnProperty.call(target, key)) return child;
      const childPath = path === '' ? key : `${path}.${key}`;
      report(childPath);
      return watch(child, childPath, report);
    },
    ownKeys(target) {
      // Iterating an object's entries reads every key: reported as `path.*`.
      report(path === '' ? '*' : `${path}.*`);
      return Reflect.ownKeys(target);
    },
  }) as T;
}

/** One response field an adapter reads, as declared next to the adapter and checked by the conformance test. */
export interface ResponseField {
  /** `GET /incidents/{id}` (PagerDuty, GitHub) or the Web API method (Slack). */
  operation: string;
  /** `incident.assignments[].assignee.id`; a trailing `.*` covers every key below (read by iterating). */
  path: string;
  type: 'string' | 'date-time' | 'integer' | 'number' | 'boolean' | 'object' | 'array' | 'any';
  /** For a value read as one of a fixed set: the set the adapter accepts (must cover the described enum). */
  values?: readonly string[];
  /** Where the description has this field when the response embeds an object described elsewhere. */
  describedAs?: { operation: string; path: string };
  /** Why the field cannot be checked against the extract (e.g. the published description predates it). */
  notInDescription?: string;
}
