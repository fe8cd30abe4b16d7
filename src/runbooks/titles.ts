/**
 * Incident titles as monitoring tools write them into PagerDuty, reduced to one comparable form so that the same
 * runbook rules match an alert whichever tool raised it. Pure: text in, parts out.
 *
 * Formats (see docs/alert.md and the fixtures in __tests__/fixtures/titles/ for sources):
 * - Alertmanager: `[FIRING:2] KubePodCrashLooping (api 10.2.1.14:8443 warning)`, `[RESOLVED] …`; with
 *   `group_by: [namespace]` the namespace comes first and the alert name opens the parentheses:
 *   `[FIRING:1] payments (KubePodCrashLooping api …)`, or `[FIRING:1]  (Watchdog …)` without a namespace.
 * - Datadog: `[Triggered on {host:db-2,env:prod}] <monitor name>`, `[Triggered] …`, `[Warn on {…}]`,
 *   `[Re-Triggered on {…}]`, `[Recovered]`, `[No Data]`, optionally behind a priority such as `[P2]`; monitor names
 *   may keep unrendered template variables (`{{host.name}}`).
 * - CloudWatch (SNS subject): `ALARM: "high-cpu" in US East (N. Virginia)`, also `OK:` and `INSUFFICIENT_DATA:`.
 * - Sentry: issue alerts use the event title (`ReferenceError: heck is not defined`); metric alerts the rule name,
 *   sometimes behind `Critical:`/`Warning:`/`Resolved:`.
 * - New Relic: the condition name, sometimes as `Policy 'X' Condition 'Y'` or behind `[New Relic]`.
 * - Grafana unified alerting: Alertmanager's form, plus `[FIRING:2, RESOLVED:1] …` when one notification carries both;
 *   the default policy groups by alert rule title and folder, so the group part reads `High CPU usage Infrastructure`.
 * - Grafana legacy alerting: `[Alerting] <rule name>`, `[OK] …`, `[Unknown] …` (`[No Data] …` reads as Datadog's).
 * - Zabbix: the action's message subject, `Problem: <event name>`, `Resolved: …`, `Resolved in 1h 4m: …`,
 *   `Updated problem in 3m: …`; through the older pdagent bridge `<trigger name> : PROBLEM for <host>`.
 *
 * `Resolved: <name>` is both Sentry's and older Zabbix's form; it reads as Sentry's, with the same name and status.
 */

export type TitleTool =
  'alertmanager' | 'grafana' | 'datadog' | 'cloudwatch' | 'sentry' | 'newrelic' | 'zabbix' | 'unknown';

/** The alert's state as the title states it; `undefined` when the title does not say. */
export type TitleStatus = 'firing' | 'warning' | 'resolved' | 'no-data' | 'retriggered';

export interface NormalisedTitle {
  /** The title as received (trimmed). */
  original: string;
  /** Without status prefixes, tag lists and leftover template placeholders, whitespace collapsed. */
  title: string;
  tool: TitleTool;
  /** The alert's own name (Alertmanager alertname, Datadog monitor name, CloudWatch alarm name, …). */
  alertName: string;
  status?: TitleStatus;
  /** Alertmanager's (and Grafana's) number of firing alerts in the group. */
  count?: number;
  /** Grafana's number of resolved alerts sent with firing ones (`[FIRING:2, RESOLVED:1]`). */
  resolvedCount?: number;
  /** Alertmanager label values, Datadog `tag:value` pairs. */
  labels: string[];
  /** Datadog priority prefix such as `P2`. */
  priority?: string;
  /** CloudWatch region as written (`US East (N. Virginia)`). */
  region?: string;
}

