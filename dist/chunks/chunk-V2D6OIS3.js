import {
  ConflictError
} from "./chunk-S4TTLXGH.js";
import {
  openIndex
} from "./chunk-GUVNCUNR.js";
import {
  buildIndex,
  parseIndex,
  serializeIndex
} from "./chunk-DTQ542JL.js";
import {
  DEFAULT_INDEX_BRANCH,
  DEFAULT_INDEX_PATH
} from "./chunk-OSEZHEJR.js";
import {
  ConfigError,
  ValidationFailedError
} from "./chunk-BYBTV2RS.js";

// src/publish/publish.ts
async function publishRunbooks(deps, options) {
  const { runbooks, problems } = await deps.validate(options.dir, { cwd: options.cwd });
  const errors = deps.report(problems);
  if (errors > 0) {
    throw new ValidationFailedError(
      `${errors} error(s) in ${options.dir}: nothing was published. Fix them (run "oncall validate ${options.dir}") and publish again.`
    );
  }
  const source = await deps.resolveSource({ dir: options.dir, cwd: options.cwd, env: options.env });
  const content = serializeIndex(buildIndex(runbooks, source));
  const bytes = Buffer.byteLength(content);
  const base = { runbooks: runbooks.length, bytes, content };
  const target = `${options.branch}:${options.path}`;
  if (!deps.github) {
    deps.log.info(
      `Dry run: would publish ${runbooks.length} runbook(s) (${bytes} bytes) to ${target}; no token, not compared.`
    );
    return { ...base, changed: true, commitSha: null, compared: false };
  }
  const short = source.commit ? source.commit.slice(0, 12) : "a working tree";
  const message = `Publish runbook index: ${runbooks.length} runbook(s) from ${short}`;
  if (options.dryRun) {
    const current = await deps.github.getFile(options.branch, options.path);
    const changed = current?.content !== content;
    deps.log.info(
      `Dry run: ${target} ${changed ? "would be updated" : "is up to date"} (${runbooks.length} runbook(s), ${bytes} bytes).`
    );
    return { ...base, changed, commitSha: null, compared: true };
  }
  const written = await writeIfChanged(deps.github, {
    branch: options.branch,
    path: options.path,
    content,
    message
  });
  deps.log.info(
    written.changed ? `Published ${runbooks.length} runbook(s) to ${target} in commit ${written.commitSha}.` : `${target} is up to date (${runbooks.length} runbook(s)); no commit made.`
  );
  return { ...base, changed: written.changed, commitSha: written.commitSha, compared: true };
}
async function writeIfChanged(github, file) {
  for (let attempt = 1; ; attempt++) {
    const current = await github.getFile(file.branch, file.path);
    if (current?.content === file.content) return { changed: false, commitSha: null };
    if (!current) await github.ensureBranch(file.branch);
    try {
      const { commitSha } = await github.putFile(
        file.branch,
        file.path,
        file.content,
        file.message,
        current?.sha
      );
      return { changed: true, commitSha };
    } catch (error) {
      if (!(error instanceof ConflictError) || attempt >= 2) throw error;
    }
  }
}
async function loadPublishedIndex(github, options = {}) {
  const { content, origin } = await readPublishedIndex(github, options);
  return parseIndex(content, origin);
}
async function openPublishedIndex(github, options = {}) {
  const { content, origin } = await readPublishedIndex(github, options);
  return openIndex(content, origin);
}
async function readPublishedIndex(github, options) {
  const branch = options.branch ?? DEFAULT_INDEX_BRANCH;
  const path = options.path ?? DEFAULT_INDEX_PATH;
  const file = await github.getFile(branch, path);
  if (!file) {
    throw new ConfigError(
      `No published runbook index at ${path} on branch "${branch}": run the publish workflow first ("oncall publish" on a push to the default branch), or check the branch and path settings.`
    );
  }
  return { content: file.content, origin: `${branch}:${path}` };
}

export {
  publishRunbooks,
  writeIfChanged,
  loadPublishedIndex,
  openPublishedIndex
};
