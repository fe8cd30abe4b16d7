import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  INDEX_FORMAT,
  INDEX_VERSION
} from "./chunk-P7JT3L7S.js";
import {
  createMatcher
} from "./chunk-GKK2PCUX.js";

// src/alert/runbooks.ts
import path from "node:path";
function loadedFromIndex(index, origin) {
  const matcher = createMatcher(index.runbooks);
  return {
    runbooks: index.runbooks,
    match: (alert) => matcher.match(alert),
    source: index.source,
    version: index.version,
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
    import("./validate-YG5PUEVW.js"),
    import("./index-file-XJLZRARI.js")
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
  const { readIndexFile } = await import("./index-file-XJLZRARI.js");
  return loadedFromIndex(await readIndexFile(path.resolve(cwd, file), file), file);
}

export {
  loadedFromIndex,
  matchableRunbooks,
  loadRunbooksDir,
  loadIndexFile
};
