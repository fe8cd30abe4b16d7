/**
 * `oncall preview "<alert title>"`: the Slack message that title would produce when its incident is triggered —
 * matched runbook, terms, also-matched, escalation — built by the alert path itself against a sample incident. No
 * tokens, no PagerDuty or Slack calls, no SDK loaded.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../errors.js';
import type { LoadedRunbooks } from '../alert/run.js';
// Static: every preview reads runbooks and builds a message; importing them with this module loads them at once.
import { loadIndexFile, loadRunbooksDir } from '../alert/runbooks.js';
import * as preview from '../preview/alert-preview.js';
import { flag, optionalString } from './args.js';
import {
  optionLabel,
  type CommandContext,
  type CommandResult,
  type CommandSpec,
  type ParsedArgs,
} from './command.js';

async function loadRunbooks(args: ParsedArgs, ctx: CommandContext): Promise<LoadedRunbooks> {
  const indexFile = optionalString(args, 'index');
  const dir = optionalString(args, 'dir');
  if (indexFile !== undefined && dir !== undefined) {
    throw new ConfigError(
      `${optionLabel(ctx, 'index')} and ${optionLabel(ctx, 'dir')} are alternatives: give one (an index built by "oncall build", or a runbooks directory).`,
    );
  }
  if (indexFile !== undefined) return loadIndexFile(indexFile, ctx.cwd);
  const from = dir ?? 'runbooks';
  if (!existsSync(path.resolve(ctx.cwd, from))) {
    throw new ConfigError(
      `No runbooks directory at ${JSON.stringify(from)} (looked in ${path.resolve(ctx.cwd, from)}): run from the repository root, or give ${optionLabel(ctx, 'dir')} <dir> or ${optionLabel(ctx, 'index')} <file>.`,
    );
  }
  const { loaded, errors } = await loadRunbooksDir(from, { cwd: ctx.cwd, env: ctx.env });
  if (errors > 0) {
    ctx.log.warning(
      `${errors} error(s) in ${from} (run "oncall validate ${from}"); previewing with the runbooks the matcher can run.`,
    );
  }
  return loaded;
}

async function run(args: ParsedArgs, ctx: CommandContext): Promise<CommandResult> {
  const title = args.positionals[0];
  if (title === undefined || title.trim() === '') {
    throw new ConfigError(
      'Missing alert title: expected oncall preview "<alert title>", e.g. oncall preview "[FIRING:1] KubePodCrashLooping (api prod)".',
    );
  }
  const json = flag(args, 'json');
  const htmlFile = optionalString(args, 'html');
  const service = optionalString(args, 'service');
  const runbooks = await loadRunbooks(args, ctx);
  const at = ctx.clock.now();
  const serverUrl = ctx.env.GITHUB_SERVER_URL || undefined;
  const result = await preview.previewAlert({
    title,
    runbooks,
    clock: ctx.clock,
    // The alert path's dry-run notes ("would escalate") are not part of the preview: debug only.
    log: {
      debug: (m) => ctx.log.debug(m),
      info: (m) => ctx.log.debug(m),
      warning: (m, a) => ctx.log.warning(m, a),
      error: (m, a) => ctx.log.error(m, a),
    },
    ...(service !== undefined ? { service } : {}),
    ...(serverUrl ? { serverUrl } : {}),
  });

  if (htmlFile !== undefined) {
    const target = path.resolve(ctx.cwd, htmlFile);
    try {
      await writeFile(target, preview.renderPreviewHtml(result.message, at, title));
    } catch (error) {
      throw new ConfigError(
        `Cannot write ${optionLabel(ctx, 'html')} ${JSON.stringify(htmlFile)} (${target}): ${(error as Error).message}. Check that the directory exists and is writable.`,
        { cause: error },
      );
    }
    ctx.log.info(`Wrote the HTML preview to ${htmlFile}`);
  }
  if (json) {
    // The payload exactly as `oncall alert --dry-run` prints it (its `blocks` paste into Block Kit Builder).
    ctx.stdout(`${JSON.stringify(result.message, null, 2)}\n`);
  } else {
    ctx.stdout(
      [
        `Preview of the Slack message for a triggered incident titled ${JSON.stringify(title)}`,
        `(sample incident ${preview.PREVIEW_INCIDENT_ID}; the on-call is shown as a placeholder; runbooks from ${runbooks.origin})`,
        '',
        preview.renderPreviewText(result.message, at).trimEnd(),
        '',
        ...(result.routedChannel
          ? [
              `Posted to channel ${result.routedChannel} (slack_channel of runbook ${result.runbookId ?? ''}), not the workflow's channel.`,
              '',
            ]
          : []),
        preview.formatMatches(result.matches),
      ].join('\n'),
    );
    // Read from the title's candidate runbooks only: a 10,000-runbook index is not read row by row for a note.
    const limited = result.serviceLimited;
    if (limited.length > 0) {
      const ids = limited.map((r) => r.id).join(', ');
      const names = [...new Set(limited.flatMap((r) => r.services))].slice(0, 5).join(', ');
      ctx.stdout(
        `Note: ${limited.length === 1 ? 'runbook' : 'runbooks'} ${ids} would match this title for an incident of ` +
          `${limited.length === 1 ? 'a service it lists' : 'the services they list'} (${names}); ` +
          `give --service <name-or-id> to preview that.\n`,
      );
    }
  }
  ctx.setOutput('runbook-id', result.runbookId ?? '');
  return { exitCode: 0 };
}

export const previewCommand: CommandSpec = {
  name: 'preview',
  summary: 'Show the Slack message an alert title would produce, with its matched runbook (offline)',
  usage:
    'oncall preview "<alert title>" [--dir runbooks | --index index.json] [--service <name-or-id>] [--html <file>] [--json]',
  description: [
    'Builds the incident.triggered message for the title with the alert path itself, against a sample incident:',
    'the best runbook with the terms that matched, up to three "also matched", the escalation an escalate_to would',
    'do, or the "no runbook matches" text. The incident id and link are placeholders and the on-call shows as',
    '"(current on-call)"; nothing is read from PagerDuty or posted to Slack, and no token is needed. Prints the',
    'message as text followed by every match and its terms; --json prints the Block Kit payload instead, --html',
    'also writes the message as a self-contained HTML page. Give --service for runbooks limited to services.',
  ].join('\n'),
  positionals: [{ name: 'title', description: 'The alert title as it arrives in PagerDuty' }],
  options: [
    {
      name: 'dir',
      type: 'string',
      description: 'Runbooks directory (validated, then matched)',
      default: 'runbooks',
    },
    { name: 'index', type: 'string', description: 'Runbook index file built by "oncall build"' },
    {
      name: 'service',
      type: 'string',
      description: 'PagerDuty service name or ID of the incident (for runbooks with match.services)',
    },
    {
      name: 'html',
      type: 'string',
      description: 'Also write the message as a self-contained HTML page to this file',
    },
    {
      name: 'json',
      type: 'boolean',
      description: 'Print the Block Kit payload (JSON) instead of text',
      cliOnly: true,
    },
  ],
  run,
};
