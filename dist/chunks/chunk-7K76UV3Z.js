
// src/alert/people.ts
async function currentOnCalls(deps, policyId) {
  const now = deps.clock.now().getTime();
  const onCalls = await deps.pagerduty.listOnCalls({
    since: new Date(now),
    until: new Date(now + 6e4),
    escalationPolicyIds: [policyId]
  });
  return onCalls.filter((o) => (!o.start || o.start.getTime() <= now) && (!o.end || o.end.getTime() > now));
}
async function peopleAt(deps, onCalls, level) {
  const users = [];
  const seen = /* @__PURE__ */ new Set();
  for (const o of onCalls) {
    if (o.escalationLevel !== level || seen.has(o.user.id)) continue;
    seen.add(o.user.id);
    users.push(o.user);
  }
  return lookUp(deps, users);
}
async function lookUp(deps, users) {
  return Promise.all(
    users.map(async (user) => {
      const found = await deps.users.resolve(user);
      return found.kind === "user" ? { name: user.name, slackId: found.userId } : { name: user.name };
    })
  );
}
function levelOf(incident, onCalls) {
  if (incident.escalationLevel !== void 0) return incident.escalationLevel;
  const assigned = new Set(incident.assignees.map((a) => a.id));
  const levels = onCalls.filter((o) => assigned.has(o.user.id)).map((o) => o.escalationLevel);
  return levels.length > 0 ? Math.max(...levels) : void 0;
}

export {
  currentOnCalls,
  peopleAt,
  lookUp,
  levelOf
};
