
// src/insights/history.ts
function toLogEntryLike(entry) {
  return {
    type: entry.type,
    created_at: entry.createdAt.toISOString(),
    ...entry.summary !== void 0 ? { summary: entry.summary } : {},
    ...entry.agent ? { agent: { id: entry.agent.id, type: entry.agent.type, summary: entry.agent.name ?? null } } : {},
    ...entry.channelType !== void 0 ? { channel: { type: entry.channelType } } : {}
  };
}
function isMergeResolution(entry) {
  return entry.channel?.type === "merge" || /\bmerg(?:e|ed|ing)\b/i.test(entry.summary ?? "");
}
function recordFromLogEntries(incident, entries) {
  const base = {
    id: incident.id,
    title: incident.title,
    service: incident.service,
    createdAt: incident.createdAt,
    ...incident.assignees?.[0] ? { responder: incident.assignees[0] } : {}
  };
  if (entries === void 0) {
    return {
      ...base,
      reopened: false,
      merged: false,
      escalations: 0,
      autoResolved: false,
      timelineMissing: true
    };
  }
  const timed = entries.map((entry) => ({ entry, at: Date.parse(entry.created_at) })).filter((e) => Number.isFinite(e.at)).sort((a, b) => a.at - b.at);
  let firstAck;
  let resolvedAt;
  let lastResolve;
  let reopened = false;
  let escalations = 0;
  for (const { entry, at } of timed) {
    switch (entry.type) {
      case "acknowledge_log_entry":
        if (resolvedAt !== void 0) reopened = true;
        if (!firstAck) {
          const agent = entry.agent;
          firstAck = agent?.type === "user_reference" && agent.id ? { at, by: { id: agent.id, name: agent.summary ?? agent.id } } : { at };
        }
        break;
      case "trigger_log_entry":
        if (resolvedAt !== void 0) reopened = true;
        break;
      case "escalate_log_entry":
        escalations++;
        break;
      case "resolve_log_entry":
        resolvedAt = at;
        lastResolve = entry;
        break;
    }
  }
  const stillResolved = resolvedAt !== void 0 && !timed.some(
    (e) => e.at > resolvedAt && (e.entry.type === "trigger_log_entry" || e.entry.type === "acknowledge_log_entry")
  );
  const merged = lastResolve !== void 0 && isMergeResolution(lastResolve);
  const autoResolved = stillResolved && !firstAck && !merged && lastResolve?.agent?.type !== "user_reference";
  return {
    ...base,
    ...firstAck ? { firstAcknowledgedAt: firstAck.at } : {},
    ...firstAck?.by ? { responder: firstAck.by } : {},
    ...stillResolved ? { resolvedAt } : {},
    reopened,
    merged,
    escalations,
    autoResolved,
    timelineMissing: false
  };
}
function recordFromAnalytics(incident, row) {
  const resolved = row.resolved_at ? Date.parse(row.resolved_at) : NaN;
  const ackSeconds = row.seconds_to_first_ack;
  const ackId = row.acknowledged_user_ids?.[0];
  const responder = ackId ? { id: ackId, name: row.acknowledged_user_names?.[0] ?? ackId } : incident.assignees?.[0];
  return {
    id: incident.id,
    title: incident.title,
    service: incident.service,
    createdAt: incident.createdAt,
    ...typeof ackSeconds === "number" && ackSeconds >= 0 ? { firstAcknowledgedAt: incident.createdAt + ackSeconds * 1e3 } : {},
    ...Number.isFinite(resolved) ? { resolvedAt: resolved } : {},
    reopened: false,
    merged: false,
    escalations: row.escalation_count ?? 0,
    autoResolved: row.auto_resolved === true,
    timelineMissing: false,
    ...responder ? { responder } : {}
  };
}

export {
  toLogEntryLike,
  recordFromLogEntries,
  recordFromAnalytics
};
