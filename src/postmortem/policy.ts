/**
 * When a resolved incident gets a postmortem draft on its own: by urgency, by priority, or by runbook. Pure.
 * Written as `urgency:high, priority:P1, priority:P2, runbook:database-down` (any term is enough).
 */
import { ConfigError } from '../errors.js';
import type { PdIncident } from '../pagerduty/types.js';

export interface PostmortemTrigger {
  urgencies: string[];
  /** Priority names as PagerDuty shows them (`P1`), compared ignoring case. */
  priorities: string[];
  /** Runbook ids, as the incident message's metadata records the matched runbook. */
  runbooks: string[];
}

/** Reads the trigger; an empty text means "never on its own" (undefined). `label` names the input in errors. */
export function parseTrigger(text: string, label: string): PostmortemTrigger | undefined {
  const terms = text
    .split(/[,\s]+/)
    .map((t) => t.trim())
    .filter(Boolean);
  if (terms.length === 0) return undefined;
  const trigger: PostmortemTrigger = { urgencies: [], priorities: [], runbooks: [] };
  const wrong: string[] = [];
  for (const term of terms) {
    const m = /^(urgency|priority|runbook):(.+)$/i.exec(term);
    const kind = m?.[1]?.toLowerCase();
    const value = m?.[2] ?? '';
    if (kind === 'urgency' && (value === 'high' || value === 'low')) trigger.urgencies.push(value);
    else if (kind === 'priority') trigger.priorities.push(value);
    else if (kind === 'runbook' && /^[a-z0-9][a-z0-9-]*$/.test(value)) trigger.runbooks.push(value);
    else wrong.push(term);
  }
  if (wrong.length > 0) {
    throw new ConfigError(
      `Invalid ${label}: ${wrong.map((w) => JSON.stringify(w)).join(', ')} — expected terms such as ` +
        '"urgency:high", "priority:P1" or "runbook:<runbook id>", separated by commas.',
    );
  }
  return trigger;
}

/** True when the incident is resolved now and meets any term of the trigger. */
export function shouldDraft(
  trigger: PostmortemTrigger,
  incident: Pick<PdIncident, 'status' | 'urgency' | 'priority'>,
  runbookId: string | undefined,
): boolean {
  if (incident.status !== 'resolved') return false;
  const priority = incident.priority?.name.toLowerCase();
  return (
    trigger.urgencies.includes(incident.urgency) ||
    (priority !== undefined && trigger.priorities.some((p) => p.toLowerCase() === priority)) ||
    (runbookId !== undefined && trigger.runbooks.includes(runbookId))
  );
}

/** The trigger in words, for the log. */
export function describeTrigger(trigger: PostmortemTrigger): string {
  const parts = [
    ...trigger.urgencies.map((u) => `urgency ${u}`),
    ...trigger.priorities.map((p) => `priority ${p}`),
    ...trigger.runbooks.map((r) => `runbook ${r}`),
  ];
  return `resolved, with ${parts.join(' or ')}`;
}
