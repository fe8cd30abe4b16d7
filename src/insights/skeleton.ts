/**
 * A ready-to-edit runbook for alerts no runbook matches: id, title, the alert name as keyword and real titles as
 * `tests.match`. It lacks only a link to its document (`doc:` or `url:`), which `oncall validate` asks for.
 */

const MAX_ID_LENGTH = 64;

/** A kebab-case runbook id from an alert name: `KubePodCrashLooping` → `kube-pod-crash-looping`. */
export function skeletonId(alertName: string): string {
  const id = alertName
    .normalize('NFKD')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_ID_LENGTH)
    .replace(/-+$/, '');
  return id === '' ? 'unmatched-alert' : id;
}

/** YAML double-quoted scalar; JSON's escapes are valid YAML, and nothing in the text can end the string. */
function quoted(text: string): string {
  return JSON.stringify(text);
}

/** The skeleton's YAML text, to be saved as `runbooks/<id>.yml`. */
export function runbookSkeleton(id: string, alertName: string, titles: readonly string[]): string {
  return [
    '# yaml-language-server: $schema=./schema/runbook-v1.schema.json',
    `id: ${id}`,
    `title: ${quoted(alertName)}`,
    `# Link the document responders read: doc: ${id}.md (a file next to this one) or url: https://…`,
    'match:',
    '  any:',
    `    - ${quoted(alertName)}`,
    'tests:',
    '  match:',
    ...titles.map((t) => `    - ${quoted(t)}`),
    '',
  ].join('\n');
}
