/**
 * What the monitoring tool said about the alert, picked for the incident message: its summary and description, the
 * first few labels or custom details, and the links it sent (a runbook, a graph or dashboard, the monitor). Pure.
 *
 * Tools put these in different places of the alert PagerDuty stores:
 * - Alertmanager (Events API v2, default template): `custom_details.firing` is a text with `Labels:` and
 *   `Annotations:` lists (` - key = value`) and a `Source:` line (the graph link); `runbook_url`, `summary` and
 *   `description` are annotations; `client_url` links back to Alertmanager.
 * - Grafana, Datadog and others: custom details as keys (`runbook_url`, `dashboardURL`, `panelURL`, …) and links in
 *   `contexts` (Datadog's monitor link) or `client_url`.
 */
import type { PdAlertContext } from '../pagerduty/types.js';

/** How many labels or custom details the message shows. */
export const DETAILS_SHOWN = 5;
/** How many links the message shows. */
export const LINKS_SHOWN = 4;

export interface AlertContext {
  /** The alert's own summary, when it says something the title does not. */
  summary?: string;
  description?: string;
  /** The first few labels or custom details, as sent. */
  details: { key: string; value: string }[];
  /** The runbook the alert itself links (Alertmanager's `runbook_url` annotation, a `runbook_url` detail). */
  runbookUrl?: string;
  /** Other links the tool sent: graph, dashboard, monitor. */
  links: { href: string; text: string }[];
}

const RUNBOOK_KEYS = /^(runbook_?url|runbook|playbook_?url|playbook)$/i;
const DESCRIPTION_KEYS = /^(description|message)$/i;
const SUMMARY_KEYS = /^summary$/i;
/** Keys of URL-valued details and how the link is labelled. */
const LINK_KEYS: [RegExp, string][] = [
  [/^(dashboard_?url|dashboard)$/i, 'Dashboard'],
  [/^(panel_?url)$/i, 'Panel'],
  [/^(generator_?url|graph_?url|graph|source)$/i, 'Graph'],
  [/^(silence_?url)$/i, 'Silence'],
  [/^(monitor_?url|monitor_?link|link|url)$/i, 'Monitor'],
];
/** Alertmanager's bookkeeping details: counts and the resolved list say nothing about this alert. */
const SKIPPED_KEYS = /^(firing|resolved|num_firing|num_resolved)$/i;

/** The context to show for an incident's alerts (the first alert that carries each piece), or undefined if none. */
export function alertContext(alerts: readonly PdAlertContext[], title: string): AlertContext | undefined {
  const out: AlertContext = { details: [], links: [] };
  const seenLinks = new Set<string>();
  const addLink = (href: string, text: string) => {
    if (!/^https?:\/\//i.test(href) || seenLinks.has(href) || href === out.runbookUrl) return;
    seenLinks.add(href);
    out.links.push({ href, text });
  };
  const sameAsTitle = (text: string) => squash(title).includes(squash(text));
  for (const alert of alerts) {
    const parsed = alert.details.flatMap((d) =>
      /^firing$/i.test(d.key) ? alertmanagerFiring(d.value) : [{ ...d, label: false }],
    );
    for (const d of parsed) {
      const value = d.value.trim();
      if (value === '') continue;
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
      if (SKIPPED_KEYS.test(d.key) || d.key === 'alertname') continue;
      if (out.details.length < DETAILS_SHOWN && !out.details.some((x) => x.key === d.key)) {
        out.details.push({ key: d.key, value });
      }
    }
    if (!out.summary && alert.summary && !sameAsTitle(alert.summary)) out.summary = alert.summary;
    if (!out.description && alert.description && alert.description !== out.summary) {
      out.description = alert.description;
    }
    for (const l of alert.links) addLink(l.href, l.text ?? 'Link');
  }
  if (out.description && out.summary && squash(out.description) === squash(out.summary))
    delete out.description;
  out.links = out.links.slice(0, LINKS_SHOWN);
  const empty =
    !out.summary && !out.description && out.details.length === 0 && !out.runbookUrl && out.links.length === 0;
  return empty ? undefined : out;
}

/**
 * Alertmanager's default `firing` text → its labels, annotations and source link as details:
 * `Labels:\n - alertname = X\nAnnotations:\n - runbook_url = https://…\nSource: https://…`. An annotation's value
 * may run over several lines (a description with line breaks): it ends at the next ` - key = ` line.
 */
export function alertmanagerFiring(text: string): { key: string; value: string; label: boolean }[] {
  const out: { key: string; value: string; label: boolean }[] = [];
  let section = '';
  // Only the first alert of a group: later ones repeat the same keys with other values.
  for (const line of text.split('\n')) {
    if (/^Labels:\s*$/.test(line)) {
      if (section !== '') break;
      section = 'labels';
      continue;
    }
    if (/^Annotations:\s*$/.test(line)) {
      section = 'annotations';
      continue;
    }
    const source = /^Source:\s*(\S+)/.exec(line);
    if (source) {
      out.push({ key: 'generatorURL', value: source[1]!, label: false });
      continue;
    }
    const item = /^ - ([A-Za-z_][\w.-]*) = (.*)$/.exec(line);
    if (item && section !== '') {
      out.push({ key: item[1]!, value: item[2]!, label: section === 'labels' });
      continue;
    }
    const last = out[out.length - 1];
    if (last && section === 'annotations' && line.trim() !== '') last.value += `\n${line.trim()}`;
  }
  return out;
}

function squash(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}
