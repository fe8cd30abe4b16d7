import {
  docUrl
} from "./chunk-MENKK2CK.js";

// src/alert/runbook-link.ts
function runbookLink(match, runbook, loaded, settings) {
  const href = runbook?.url ?? (runbook?.doc ? docUrl(loaded.source, runbook.doc, settings.serverUrl) : void 0);
  return {
    id: match.id,
    title: match.title,
    terms: match.terms,
    ...href ? { href } : {},
    ...runbook?.owner ? { owner: runbook.owner } : {},
    ...runbook?.escalateTo !== void 0 ? { escalateTo: runbook.escalateTo } : {},
    ...runbook?.slackChannel ? { slackChannel: runbook.slackChannel } : {}
  };
}
function defaultAddUrl(source, serverUrl = "https://github.com") {
  if (!source.repository) return void 0;
  const dir = source.dir === "." || source.dir === "" ? "" : `/${source.dir}`;
  return `${serverUrl.replace(/\/+$/, "")}/${source.repository}/tree/HEAD${dir}`;
}

export {
  runbookLink,
  defaultAddUrl
};
