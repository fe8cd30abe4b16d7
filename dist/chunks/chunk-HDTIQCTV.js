import {
  recordFromLogEntries,
  toLogEntryLike
} from "./chunk-KBAOC47E.js";
import {
  describeTrigger,
  shouldDraft
} from "./chunk-63RUTUG4.js";
import {
  escapeMarkdown
} from "./chunk-JN6JRQFA.js";
import {
  ConflictError
} from "./chunk-S4TTLXGH.js";
import {
  findTopMessage
} from "./chunk-O3TKNPUP.js";
import {
  alertKey,
  formatDuration
} from "./chunk-Q2OCF4Q3.js";
import {
  builtin
} from "./chunk-RW3X5YEY.js";
import {
  link,
  parseMrkdwn
} from "./chunk-IA4VIC32.js";
import {
  describeError
} from "./chunk-BYBTV2RS.js";

// node-builtin:node:crypto#src/postmortem/draft.ts
var m = builtin("node:crypto");
var createHash = m.createHash;

// src/postmortem/template.ts
var DEFAULT_TEMPLATE = `<!-- Postmortem draft for {{incident_id}}, written by oncall-runbooks from PagerDuty and Slack. Edit freely: once this file is edited, a re-run leaves it alone. -->

# {{date}}: {{title}}

## Summary

{{summary}}

|                            |                            |
| -------------------------- | -------------------------- |
| Incident                   | {{incident_link}}          |
| Service                    | {{service}}                |
| Urgency / priority         | {{urgency}} / {{priority}} |
| Time to acknowledge (MTTA) | {{mtta}}                   |
| Time to resolve (MTTR)     | {{mttr}}                   |
| Responders                 | {{responders}}             |
| Runbook                    | {{runbook}}                |

{{problems}}

## Impact

- Who or what was affected: _to fill in_
- How long the impact lasted: _to fill in_
- Seen by customers: _yes / no_

## Timeline (from PagerDuty)

{{timeline}}

## Notes in PagerDuty

{{notes}}

## Slack thread

{{slack_thread}}

## What went well

- _to fill in_

## What went wrong

- _to fill in_

## Action items

| Action       | Owner | Issue | Due |
| ------------ | ----- | ----- | --- |
| _to fill in_ |       |       |     |
`;
function fillTemplate(template, values) {
  return template.replace(
    /\{\{\s*([a-z_]+)\s*\}\}/g,
    (whole, name) => Object.prototype.hasOwnProperty.call(values, name) ? values[name] : whole
  );
}

