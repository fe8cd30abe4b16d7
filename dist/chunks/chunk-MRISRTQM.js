import {
  openIndexFile,
  openParsed
} from "./chunk-GUVNCUNR.js";
import {
  INDEX_FORMAT,
  INDEX_VERSION
} from "./chunk-OSEZHEJR.js";
import {
  builtin
} from "./chunk-RW3X5YEY.js";

// node-builtin:node:path#src/alert/runbooks.ts
var m = builtin("node:path");
var runbooks_default = m;

// src/alert/runbooks.ts
function loadedFromIndex(index, origin) {
  const opened = "matcher" in index ? index : openParsed(index);
  const matcher = opened.matcher();
  return {
    size: opened.size,
    channels: opened.channels,
    groupingIds: () => opened.groupingIds(),
    runbook: (id) => opened.runbook(id),
    runbooks: () => opened.runbooks(),
    match: (alert) => matcher.match(alert),
    source: opened.source,
    version: opened.version,
    origin
  };
}
function matchableRunbooks(result) {
  const brokenFiles = new Set(
    result.problems.filter((p) => p.severity === "error" && /^match(\.|\[|$)/.test(p.path ?? "")).map((p) => p.file)
  );
  const seen = /* @__PURE__ */ new Set();
  return result.runbooks.filter((r) => {
    const { any, all, regex } = r.match;
    if (brokenFiles.has(r.file) || seen.has(r.id) || any.length + all.length + regex.length === 0)
      return false;
    seen.add(r.id);
    return true;
  });
}
async function loadRunbooksDir(dir, options) {
  const [{ validateRunbooks }, { toIndexed, resolveSource }] = await Promise.all([
    import("./validate-FHOTXXHP.js"),
    import("./index-file-ILPIKYQS.js")
  ]);
  const result = await validateRunbooks(dir, { cwd: options.cwd });
  const runbooks = matchableRunbooks(result);
  const source = await resolveSource({ dir, cwd: options.cwd, env: options.env });
  const index = {
    format: INDEX_FORMAT,
    version: INDEX_VERSION,
    source,
    runbooks: runbooks.map((r) => toIndexed(r))
  };
  return {
    loaded: loadedFromIndex(index, `${dir.replace(/\/+$/, "")}/`),
    runbooks,
    errors: result.problems.filter((p) => p.severity === "error").length
  };
}
async function loadIndexFile(file, cwd) {
  return loadedFromIndex(await openIndexFile(runbooks_default.resolve(cwd, file), file), file);
}

export {
  loadedFromIndex,
  matchableRunbooks,
  loadRunbooksDir,
  loadIndexFile
};
