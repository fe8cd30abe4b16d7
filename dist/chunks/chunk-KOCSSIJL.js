import {
  AuthError,
  describeError
} from "./chunk-BYBTV2RS.js";

// src/alert/incident-info.ts
async function readIncident(deps, incidentId) {
  try {
    return await deps.pagerduty.getIncident(incidentId);
  } catch (error) {
    if (error instanceof AuthError) throw error;
    deps.log.warning(
      `Could not read incident ${incidentId} from PagerDuty (${describeError(error)}); going by the event alone.`
    );
    return void 0;
  }
}
async function incidentInfo(deps, event, fresh) {
  const p = event.incident;
  const complete = !p.partial && p.title !== "" && p.html_url && p.service && p.escalation_policy && event.event_type === "incident.triggered";
  let pd = fresh;
  if (!complete && !pd) pd = await deps.pagerduty.getIncident(p.id);
  if (pd) {
    return {
      info: {
        id: pd.id,
        ...pd.number !== void 0 ? { number: pd.number } : {},
        title: pd.title,
        htmlUrl: pd.htmlUrl,
        service: { id: pd.service.id, name: pd.service.name },
        urgency: pd.urgency,
        priority: pd.priority?.name ?? null,
        escalationPolicy: { id: pd.escalationPolicy.id, name: pd.escalationPolicy.name }
      },
      level: pd.escalationLevel ?? 1,
      status: pd.status,
      ...pd.teams ? { teams: pd.teams } : {}
    };
  }
  return {
    info: {
      id: p.id,
      ...p.number !== void 0 ? { number: p.number } : {},
      title: p.title,
      ...p.html_url ? { htmlUrl: p.html_url } : {},
      ...p.service ? { service: p.service } : {},
      ...p.urgency ? { urgency: p.urgency } : {},
      ...p.priority !== void 0 ? { priority: p.priority } : {},
      ...p.escalation_policy ? { escalationPolicy: p.escalation_policy } : {}
    },
    // A new incident starts at level 1; PagerDuty has not escalated it yet when the triggered webhook leaves.
    level: 1,
    status: p.status || "triggered"
  };
}
async function readAlerts(deps, incidentId) {
  try {
    const { pagerduty } = deps;
    return pagerduty.listIncidentAlerts ? await pagerduty.listIncidentAlerts(incidentId) : { texts: await pagerduty.listIncidentAlertTexts(incidentId), alerts: [] };
  } catch (error) {
    deps.log.warning(
      `Could not read the alerts of incident ${incidentId} (${describeError(error)}); matching on the title only.`
    );
    return { texts: [], alerts: [] };
  }
}

// src/alert/context.ts
var DETAILS_SHOWN = 5;
var LINKS_SHOWN = 4;
var RUNBOOK_KEYS = /^(runbook_?url|runbook|playbook_?url|playbook)$/i;
var DESCRIPTION_KEYS = /^(description|message)$/i;
var SUMMARY_KEYS = /^summary$/i;
var LINK_KEYS = [
  [/^(dashboard_?url|dashboard)$/i, "Dashboard"],
  [/^(panel_?url)$/i, "Panel"],
  [/^(generator_?url|graph_?url|graph|source)$/i, "Graph"],
  [/^(silence_?url)$/i, "Silence"],
  [/^(monitor_?url|monitor_?link|link|url)$/i, "Monitor"]
];
var SKIPPED_KEYS = /^(firing|resolved|num_firing|num_resolved)$/i;
function alertContext(alerts, title) {
  const out = { details: [], links: [] };
  const seenLinks = /* @__PURE__ */ new Set();
  const addLink = (href, text) => {
    if (!/^https?:\/\//i.test(href) || seenLinks.has(href) || href === out.runbookUrl) return;
    seenLinks.add(href);
    out.links.push({ href, text });
  };
  const sameAsTitle = (text) => squash(title).includes(squash(text));
  for (const alert of alerts) {
    const parsed = alert.details.flatMap(
      (d) => /^firing$/i.test(d.key) ? alertmanagerFiring(d.value) : [{ ...d, label: false }]
    );
    for (const d of parsed) {
      const value = d.value.trim();
      if (value === "") continue;
      if (RUNBOOK_KEYS.test(d.key)) {
        if (!out.runbookUrl && /^https?:\/\//i.test(value)) out.runbookUrl = value;
        continue;
      }
      if (SUMMARY_KEYS.test(d.key)) {
        if (!out.summary && !sameAsTitle(value)) out.summary = value;
        continue;
      }
      if (DESCRIPTION_KEYS.test(d.key)) {
        out.description ??= value;
        continue;
      }
      const linkKey = LINK_KEYS.find(([re]) => re.test(d.key));
      if (linkKey && /^https?:\/\//i.test(value)) {
        addLink(value, linkKey[1]);
        continue;
      }
      if (SKIPPED_KEYS.test(d.key) || d.key === "alertname") continue;
      if (out.details.length < DETAILS_SHOWN && !out.details.some((x) => x.key === d.key)) {
        out.details.push({ key: d.key, value });
      }
    }
    if (!out.summary && alert.summary && !sameAsTitle(alert.summary)) out.summary = alert.summary;
    if (!out.description && alert.description && alert.description !== out.summary) {
      out.description = alert.description;
    }
    for (const l of alert.links) addLink(l.href, l.text ?? "Link");
  }
  if (out.description && out.summary && squash(out.description) === squash(out.summary))
    delete out.description;
  out.links = out.links.slice(0, LINKS_SHOWN);
  const empty = !out.summary && !out.description && out.details.length === 0 && !out.runbookUrl && out.links.length === 0;
  return empty ? void 0 : out;
}
function alertmanagerFiring(text) {
  const out = [];
  let section = "";
  for (const line of text.split("\n")) {
    if (/^Labels:\s*$/.test(line)) {
      if (section !== "") break;
      section = "labels";
      continue;
    }
    if (/^Annotations:\s*$/.test(line)) {
      section = "annotations";
      continue;
    }
    const source = /^Source:\s*(\S+)/.exec(line);
    if (source) {
      out.push({ key: "generatorURL", value: source[1], label: false });
      continue;
    }
    const item = /^ - ([A-Za-z_][\w.-]*) = (.*)$/.exec(line);
    if (item && section !== "") {
      out.push({ key: item[1], value: item[2], label: section === "labels" });
      continue;
    }
    const last = out[out.length - 1];
    if (last && section === "annotations" && line.trim() !== "") last.value += `
${line.trim()}`;
  }
  return out;
}
function squash(text) {
  return text.toLowerCase().replace(/\s+/g, " ").trim();
}

export {
  readIncident,
  incidentInfo,
  readAlerts,
  alertContext,
  alertmanagerFiring
};
