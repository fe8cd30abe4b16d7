/** Links from the alert message to runbooks: a matched runbook's document, and where to add a missing one. */
import type { IndexedRunbook, RunbookIndex, RunbookMatch } from '../runbooks/types.js';
import { docUrl, type RunbookLink } from './message.js';

/** The matched runbook as the message links it: its own URL, or its document on GitHub, and its owner and routing. */
export function runbookLink(
  match: RunbookMatch,
  runbook: IndexedRunbook | undefined,
  loaded: { source: RunbookIndex['source'] },
  settings: { serverUrl?: string },
): RunbookLink {
  const href =
    runbook?.url ?? (runbook?.doc ? docUrl(loaded.source, runbook.doc, settings.serverUrl) : undefined);
  return {
    id: match.id,
    title: match.title,
    terms: match.terms,
    ...(href ? { href } : {}),
    ...(runbook?.owner ? { owner: runbook.owner } : {}),
    ...(runbook?.escalateTo !== undefined ? { escalateTo: runbook.escalateTo } : {}),
    ...(runbook?.slackChannel ? { slackChannel: runbook.slackChannel } : {}),
  };
}

/** Where "no runbook matches" sends people to add one: the runbooks directory of the index's repository. */
export function defaultAddUrl(
  source: RunbookIndex['source'],
  serverUrl = 'https://github.com',
): string | undefined {
  if (!source.repository) return undefined;
  const dir = source.dir === '.' || source.dir === '' ? '' : `/${source.dir}`;
  return `${serverUrl.replace(/\/+$/, '')}/${source.repository}/tree/HEAD${dir}`;
}