// src/postmortem/draft.ts
function draftBranch(incidentId) {
  return `postmortem/${incidentId.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}
function draftPath(incident, dir) {
  const slug = alertKey(incident.title).normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 50).replace(/-+$/, "") || "incident";
  return `${dir.replace(/\/+$/, "")}/${incident.createdAt.toISOString().slice(0, 10)}-${slug}.md`;
}
function draftTitle(incident) {
  const number = incident.number !== void 0 ? `#${incident.number} ` : "";
  return `Postmortem: ${number}${incident.title.replace(/\s+/g, " ").trim()}`.slice(0, 250);
}
function fingerprint(markdown) {
  return createHash("sha256").update(markdown).digest("hex").slice(0, 16);
}
function pullMarker(incidentId, path, draft) {
  const safe = (text) => text.replace(/[^A-Za-z0-9_./-]/g, "");
  return `<!-- oncall-postmortem incident=${safe(incidentId)} path=${safe(path)} draft=${safe(draft)} -->`;
}
function readPullMarker(body) {
  const m2 = /<!-- oncall-postmortem incident=(\S+) path=(\S+) draft=(\S*) -->/.exec(body);
  return m2 ? { incidentId: m2[1], path: m2[2], draft: m2[3] } : void 0;
}
function pullBody(facts, path, draft) {
  const { incident } = facts;
  return [
    `A postmortem draft for PagerDuty incident [${escapeMarkdown(incident.number !== void 0 ? `#${incident.number}` : incident.id)}](${markdownUrl(incident.htmlUrl) ?? ""}): ${escapeMarkdown(incident.title)}.`,
    "",
    `The timeline, notes and Slack thread in \`${path.replace(/`/g, "")}\` were filled in from PagerDuty and Slack. Fill in the impact, what went well and wrong, and the action items, then merge.`,
    "",
    "Running the postmortem again for this incident updates this pull request; once the file is edited here, it is left as it is.",
    "",
    pullMarker(incident.id, path, draft)
  ].join("\n");
}
var WHEN = (date) => `${date.toISOString().slice(0, 19).replace("T", " ")} UTC`;
var EVENT_NAMES = {
  trigger_log_entry: "Triggered",
  notify_log_entry: "Notified",
  acknowledge_log_entry: "Acknowledged",
  unacknowledge_log_entry: "Unacknowledged",
  escalate_log_entry: "Escalated",
  assign_log_entry: "Assigned",
  delegate_log_entry: "Reassigned",
  annotate_log_entry: "Note",
  resolve_log_entry: "Resolved",
  reach_trigger_limit_log_entry: "Trigger limit reached",
  exhaust_escalation_path_log_entry: "Escalation path exhausted",
  priority_change_log_entry: "Priority changed",
  urgency_change_log_entry: "Urgency changed",
  snooze_log_entry: "Snoozed",
  link_log_entry: "Linked"
};
function eventName(type) {
  return EVENT_NAMES[type] ?? type.replace(/_log_entry$/, "").replace(/_/g, " ");
}
function markdownUrl(url) {
  if (!url) return void 0;
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return void 0;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return void 0;
  return parsed.href.replace(
    /[()<>\s]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`
  );
}
function markdownLink(label, url) {
  const target = markdownUrl(url);
  return target ? `[${escapeMarkdown(label)}](${target})` : escapeMarkdown(label);
}
function mrkdwnToMarkdown(text, names = /* @__PURE__ */ new Map()) {
  const out = [];
  for (const token of parseMrkdwn(text)) {
    switch (token.kind) {
      case "text":
        out.push(
          token.text.split("\n").map((line) => escapeMarkdown(line)).join("\n")
        );
        break;
      case "link":
        out.push(markdownLink(token.label ?? token.url.replace(/^mailto:/, ""), token.url));
        break;
      case "user":
        out.push(escapeMarkdown(`@${names.get(token.userId) ?? token.label ?? token.userId}`));
        break;
      case "usergroup":
        out.push(escapeMarkdown(`@${token.label ?? token.id}`));
        break;
      case "channel":
        out.push(escapeMarkdown(`#${token.label ?? token.id}`));
        break;
      case "broadcast":
        out.push(escapeMarkdown(`@${token.name}`));
        break;
      case "other":
        out.push(escapeMarkdown(token.raw));
        break;
    }
  }
  return out.join("");
}
function timelineSection(facts) {
  const { timeline } = facts;
  if ("problem" in timeline)
    return `_The timeline could not be read from PagerDuty: ${escapeMarkdown(timeline.problem)}._`;
  if (timeline.entries.length === 0) return "_PagerDuty has no log entries for this incident._";
  const rows = timeline.entries.map((e) => {
    const who = e.agent?.name ? escapeMarkdown(e.agent.name) : "";
    return `| ${WHEN(e.createdAt)} | ${escapeMarkdown(eventName(e.type))} | ${who} | ${escapeMarkdown(e.summary ?? "")} |`;
  });
  return [
    "| Time | Event | By | Detail |",
    "| ---- | ----- | -- | ------ |",
    ...rows,
    ...timeline.complete ? [] : ["", "_Only the first entries are shown: the timeline is longer._"]
  ].join("\n");
}
function notesSection(facts) {
  const { notes } = facts;
  if ("problem" in notes)
    return `_The notes could not be read from PagerDuty: ${escapeMarkdown(notes.problem)}._`;
  if (notes.length === 0) return "_PagerDuty has no notes for this incident._";
  return notes.map((n) => {
    const head = [n.createdAt ? WHEN(n.createdAt) : "", n.user ? escapeMarkdown(n.user.name) : ""].filter(Boolean).join(" \u2014 ");
    const body = n.content.split("\n").map((line) => escapeMarkdown(line)).join("\n  ");
    return `- ${head ? `**${head}**: ` : ""}${body}`;
  }).join("\n");
}
function threadSection(facts) {
  const { thread } = facts;
  if ("problem" in thread) return `_The Slack thread could not be read: ${escapeMarkdown(thread.problem)}._`;
  if (thread.length === 0) return "_No Slack thread was found for this incident._";
  return thread.map((m2) => {
    const at = new Date(Number(m2.ts) * 1e3);
    const text = mrkdwnToMarkdown(m2.text, facts.names).split("\n").join("\n  ");
    return `- **${WHEN(at)} \u2014 ${escapeMarkdown(m2.author)}**: ${text}`;
  }).join("\n");
}
function runbookText(runbook) {
  if (!runbook) return "_No runbook matched._";
  const name = runbook.title ? `${runbook.title} (${runbook.id})` : runbook.id;
  const parts = [markdownLink(name, runbook.href)];
  if (runbook.index) {
    const commit = runbook.index.commit ? ` @ \`${runbook.index.commit.replace(/[^0-9a-f]/gi, "").slice(0, 7)}\`` : "";
    parts.push(
      `index v${runbook.index.version}${commit}${runbook.index.origin ? ` (${escapeMarkdown(runbook.index.origin)})` : ""}`
    );
  }
  return parts.join(", ");
}
function responseTimes(facts) {
  const { incident, timeline } = facts;
  if ("problem" in timeline) return {};
  const record = recordFromLogEntries(
    {
      id: incident.id,
      title: incident.title,
      service: { id: incident.service.id, name: incident.service.name },
      createdAt: incident.createdAt.getTime()
    },
    timeline.entries.map(toLogEntryLike)
  );
  const created = incident.createdAt.getTime();
  return {
    ...record.firstAcknowledgedAt !== void 0 ? { mtta: record.firstAcknowledgedAt - created } : {},
    ...record.resolvedAt !== void 0 ? { mttr: record.resolvedAt - created } : {},
    ...record.firstAcknowledgedAt !== void 0 && record.responder ? { acknowledgedBy: record.responder.name } : {}
  };
}
function responders(facts) {
  const names = [];
  const add = (name) => {
    if (name && !names.includes(name)) names.push(name);
  };
  if (!("problem" in facts.timeline)) {
    for (const e of facts.timeline.entries) if (e.agent?.type.startsWith("user")) add(e.agent.name);
  }
  if (Array.isArray(facts.notes)) for (const n of facts.notes) add(n.user?.name);
  return names;
}
function buildDraft(template, facts) {
  const { incident } = facts;
  const times = responseTimes(facts);
  const people = responders(facts);
  const problems = ["timeline", "notes", "thread"].map((k) => facts[k]).filter((v) => !Array.isArray(v) && "problem" in v);
  const number = incident.number !== void 0 ? `#${incident.number}` : incident.id;
  const summary = [
    `PagerDuty incident ${markdownLink(number, incident.htmlUrl)} (\u201C${escapeMarkdown(incident.title)}\u201D) on ${escapeMarkdown(incident.service.name)} `,
    `was triggered at ${WHEN(incident.createdAt)}`,
    times.mtta !== void 0 ? `, acknowledged ${formatDuration(times.mtta)} later${times.acknowledgedBy ? ` by ${escapeMarkdown(times.acknowledgedBy)}` : ""}` : "",
    times.mttr !== void 0 ? ` and resolved ${formatDuration(times.mttr)} after it began.` : incident.status === "resolved" ? " and is resolved." : `; it is still ${incident.status}.`,
    " _Add what happened in a sentence or two._"
  ].join("");
  return fillTemplate(template, {
    incident_id: escapeMarkdown(incident.id),
    incident_number: escapeMarkdown(number),
    incident_link: markdownLink(`${number} in PagerDuty`, incident.htmlUrl),
    title: escapeMarkdown(incident.title),
    date: incident.createdAt.toISOString().slice(0, 10),
    service: escapeMarkdown(incident.service.name),
    urgency: escapeMarkdown(incident.urgency),
    priority: incident.priority ? escapeMarkdown(incident.priority.name) : "none",
    summary,
    mtta: times.mtta !== void 0 ? formatDuration(times.mtta) : "not acknowledged",
    mttr: times.mttr !== void 0 ? formatDuration(times.mttr) : "not resolved",
    responders: people.length > 0 ? people.map(escapeMarkdown).join(", ") : "nobody recorded",
    runbook: runbookText(facts.runbook),
    timeline: timelineSection(facts),
    notes: notesSection(facts),
    slack_thread: threadSection(facts),
    problems: problems.length > 0 ? `> [!NOTE]
> Parts of this draft are missing: ${problems.map((p) => escapeMarkdown(p.problem)).join("; ")}. Run the postmortem again to fill them in.` : ""
  });
}