const ALERTMANAGER = /^\[(FIRING|RESOLVED)(?::(\d+))?(?:,\s*RESOLVED:(\d+))?\]\s?(.*)$/is;
const GRAFANA_LEGACY = /^\[(Alerting|OK|Unknown)\]\s*(.*)$/s;
/** Zabbix's default trigger subjects; the duration is `{EVENT.DURATION}`/`{EVENT.AGE}` such as `1d 2h 5m` or `5m 0s`. */
const ZABBIX = /^(Problem|(?:Resolved|Updated problem) in (?:\d+[dhms] ?)+):\s+(.+)$/s;
/** pdagent's `pd-zabbix`: `{TRIGGER.NAME} : {TRIGGER.STATUS} for {HOSTNAME}`. */
const ZABBIX_PDAGENT = /^(.+?) : (PROBLEM|OK) for (\S+)$/s;
/** A Kubernetes namespace (a DNS label): the one common group label that is not an alert name. */
const DNS_LABEL = /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?$/;
/** A title-case English word followed by a plain word: a rule title written as prose (`High CPU usage`). */
const PROSE_START = /^[A-Z][a-z]+$/;
const PLAIN_WORD = /^[A-Za-z]+$/;
const DATADOG =
  /^\[(Triggered|Re-Triggered|Retriggered|Warn|Warning|Recovered|Warn Recovered|No Data|Alert|OK)(?: on \{([^}]*)\})?\]\s*(.*)$/is;
