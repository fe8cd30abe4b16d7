import {
  ConfigError
} from "./chunk-BYBTV2RS.js";

// src/postmortem/policy.ts
function parseTrigger(text, label) {
  const terms = text.split(/[,\s]+/).map((t) => t.trim()).filter(Boolean);
  if (terms.length === 0) return void 0;
  const trigger = { urgencies: [], priorities: [], runbooks: [] };
  const wrong = [];
  for (const term of terms) {
    const m = /^(urgency|priority|runbook):(.+)$/i.exec(term);
    const kind = m?.[1]?.toLowerCase();
    const value = m?.[2] ?? "";
    if (kind === "urgency" && (value === "high" || value === "low")) trigger.urgencies.push(value);
    else if (kind === "priority") trigger.priorities.push(value);
    else if (kind === "runbook" && /^[a-z0-9][a-z0-9-]*$/.test(value)) trigger.runbooks.push(value);
    else wrong.push(term);
  }
  if (wrong.length > 0) {
    throw new ConfigError(
      `Invalid ${label}: ${wrong.map((w) => JSON.stringify(w)).join(", ")} \u2014 expected terms such as "urgency:high", "priority:P1" or "runbook:<runbook id>", separated by commas.`
    );
  }
  return trigger;
}
function shouldDraft(trigger, incident, runbookId) {
  if (incident.status !== "resolved") return false;
  const priority = incident.priority?.name.toLowerCase();
  return trigger.urgencies.includes(incident.urgency) || priority !== void 0 && trigger.priorities.some((p) => p.toLowerCase() === priority) || runbookId !== void 0 && trigger.runbooks.includes(runbookId);
}
function describeTrigger(trigger) {
  const parts = [
    ...trigger.urgencies.map((u) => `urgency ${u}`),
    ...trigger.priorities.map((p) => `priority ${p}`),
    ...trigger.runbooks.map((r) => `runbook ${r}`)
  ];
  return `resolved, with ${parts.join(" or ")}`;
}

export {
  parseTrigger,
  shouldDraft,
  describeTrigger
};
