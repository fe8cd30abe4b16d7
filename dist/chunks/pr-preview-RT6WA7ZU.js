import {
  optionalString
} from "./chunk-ITXU4ZJA.js";
import {
  escapeMarkdown
} from "./chunk-JN6JRQFA.js";
import {
  toIndexed
} from "./chunk-DTQ542JL.js";
import {
  DEFAULT_INDEX_BRANCH,
  DEFAULT_INDEX_PATH
} from "./chunk-OSEZHEJR.js";
import {
  createMatcher
} from "./chunk-M7LR7W3O.js";
import {
  printable
} from "./chunk-TVETWU2K.js";
import {
  readAlert
} from "./chunk-QB6QIQAD.js";
import "./chunk-RW3X5YEY.js";
import {
  describeError
} from "./chunk-BYBTV2RS.js";
import "./chunk-GIGNEGIA.js";

// src/preview/pr-preview.ts
var MAX_PREVIEWS = 25;
var MAX_TITLES_PER_RUNBOOK = 50;
function compareWithBase(head, base) {
  const headIndexed = head.map(toIndexed);
  const headMatcher = safeMatcher(headIndexed);
  const baseMatcher = safeMatcher(base.runbooks);
  const baseById = new Map(base.runbooks.map((r) => [r.id, r]));
  const headById = new Map(headIndexed.map((r) => [r.id, r]));
  const verdicts = (owner, tests) => {
    const service = owner.match.services[0];
    const check = (kind, text) => {
      const alert = alertFor(text, service);
      const now = headMatcher(alert)[0];
      const before = baseMatcher(alert)[0];
      return {
        runbookId: owner.id,
        kind,
        text,
        ...now ? { now } : {},
        ...before ? { before } : {},
        changed: now?.id !== before?.id
      };
    };
    return [...tests.match.map((t) => check("match", t)), ...tests.noMatch.map((t) => check("no_match", t))];
  };
  const changes = [];
  const moved = [];
  head.forEach((runbook, i) => {
    const indexed = headIndexed[i];
    const before = baseById.get(runbook.id);
    const titles = verdicts(indexed, runbook.tests);
    const baseTests = base.tests?.get(runbook.id);
    const kind = !before ? "added" : canonical(before) !== canonical(indexed) || baseTests !== void 0 && canonical(baseTests) !== canonical(runbook.tests) ? "changed" : void 0;
    if (kind) changes.push({ id: runbook.id, title: runbook.title, kind, file: runbook.file, titles });
    else moved.push(...titles.filter((t) => t.changed));
  });
  for (const removed of base.runbooks) {
    if (headById.has(removed.id)) continue;
    const tests = base.tests?.get(removed.id) ?? { match: [], noMatch: [] };
    changes.push({ id: removed.id, title: removed.title, kind: "removed", titles: verdicts(removed, tests) });
  }
  changes.sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { origin: base.origin, baseHasTests: base.tests !== void 0, commit: base.commit, changes, moved };
}
function alertFor(text, service) {
  return {
    text: readAlert(text).text,
    ...service !== void 0 ? { service: { id: service, name: service } } : {}
  };
}
function safeMatcher(runbooks) {
  let matcher;
  try {
    matcher = createMatcher(runbooks);
  } catch {
    const usable = runbooks.filter((r) => {
      try {
        createMatcher([r]);
        return true;
      } catch {
        return false;
      }
    });
    matcher = createMatcher(usable);
  }
  return (alert) => matcher.match(alert);
}
function canonical(value) {
  return JSON.stringify(
    value,
    (_key, v) => v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(
      Object.entries(v).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)
    ) : v
  );
}
function flaggedCount(c) {
  return c.changes.reduce((n, ch) => n + ch.titles.filter((t) => t.changed).length, 0) + c.moved.length;
}
function formatComparisonText(c) {
  const out = [
    `Compared with the default branch (${printable(c.origin)}${c.commit ? ` @ ${c.commit.slice(0, 7)}` : ""}):`,
    `${plural(c.changes.length, "changed runbook")}${countKinds(c)}, ${plural(flaggedCount(c), "test title")} now matching a different runbook.`
  ];
  for (const ch of c.changes) {
    const file = ch.file ? `, ${printable(ch.file)}` : "";
    out.push("", `${KIND_MARK[ch.kind]} ${printable(ch.id)} \u2014 ${printable(ch.title)} (${ch.kind}${file})`);
    if (ch.titles.length === 0) out.push("  (no embedded tests)");
    for (const t of ch.titles.slice(0, MAX_TITLES_PER_RUNBOOK)) out.push(titleLine(t));
    if (ch.titles.length > MAX_TITLES_PER_RUNBOOK)
      out.push(`  \u2026 and ${ch.titles.length - MAX_TITLES_PER_RUNBOOK} more`);
  }
  if (c.moved.length > 0) {
    out.push("", "Test titles of unchanged runbooks that now match differently:");
    for (const t of c.moved) out.push(titleLine(t, true));
  }
  out.push("", 'Preview one message with: oncall preview "<alert title>"');
  return `${out.join("\n")}
`;
}
var KIND_MARK = { added: "+", changed: "~", removed: "-" };
function titleLine(t, withOwner = false) {
  const flag = t.changed ? "  << CHANGED" : "";
  const owner = withOwner ? `${t.runbookId} ` : "";
  return `  ${owner}${t.kind === "match" ? "match   " : "no_match"} ${JSON.stringify(t.text)}
      now: ${t.now?.id ?? "(none)"}   default branch: ${t.before?.id ?? "(none)"}${flag}`;
}
function countKinds(c) {
  const counts = ["added", "changed", "removed"].map((k) => [k, c.changes.filter((ch) => ch.kind === k).length]).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${k}`);
  return counts.length > 0 ? ` (${counts.join(", ")})` : "";
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function formatComparisonMarkdown(c, previews = /* @__PURE__ */ new Map()) {
  const flagged = flaggedCount(c);
  const lines = [
    "## Runbook changes compared with the default branch",
    "",
    `Base: ${md(c.origin)}${c.commit ? ` @ <code>${md(c.commit.slice(0, 7))}</code>` : ""} \xB7 ${plural(c.changes.length, "changed runbook")}${countKinds(c)} \xB7 ` + (flagged > 0 ? `\u26A0\uFE0F **${plural(flagged, "test title")} now match a different runbook**` : "no test title changes runbook"),
    ""
  ];
  if (c.changes.length === 0) lines.push("No runbook differs from the default branch.", "");
  for (const ch of c.changes) {
    lines.push(`### ${KIND_ICON[ch.kind]} <code>${md(ch.id)}</code> \u2014 ${md(ch.title)} (${ch.kind})`, "");
    if (ch.titles.length === 0) {
      lines.push(
        ch.kind === "removed" && !c.baseHasTests ? "_Removed. Its test titles are not in the base (an index carries none); give `base-dir` to see them._" : "_No embedded tests: add `tests.match` so reviewers see what this runbook catches._",
        ""
      );
      continue;
    }
    lines.push(...titleTable(ch.titles.slice(0, MAX_TITLES_PER_RUNBOOK), false), "");
    if (ch.titles.length > MAX_TITLES_PER_RUNBOOK) {
      lines.push(`\u2026 and ${ch.titles.length - MAX_TITLES_PER_RUNBOOK} more test titles.`, "");
    }
    lines.push(...previewBlocks(ch.titles, previews));
  }
  if (c.moved.length > 0) {
    lines.push(
      "### \u26A0\uFE0F Test titles of unchanged runbooks that now match differently",
      "",
      "A changed rule now claims (or no longer claims) these titles:",
      "",
      ...titleTable(c.moved, true),
      "",
      ...previewBlocks(c.moved, previews)
    );
  }
  return lines.join("\n");
}
function previewBlocks(titles, previews) {
  const lines = [];
  for (const t of titles) {
    const preview = previews.get(t.text);
    if (t.kind !== "match" || preview === void 0) continue;
    lines.push(
      `<details><summary>Message preview: ${md(t.text)}</summary>`,
      "",
      fenced(preview),
      "",
      "</details>",
      ""
    );
  }
  return lines;
}
var KIND_ICON = { added: "\u{1F195}", changed: "\u270F\uFE0F", removed: "\u{1F5D1}\uFE0F" };
function titleTable(titles, withOwner) {
  const head = withOwner ? [
    "| Runbook | Test | Alert title | Matches now | On the default branch | |",
    "| --- | --- | --- | --- | --- | --- |"
  ] : ["| Test | Alert title | Matches now | On the default branch | |", "| --- | --- | --- | --- | --- |"];
  return [
    ...head,
    ...titles.map((t) => {
      const cells = [
        ...withOwner ? [`<code>${md(t.runbookId)}</code>`] : [],
        t.kind === "match" ? "match" : "no_match",
        `<code>${md(t.text)}</code>`,
        matchCell(t.now),
        matchCell(t.before),
        t.changed ? "\u26A0\uFE0F changed" : ""
      ];
      return `| ${cells.join(" | ")} |`;
    })
  ];
}
function matchCell(m) {
  return m ? `<code>${md(m.id)}</code>` : "_none_";
}
var md = escapeMarkdown;
function fenced(text) {
  const longest = Math.max(0, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}text
${text.replace(/\n+$/, "")}
${fence}`;
}
async function previewTitles(c, head, ctx) {
  const { previewAlert, renderPreviewText } = await import("./alert-preview-54TUM3PO.js");
  const previews = /* @__PURE__ */ new Map();
  const serverUrl = ctx.env.GITHUB_SERVER_URL || void 0;
  const titles = [...c.changes.filter((ch) => ch.kind !== "removed").flatMap((ch) => ch.titles), ...c.moved];
  for (const t of titles) {
    if (t.kind !== "match" || previews.has(t.text)) continue;
    if (previews.size >= MAX_PREVIEWS) break;
    const service = head.runbook(t.runbookId)?.match.services[0];
    const { message } = await previewAlert({
      title: t.text,
      runbooks: head,
      clock: ctx.clock,
      ...service !== void 0 ? { service } : {},
      ...serverUrl ? { serverUrl } : {}
    });
    previews.set(t.text, renderPreviewText(message, ctx.clock.now()).trimEnd());
  }
  return previews;
}
async function runPrPreview(args, ctx, result, options) {
  let base;
  try {
    base = await loadBase(args, ctx);
  } catch (error) {
    const message = `Cannot compare with the default branch: ${describeError(error)}`;
    ctx.log.warning(message);
    ctx.summary?.addMarkdown(`## Runbook changes compared with the default branch

${md(message)}
`);
    return;
  }
  if (!base) {
    ctx.summary?.addMarkdown(
      "## Runbook changes compared with the default branch\n\nNot compared: give the action a `github-token` (to read the published index), a `base-index` file or a `base-dir` checkout of the default branch.\n"
    );
    return;
  }
  const [{ matchableRunbooks, loadedFromIndex }, { resolveSource }] = await Promise.all([
    import("./runbooks-CSXH42MD.js"),
    import("./index-file-ILPIKYQS.js")
  ]);
  const head = matchableRunbooks(result);
  const comparison = compareWithBase(head, base);
  if (options.printText) ctx.stdout(formatComparisonText(comparison));
  if (ctx.summary) {
    const source = await resolveSource({ dir: options.dir, cwd: ctx.cwd, env: ctx.env });
    const loaded = loadedFromIndex(
      { format: "oncall-runbooks/index", version: 1, source, runbooks: head.map(toIndexed) },
      `${options.dir.replace(/\/+$/, "")}/ (this pull request)`
    );
    const previews = await previewTitles(comparison, loaded, ctx);
    ctx.summary.addMarkdown(formatComparisonMarkdown(comparison, previews));
  }
  const flagged = flaggedCount(comparison);
  ctx.log.info(
    `Compared with ${base.origin}: ${plural(comparison.changes.length, "changed runbook")}, ${plural(flagged, "test title")} now matching a different runbook.`
  );
}
async function loadBase(args, ctx) {
  const baseDir = optionalString(args, "base-dir");
  const baseIndex = optionalString(args, "base-index");
  if (baseDir !== void 0) {
    const [{ validateRunbooks }, { matchableRunbooks }] = await Promise.all([
      import("./validate-FHOTXXHP.js"),
      import("./runbooks-CSXH42MD.js")
    ]);
    const { existsSync } = await import("node:fs");
    const path = await import("node:path");
    if (!existsSync(path.resolve(ctx.cwd, baseDir))) {
      throw new Error(
        `base-dir "${baseDir}" does not exist (looked in ${path.resolve(ctx.cwd, baseDir)}): check out the default branch there first (e.g. actions/checkout with ref: \${{ github.base_ref }} and path: base).`
      );
    }
    const runbooks = matchableRunbooks(await validateRunbooks(baseDir, { cwd: ctx.cwd }));
    return {
      runbooks: runbooks.map(toIndexed),
      tests: new Map(runbooks.map((r) => [r.id, r.tests])),
      origin: `base-dir ${baseDir}`,
      commit: null
    };
  }
  if (baseIndex !== void 0) {
    const [{ readIndexFile }, path] = await Promise.all([
      import("./index-file-ILPIKYQS.js"),
      import("node:path")
    ]);
    const index = await readIndexFile(path.resolve(ctx.cwd, baseIndex), baseIndex);
    return fromIndex(index, `base-index ${baseIndex}`);
  }
  if (ctx.surface !== "action") return void 0;
  const token = optionalString(args, "github-token");
  const repository = optionalString(args, "repository");
  if (token === void 0 || repository === void 0) return void 0;
  const [{ createGitHubClient }, { loadPublishedIndex }] = await Promise.all([
    import("./client-NAJHPQJL.js"),
    import("./publish-N2CIIGNJ.js")
  ]);
  const apiUrl = optionalString(args, "github-api-url");
  const github = createGitHubClient({
    token,
    repository,
    ...apiUrl ? { apiUrl } : {},
    clock: ctx.clock,
    log: ctx.log
  });
  const branch = optionalString(args, "index-branch") ?? DEFAULT_INDEX_BRANCH;
  const file = optionalString(args, "index-path") ?? DEFAULT_INDEX_PATH;
  return fromIndex(
    await loadPublishedIndex(github, { branch, path: file }),
    `published index (${branch}:${file})`
  );
}
function fromIndex(index, origin) {
  return { runbooks: index.runbooks, origin, commit: index.source.commit };
}
export {
  MAX_PREVIEWS,
  MAX_TITLES_PER_RUNBOOK,
  compareWithBase,
  flaggedCount,
  formatComparisonMarkdown,
  formatComparisonText,
  md,
  previewTitles,
  runPrPreview
};