const PRIORITY = /^\[(P[1-5])\]\s*(.*)$/is;
const CLOUDWATCH = /^(ALARM|OK|INSUFFICIENT_DATA):\s*"((?:[^"\\]|\\.)*)"(?:\s+in\s+(.+))?$/s;
const SENTRY_METRIC = /^(Critical|Warning|Resolved):\s+(.+)$/s;
const SENTRY_ISSUE = /^([A-Z][A-Za-z0-9_.]*(?:Error|Exception|Panic|Fault|Warning|Interrupt|Exit)):\s+\S/;
const NEWRELIC_POLICY = /^(?:.*?\b)?Policy:?\s+'([^']*)'[.,]?\s+Condition:?\s+'([^']*)'/is;
const NEWRELIC_PREFIX = /^\[New ?Relic\]\s*(.*)$/is;
/** Leftover Datadog/Mustache variables: `{{host.name}}`, `{{#is_alert}}`, `{{[@a.b].name}}`. */
const PLACEHOLDER = /\{\{[^{}]*\}\}/g;
/**
 * An Alertmanager alertname holds a capital letter (`KubePodCrashLooping`, `Cert-managerCertificateNotReady`);
 * Kubernetes namespaces, the usual other group label, are lowercase DNS labels.
 */
const ALERT_NAME = /^[A-Za-z_]\S*[A-Z]|^[A-Z]/;

/** Cap before any pattern runs: titles are outside input and PagerDuty allows 1,024 characters. */
const MAX_INPUT = 4096;

/** Splits a title into tool, alert name and status, and returns the cleaned title the matcher sees. */
export function normaliseTitle(raw: string): NormalisedTitle {
  const original = raw.slice(0, MAX_INPUT).trim();
  return (
    alertmanager(original) ??
    grafanaLegacy(original) ??
    datadog(original) ??
    cloudwatch(original) ??
    newRelic(original) ??
    zabbix(original) ??
    sentry(original) ??
    zabbixPdagent(original) ?? {
      original,
      title: clean(original),
      tool: 'unknown',
      alertName: clean(original),
      labels: [],
    }
  );
}

/**
 * The text the runbook matcher sees: the cleaned title, the alert name when it is not already part of it, the
 * original title when cleaning changed it (so rules written against the raw form keep working), then the alert
 * details, newline-separated.
 */
export function matcherText(title: NormalisedTitle, details: readonly string[] = []): string {
  const lines = [title.title];
  if (title.alertName && !title.title.includes(title.alertName)) lines.push(title.alertName);
  if (title.original !== title.title) lines.push(title.original);
  for (const d of details) if (d.trim() !== '') lines.push(d);
  return lines.join('\n');
}

/** An alert as the matcher sees it, with the parts it was read from (shown by `oncall match --json`). */
export interface AlertReading {
  /** The incident title, split into tool, alert name and labels. */
  title: NormalisedTitle;
  /** What the matcher is given (see {@link matcherText}); the matcher then applies `normalizeText` to it. */
  text: string;
}

/**
 * The one way every command turns an alert into matcher text — `oncall match`, the embedded `tests:` of `oncall
 * validate` and `oncall build`, `oncall preview`, the alert path and the pull-request preview. The first line of
 * `raw` is the incident title; any further lines (a pasted summary or description) count as details, ahead of
 * `details`.
 */
export function readAlert(raw: string, details: readonly string[] = []): AlertReading {
  const newline = raw.indexOf('\n');
  const titleLine = newline < 0 ? raw : raw.slice(0, newline);
  const rest = newline < 0 ? [] : raw.slice(newline + 1).split('\n');
  const title = normaliseTitle(titleLine);
  return { title, text: matcherText(title, [...rest, ...details]) };
}

function alertmanager(original: string): NormalisedTitle | undefined {
  const m = ALERTMANAGER.exec(original);
  if (!m) return undefined;
  const status: TitleStatus = m[1]!.toUpperCase() === 'FIRING' ? 'firing' : 'resolved';
  const rest = m[4] ?? '';
  // `<group values> (<common labels minus group labels>)`; the parenthesised part is the last balanced group.
  const open = rest.indexOf(' (') >= 0 ? rest.indexOf(' (') : rest.startsWith('(') ? 0 : -1;
  const group = (open >= 0 ? rest.slice(0, open) : rest).trim();
  let inner = open >= 0 ? rest.slice(open).trim() : '';
  if (inner.startsWith('(') && inner.endsWith(')')) inner = inner.slice(1, -1);
  const groupValues = words(group);
  const innerValues = words(inner);
  let alertName: string;
  let labels: string[];
  const first = groupValues[0];
  if (first !== undefined && isProse(group, groupValues)) {
    // An alert name written as a sentence (`ms-transferor: Transfer over threshold: …`, Grafana's `High CPU usage`):
    // label values carry no such text, so the whole group part is the name.
    alertName = group;
    labels = innerValues;
  } else if (first !== undefined && (ALERT_NAME.test(first) || !DNS_LABEL.test(first))) {
    // `win_disk_latency_critical` has no capital letter but is no namespace either (`_` is not allowed in one).
    alertName = first;
    labels = [...groupValues.slice(1), ...innerValues];
  } else if (innerValues[0] !== undefined && ALERT_NAME.test(innerValues[0])) {
    // group_by without alertname (kube-prometheus groups by namespace): the alertname leads the label values.
    alertName = innerValues[0];
    labels = [...groupValues, ...innerValues.slice(1)];
  } else {
    alertName = first ?? innerValues[0] ?? '';
    labels = [...groupValues.slice(1), ...(first === undefined ? innerValues.slice(1) : innerValues)];
  }
  const count = m[2] !== undefined ? Number(m[2]) : undefined;
  const resolvedCount = m[3] !== undefined ? Number(m[3]) : undefined;
  return {
    original,
    title: clean(labels.length > 0 ? `${alertName} (${labels.join(' ')})` : alertName),
    // `, RESOLVED:n` is Grafana's own addition to the Alertmanager form.
    tool: resolvedCount !== undefined ? 'grafana' : 'alertmanager',
    alertName: clean(alertName),
    status,
    ...(count !== undefined ? { count } : {}),
    ...(resolvedCount !== undefined ? { resolvedCount } : {}),
    labels,
  };
}

/** A group part that reads as a sentence rather than as label values. */
function isProse(group: string, values: readonly string[]): boolean {
  if (/:\s/.test(group)) return true;
  return (
    values.length > 2 &&
    PROSE_START.test(values[0]!) &&
    PLAIN_WORD.test(values[1]!) &&
    PLAIN_WORD.test(values[2]!)
  );
}

function grafanaLegacy(original: string): NormalisedTitle | undefined {
  const m = GRAFANA_LEGACY.exec(original);
  if (!m) return undefined;
  const name = clean(m[2]!);
  const state = m[1]!;
  return {
    original,
    title: name,
    tool: 'grafana',
    alertName: name,
    ...(state === 'Alerting'
      ? { status: 'firing' as const }
      : state === 'OK'
        ? { status: 'resolved' as const }
        : {}),
    labels: [],
  };
}

function zabbix(original: string): NormalisedTitle | undefined {
  const m = ZABBIX.exec(original);
  if (!m) return undefined;
  const name = clean(m[2]!);
  return {
    original,
    title: name,
    tool: 'zabbix',
    alertName: name,
    status: m[1]!.startsWith('Resolved') ? 'resolved' : 'firing',
    labels: [],
  };
}

function zabbixPdagent(original: string): NormalisedTitle | undefined {
  const m = ZABBIX_PDAGENT.exec(original);
  if (!m) return undefined;
  const name = clean(m[1]!);
  return {
    original,
    title: `${name} (${m[3]!})`,
    tool: 'zabbix',
    alertName: name,
    status: m[2] === 'OK' ? 'resolved' : 'firing',
    labels: [m[3]!],
  };
}

function datadog(original: string): NormalisedTitle | undefined {
  let rest = original;
  let priority: string | undefined;
  const p = PRIORITY.exec(rest);
  if (p) {
    priority = p[1]!.toUpperCase();
    rest = p[2]!;
  }
  const m = DATADOG.exec(rest);
  if (!m) return undefined;
  const name = clean(m[3] ?? '');
  const labels = (m[2] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return {
    original,
    title: name,
    tool: 'datadog',
    alertName: name,
    status: datadogStatus(m[1]!),
    labels,
    ...(priority ? { priority } : {}),
  };
}

function datadogStatus(word: string): TitleStatus {
  switch (word.toLowerCase()) {
    case 'warn':
    case 'warning':
      return 'warning';
    case 'recovered':
    case 'warn recovered':
    case 'ok':
      return 'resolved';
    case 'no data':
      return 'no-data';
    case 're-triggered':
    case 'retriggered':
      return 'retriggered';
    default:
      return 'firing';
  }
}

function cloudwatch(original: string): NormalisedTitle | undefined {
  const m = CLOUDWATCH.exec(original);
  if (!m) return undefined;
  const name = clean(m[2]!.replace(/\\"/g, '"'));
  const state = m[1]!;
  return {
    original,
    title: name,
    tool: 'cloudwatch',
    alertName: name,
    status: state === 'ALARM' ? 'firing' : state === 'OK' ? 'resolved' : 'no-data',
    labels: [],
    ...(m[3] ? { region: m[3].trim() } : {}),
  };
}

function newRelic(original: string): NormalisedTitle | undefined {
  const policy = NEWRELIC_POLICY.exec(original);
  if (policy) {
    const condition = clean(policy[2]!);
    return {
      original,
      title: condition,
      tool: 'newrelic',
      alertName: condition,
      labels: [clean(policy[1]!)].filter((s) => s !== ''),
    };
  }
  const prefixed = NEWRELIC_PREFIX.exec(original);
  if (!prefixed) return undefined;
  const name = clean(prefixed[1]!);
  return { original, title: name, tool: 'newrelic', alertName: name, labels: [] };
}

function sentry(original: string): NormalisedTitle | undefined {
  const metric = SENTRY_METRIC.exec(original);
  if (metric) {
    const name = clean(metric[2]!);
    const word = metric[1]!.toLowerCase();
    return {
      original,
      title: name,
      tool: 'sentry',
      alertName: name,
      status: word === 'resolved' ? 'resolved' : word === 'warning' ? 'warning' : 'firing',
      labels: [],
    };
  }
  if (!SENTRY_ISSUE.test(original)) return undefined;
  const title = clean(original);
  return { original, title, tool: 'sentry', alertName: title.slice(0, title.indexOf(':')), labels: [] };
}

function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => w !== '');
}

function clean(text: string): string {
  return text.replace(PLACEHOLDER, ' ').replace(/\s+/g, ' ').trim();
}
