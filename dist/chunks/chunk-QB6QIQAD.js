
// src/runbooks/titles.ts
var ALERTMANAGER = /^\[(FIRING|RESOLVED)(?::(\d+))?(?:,\s*RESOLVED:(\d+))?\]\s?(.*)$/is;
var GRAFANA_LEGACY = /^\[(Alerting|OK|Unknown)\]\s*(.*)$/s;
var ZABBIX = /^(Problem|(?:Resolved|Updated problem) in (?:\d+[dhms] ?)+):\s+(.+)$/s;
var ZABBIX_PDAGENT = /^(.+?) : (PROBLEM|OK) for (\S+)$/s;
var DNS_LABEL = /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?$/;
var PROSE_START = /^[A-Z][a-z]+$/;
var PLAIN_WORD = /^[A-Za-z]+$/;
var DATADOG = /^\[(Triggered|Re-Triggered|Retriggered|Warn|Warning|Recovered|Warn Recovered|No Data|Alert|OK)(?: on \{([^}]*)\})?\]\s*(.*)$/is;
var PRIORITY = /^\[(P[1-5])\]\s*(.*)$/is;
var CLOUDWATCH = /^(ALARM|OK|INSUFFICIENT_DATA):\s*"((?:[^"\\]|\\.)*)"(?:\s+in\s+(.+))?$/s;
var SENTRY_METRIC = /^(Critical|Warning|Resolved):\s+(.+)$/s;
var SENTRY_ISSUE = /^([A-Z][A-Za-z0-9_.]*(?:Error|Exception|Panic|Fault|Warning|Interrupt|Exit)):\s+\S/;
var NEWRELIC_POLICY = /^(?:.*?\b)?Policy:?\s+'([^']*)'[.,]?\s+Condition:?\s+'([^']*)'/is;
var NEWRELIC_PREFIX = /^\[New ?Relic\]\s*(.*)$/is;
var PLACEHOLDER = /\{\{[^{}]*\}\}/g;
var ALERT_NAME = /^[A-Za-z_]\S*[A-Z]|^[A-Z]/;
var MAX_INPUT = 4096;
function normaliseTitle(raw) {
  const original = raw.slice(0, MAX_INPUT).trim();
  return alertmanager(original) ?? grafanaLegacy(original) ?? datadog(original) ?? cloudwatch(original) ?? newRelic(original) ?? zabbix(original) ?? sentry(original) ?? zabbixPdagent(original) ?? {
    original,
    title: clean(original),
    tool: "unknown",
    alertName: clean(original),
    labels: []
  };
}
function matcherText(title, details = []) {
  const lines = [title.title];
  if (title.alertName && !title.title.includes(title.alertName)) lines.push(title.alertName);
  if (title.original !== title.title) lines.push(title.original);
  for (const d of details) if (d.trim() !== "") lines.push(d);
  return lines.join("\n");
}
function readAlert(raw, details = []) {
  const newline = raw.indexOf("\n");
  const titleLine = newline < 0 ? raw : raw.slice(0, newline);
  const rest = newline < 0 ? [] : raw.slice(newline + 1).split("\n");
  const title = normaliseTitle(titleLine);
  return { title, text: matcherText(title, [...rest, ...details]) };
}
function alertmanager(original) {
  const m = ALERTMANAGER.exec(original);
  if (!m) return void 0;
  const status = m[1].toUpperCase() === "FIRING" ? "firing" : "resolved";
  const rest = m[4] ?? "";
  const open = rest.indexOf(" (") >= 0 ? rest.indexOf(" (") : rest.startsWith("(") ? 0 : -1;
  const group = (open >= 0 ? rest.slice(0, open) : rest).trim();
  let inner = open >= 0 ? rest.slice(open).trim() : "";
  if (inner.startsWith("(") && inner.endsWith(")")) inner = inner.slice(1, -1);
  const groupValues = words(group);
  const innerValues = words(inner);
  let alertName;
  let labels;
  const first = groupValues[0];
  if (first !== void 0 && isProse(group, groupValues)) {
    alertName = group;
    labels = innerValues;
  } else if (first !== void 0 && (ALERT_NAME.test(first) || !DNS_LABEL.test(first))) {
    alertName = first;
    labels = [...groupValues.slice(1), ...innerValues];
  } else if (innerValues[0] !== void 0 && ALERT_NAME.test(innerValues[0])) {
    alertName = innerValues[0];
    labels = [...groupValues, ...innerValues.slice(1)];
  } else {
    alertName = first ?? innerValues[0] ?? "";
    labels = [...groupValues.slice(1), ...first === void 0 ? innerValues.slice(1) : innerValues];
  }
  const count = m[2] !== void 0 ? Number(m[2]) : void 0;
  const resolvedCount = m[3] !== void 0 ? Number(m[3]) : void 0;
  return {
    original,
    title: clean(labels.length > 0 ? `${alertName} (${labels.join(" ")})` : alertName),
    // `, RESOLVED:n` is Grafana's own addition to the Alertmanager form.
    tool: resolvedCount !== void 0 ? "grafana" : "alertmanager",
    alertName: clean(alertName),
    status,
    ...count !== void 0 ? { count } : {},
    ...resolvedCount !== void 0 ? { resolvedCount } : {},
    labels
  };
}
function isProse(group, values) {
  if (/:\s/.test(group)) return true;
  return values.length > 2 && PROSE_START.test(values[0]) && PLAIN_WORD.test(values[1]) && PLAIN_WORD.test(values[2]);
}
function grafanaLegacy(original) {
  const m = GRAFANA_LEGACY.exec(original);
  if (!m) return void 0;
  const name = clean(m[2]);
  const state = m[1];
  return {
    original,
    title: name,
    tool: "grafana",
    alertName: name,
    ...state === "Alerting" ? { status: "firing" } : state === "OK" ? { status: "resolved" } : {},
    labels: []
  };
}
function zabbix(original) {
  const m = ZABBIX.exec(original);
  if (!m) return void 0;
  const name = clean(m[2]);
  return {
    original,
    title: name,
    tool: "zabbix",
    alertName: name,
    status: m[1].startsWith("Resolved") ? "resolved" : "firing",
    labels: []
  };
}
function zabbixPdagent(original) {
  const m = ZABBIX_PDAGENT.exec(original);
  if (!m) return void 0;
  const name = clean(m[1]);
  return {
    original,
    title: `${name} (${m[3]})`,
    tool: "zabbix",
    alertName: name,
    status: m[2] === "OK" ? "resolved" : "firing",
    labels: [m[3]]
  };
}
function datadog(original) {
  let rest = original;
  let priority;
  const p = PRIORITY.exec(rest);
  if (p) {
    priority = p[1].toUpperCase();
    rest = p[2];
  }
  const m = DATADOG.exec(rest);
  if (!m) return void 0;
  const name = clean(m[3] ?? "");
  const labels = (m[2] ?? "").split(",").map((s) => s.trim()).filter((s) => s !== "");
  return {
    original,
    title: name,
    tool: "datadog",
    alertName: name,
    status: datadogStatus(m[1]),
    labels,
    ...priority ? { priority } : {}
  };
}
function datadogStatus(word) {
  switch (word.toLowerCase()) {
    case "warn":
    case "warning":
      return "warning";
    case "recovered":
    case "warn recovered":
    case "ok":
      return "resolved";
    case "no data":
      return "no-data";
    case "re-triggered":
    case "retriggered":
      return "retriggered";
    default:
      return "firing";
  }
}
function cloudwatch(original) {
  const m = CLOUDWATCH.exec(original);
  if (!m) return void 0;
  const name = clean(m[2].replace(/\\"/g, '"'));
  const state = m[1];
  return {
    original,
    title: name,
    tool: "cloudwatch",
    alertName: name,
    status: state === "ALARM" ? "firing" : state === "OK" ? "resolved" : "no-data",
    labels: [],
    ...m[3] ? { region: m[3].trim() } : {}
  };
}
function newRelic(original) {
  const policy = NEWRELIC_POLICY.exec(original);
  if (policy) {
    const condition = clean(policy[2]);
    return {
      original,
      title: condition,
      tool: "newrelic",
      alertName: condition,
      labels: [clean(policy[1])].filter((s) => s !== "")
    };
  }
  const prefixed = NEWRELIC_PREFIX.exec(original);
  if (!prefixed) return void 0;
  const name = clean(prefixed[1]);
  return { original, title: name, tool: "newrelic", alertName: name, labels: [] };
}
function sentry(original) {
  const metric = SENTRY_METRIC.exec(original);
  if (metric) {
    const name = clean(metric[2]);
    const word = metric[1].toLowerCase();
    return {
      original,
      title: name,
      tool: "sentry",
      alertName: name,
      status: word === "resolved" ? "resolved" : word === "warning" ? "warning" : "firing",
      labels: []
    };
  }
  if (!SENTRY_ISSUE.test(original)) return void 0;
  const title = clean(original);
  return { original, title, tool: "sentry", alertName: title.slice(0, title.indexOf(":")), labels: [] };
}
function words(text) {
  return text.split(/\s+/).filter((w) => w !== "");
}
function clean(text) {
  return text.replace(PLACEHOLDER, " ").replace(/\s+/g, " ").trim();
}

export {
  normaliseTitle,
  matcherText,
  readAlert
};
