import {
  optionalString
} from "./chunk-ITXU4ZJA.js";
import {
  describeError
} from "./chunk-BYBTV2RS.js";
import "./chunk-GIGNEGIA.js";

// src/commands/postmortem-draft.ts
async function draftDeps(args, ctx, loadRunbooks) {
  const [{ createGitHubClient }, { readAlert }, { runbookLink }] = await Promise.all([
    import("./client-NAJHPQJL.js"),
    import("./titles-P6H74PTK.js"),
    import("./runbook-link-CV4YJ27Q.js")
  ]);
  const github = createGitHubClient({
    token: optionalString(args, "github-token") ?? "",
    repository: optionalString(args, "repository") ?? "unset/unset",
    ...optionalString(args, "github-api-url") ? { apiUrl: optionalString(args, "github-api-url") } : {},
    clock: ctx.clock,
    log: ctx.log
  });
  const serverUrl = ctx.env.GITHUB_SERVER_URL || void 0;
  const runbook = async (incident, runbookId) => {
    const loaded = await loadRunbooks();
    const best = runbookId ? { id: runbookId, title: "", score: 0, terms: [] } : loaded.match({
      text: readAlert(incident.title).text,
      service: { id: incident.service.id, name: incident.service.name }
    })[0];
    const indexed = best ? loaded.runbook(best.id) : void 0;
    if (!best || !indexed) return runbookId ? { id: runbookId } : void 0;
    const linked = runbookLink(best, indexed, loaded, { ...serverUrl ? { serverUrl } : {} });
    return {
      id: indexed.id,
      title: indexed.title,
      ...linked.href ? { href: linked.href } : {},
      index: {
        version: loaded.version,
        ...loaded.source.commit ? { commit: loaded.source.commit } : {},
        origin: loaded.origin
      }
    };
  };
  return { github, runbook };
}
async function draftAfterResolve(args, ctx, input) {
  try {
    if (optionalString(args, "github-token") === void 0 || optionalString(args, "repository") === void 0) {
      ctx.log.warning(
        "postmortem-on is set but GITHUB_TOKEN / GITHUB_REPOSITORY are not: no postmortem draft. The alert workflow needs `contents: write` and `pull-requests: write` for it."
      );
      return;
    }
    const [{ runPostmortem }, { github, runbook }] = await Promise.all([
      import("./run-PQY5GT3B.js"),
      draftDeps(args, ctx, input.runbooks)
    ]);
    const result = await runPostmortem(
      {
        pagerduty: input.pagerduty,
        github,
        log: ctx.log,
        runbook,
        ...input.slack ? { slack: input.slack } : {}
      },
      {
        incidentId: input.incidentId,
        channel: input.channel,
        when: input.when,
        dir: optionalString(args, "postmortem-dir") ?? "postmortems",
        templatePath: optionalString(args, "postmortem-template") ?? "postmortems/TEMPLATE.md"
      }
    );
    ctx.setOutput("postmortem-url", result.pull?.htmlUrl ?? "");
  } catch (error) {
    ctx.log.warning(
      `Could not draft the postmortem of incident ${input.incidentId} (${describeError(error)}); run "oncall postmortem --incident ${input.incidentId}" (or command: postmortem) to retry.`
    );
  }
}
export {
  draftAfterResolve,
  draftDeps
};