// src/postmortem/run.ts
var POSTMORTEM_EVENT_TYPE = "oncall_postmortem";
var MAX_LOG_PAGES = 5;
var MAX_THREAD_MESSAGES = 200;
async function runPostmortem(deps, settings) {
  const { log, github } = deps;
  const incident = await deps.pagerduty.getIncident(settings.incidentId);
  const top = await findThread(deps, settings, incident);
  const runbookId = typeof top.message?.metadata?.payload.runbook_id === "string" ? top.message.metadata.payload.runbook_id : void 0;
  if (settings.when && !shouldDraft(settings.when, incident, runbookId)) {
    log.info(
      `Incident ${incident.id} does not call for a postmortem draft (${describeTrigger(settings.when)}).`
    );
    return { action: "skipped", link: "none" };
  }
  const [timeline, notes, thread, runbook] = await Promise.all([
    readTimeline(deps, incident.id),
    readNotes(deps, incident.id),
    readThread(deps, settings, top),
    deps.runbook?.(incident, runbookId).catch((error) => {
      log.warning(`Could not read the runbook of incident ${incident.id} (${describeError(error)}).`);
      return void 0;
    })
  ]);
  const facts = {
    incident,
    timeline,
    notes,
    thread: thread.messages,
    names: thread.names,
    ...runbook ? { runbook } : runbookId ? { runbook: { id: runbookId } } : {}
  };
  const branch = draftBranch(incident.id);
  const existing = settings.dryRun ? void 0 : await github.findPullRequest(branch);
  const marker = existing ? readPullMarker(existing.body) : void 0;
  const path = marker?.path ?? draftPath(incident, settings.dir ?? "postmortems");
  if (existing && existing.state === "closed") {
    log.info(
      `The postmortem pull request of incident ${incident.id} (#${existing.number}) was ${existing.merged ? "merged" : "closed"}; not writing it again.`
    );
    const posted2 = await postLink(deps, settings, top, incident, existing);
    return { action: "closed", path, branch, pull: existing, link: posted2 };
  }
  const templatePath = settings.templatePath ?? "postmortems/TEMPLATE.md";
  if (settings.dryRun) {
    const markdown2 = buildDraft(DEFAULT_TEMPLATE, facts);
    return { action: "dry-run", path, branch, markdown: markdown2, link: "none" };
  }
  await github.ensureBranch(branch);
  const template = (await github.getFile(branch, templatePath))?.content ?? DEFAULT_TEMPLATE;
  const markdown = buildDraft(template, facts);
  const file = await github.getFile(branch, path);
  let written = false;
  let keptEdits = false;
  let draftPrint = fingerprint(markdown);
  if (!file) {
    try {
      await github.putFile(branch, path, markdown, `Postmortem draft for incident ${incident.id}`);
      written = true;
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      log.info(`${path} on ${branch} was written by another run meanwhile; keeping that version.`);
    }
  } else if (file.content !== markdown) {
    const untouched = marker ? marker.draft === fingerprint(file.content) : file.content.includes(`Postmortem draft for ${incident.id},`);
    if (untouched) {
      await github.putFile(
        branch,
        path,
        markdown,
        `Update the postmortem draft for incident ${incident.id}`,
        file.sha
      );
      written = true;
    } else {
      keptEdits = true;
      draftPrint = marker?.draft ?? fingerprint(file.content);
      log.info(`${path} on ${branch} was edited since it was drafted; leaving it as it is.`);
    }
  }
  const title = draftTitle(incident);
  const body = pullBody(facts, path, draftPrint);
  let pull = existing;
  let action;
  if (!pull) {
    try {
      pull = await github.createPullRequest({ branch, title, body });
      action = "created";
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      pull = await github.findPullRequest(branch);
      if (!pull) throw error;
      action = "updated";
    }
  } else {
    action = written ? "updated" : "unchanged";
  }
  if (action !== "created" && (pull.title !== title || pull.body !== body)) {
    pull = await github.updatePullRequest(pull.number, { title, body });
    action = "updated";
  }
  log.info(`Postmortem draft of incident ${incident.id}: ${action} ${pull.htmlUrl} (${path}).`);
  const posted = await postLink(deps, settings, top, incident, pull);
  return { action, path, branch, pull, markdown, ...keptEdits ? { keptEdits } : {}, link: posted };
}
async function findThread(deps, settings, incident) {
  if (!deps.slack || !settings.channel) return { problem: "no Slack channel was given" };
  try {
    const message = await findTopMessage(deps.slack, {
      channel: settings.channel,
      incidentId: incident.id,
      createdAt: incident.createdAt
    });
    return message ? { message } : {};
  } catch (error) {
    deps.log.warning(`Could not find the Slack thread of incident ${incident.id} (${describeError(error)}).`);
    return { problem: describeError(error) };
  }
}
async function readTimeline(deps, incidentId) {
  if (!deps.pagerduty.listIncidentLogEntries)
    return { problem: "this PagerDuty client cannot read timelines" };
  try {
    return await deps.pagerduty.listIncidentLogEntries(incidentId, { maxPages: MAX_LOG_PAGES });
  } catch (error) {
    deps.log.warning(`Could not read the timeline of incident ${incidentId} (${describeError(error)}).`);
    return { problem: describeError(error) };
  }
}
async function readNotes(deps, incidentId) {
  if (!deps.pagerduty.listIncidentNotes) return { problem: "this PagerDuty client cannot read notes" };
  try {
    return await deps.pagerduty.listIncidentNotes(incidentId);
  } catch (error) {
    deps.log.warning(`Could not read the notes of incident ${incidentId} (${describeError(error)}).`);
    return { problem: describeError(error) };
  }
}
async function readThread(deps, settings, top) {
  const names = /* @__PURE__ */ new Map();
  if (top.problem) return { messages: { problem: top.problem }, names };
  if (!top.message || !deps.slack || !settings.channel) return { messages: [], names };
  const slack = deps.slack;
  try {
    const replies = await slack.listReplies(settings.channel, top.message.ts);
    const messages = [top.message, ...replies].filter((m2) => m2.metadata?.eventType !== POSTMORTEM_EVENT_TYPE).slice(0, MAX_THREAD_MESSAGES);
    const ids = /* @__PURE__ */ new Set();
    for (const m2 of messages) {
      if (m2.userId) ids.add(m2.userId);
      for (const match of m2.text.matchAll(/<@([UW][A-Z0-9]+)(?:\|[^>]*)?>/g)) ids.add(match[1]);
    }
    const own = await slack.ownUserId?.().catch(() => void 0);
    await Promise.all(
      [...ids].map(async (id) => {
        const name = await slack.getUserName?.(id).catch(() => void 0);
        if (name) names.set(id, name);
        else if (id === own) names.set(id, "oncall-runbooks");
      })
    );
    return {
      messages: messages.map((m2) => ({
        ts: m2.ts,
        author: m2.userId && names.get(m2.userId) || (m2.userId ?? "unknown"),
        text: m2.text
      })),
      names
    };
  } catch (error) {
    deps.log.warning(`Could not read the Slack thread (${describeError(error)}); the draft says so.`);
    return { messages: { problem: describeError(error) }, names };
  }
}
async function postLink(deps, settings, top, incident, pull) {
  if (!deps.slack || !settings.channel || !top.message) return "no-thread";
  const slack = deps.slack;
  try {
    const replies = await slack.listReplies(settings.channel, top.message.ts);
    if (replies.some(
      (m2) => m2.metadata?.eventType === POSTMORTEM_EVENT_TYPE && m2.metadata.payload.incident_id === incident.id
    )) {
      return "already-posted";
    }
    await slack.postMessage(
      {
        channel: settings.channel,
        threadTs: top.message.ts,
        text: `:memo: Postmortem draft: ${link(pull.htmlUrl, `#${pull.number} ${pull.title}`)}`,
        metadata: {
          eventType: POSTMORTEM_EVENT_TYPE,
          payload: { incident_id: incident.id, pull: pull.number }
        }
      },
      { findAfter: new Date(Number(top.message.ts) * 1e3) }
    );
    return "posted";
  } catch (error) {
    deps.log.warning(
      `Could not post the postmortem link in the thread of incident ${incident.id} (${describeError(error)}).`
    );
    return "failed";
  }
}

export {
  draftBranch,
  readPullMarker,
  POSTMORTEM_EVENT_TYPE,
  runPostmortem
};
