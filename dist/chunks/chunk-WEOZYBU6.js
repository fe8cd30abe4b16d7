import {
  optionalString
} from "./chunk-ITXU4ZJA.js";
import {
  buildIndex,
  resolveSource,
  serializeIndex
} from "./chunk-DTQ542JL.js";
import {
  builtin
} from "./chunk-RW3X5YEY.js";

// node-builtin:node:fs/promises#src/commands/build.ts
var m = builtin("node:fs/promises");
var mkdir = m.mkdir;
var rename = m.rename;
var rm = m.rm;
var writeFile = m.writeFile;

// node-builtin:node:path#src/commands/build.ts
var m2 = builtin("node:path");
var build_default = m2;

// src/commands/build.ts
function reportProblems(problems, log) {
  let errors = 0;
  for (const p of problems) {
    const annotation = { file: p.file, startLine: p.line, startColumn: p.column };
    if (p.severity === "error") {
      errors++;
      log.error(p.message, annotation);
    } else {
      log.warning(p.message, annotation);
    }
  }
  return errors;
}
async function writeFileAtomic(file, data) {
  await mkdir(build_default.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(temp, data, "utf8");
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
var defaultDeps = {
  validate: async (dir, options) => (await import("./validate-FHOTXXHP.js")).validateRunbooks(dir, options),
  resolveSource,
  writeFile: writeFileAtomic
};
async function runBuild(options, ctx, deps = defaultDeps) {
  const { runbooks, problems } = await deps.validate(options.dir, { cwd: ctx.cwd });
  const errors = reportProblems(problems, ctx.log);
  if (errors > 0) {
    ctx.log.error(
      `${errors} error(s) in ${options.dir}: no index was built. Fix them (run "oncall validate ${options.dir}") and build again.`
    );
    return { exitCode: 1 };
  }
  const source = await deps.resolveSource({ dir: options.dir, cwd: ctx.cwd, env: ctx.env });
  const json = serializeIndex(buildIndex(runbooks, source));
  if (options.out === void 0) {
    ctx.stdout(json);
  } else {
    await deps.writeFile(build_default.resolve(ctx.cwd, options.out), json);
    ctx.log.info(
      `Wrote ${options.out}: ${runbooks.length} runbook(s) from ${source.dir}` + (source.commit ? ` at ${source.commit.slice(0, 12)}` : " (no commit known)")
    );
  }
  return { exitCode: 0 };
}
var buildCommand = {
  name: "build",
  summary: "Validate runbooks and compile them into the published index (JSON)",
  usage: "oncall build [dir] [--out <file>]",
  description: [
    'Runs the same checks as "oncall validate" first and refuses to build when any error is found (nothing is',
    "written). The index is byte-identical for the same runbooks and commit: no timestamps, sorted by id.",
    'The commit comes from GITHUB_SHA or "git rev-parse HEAD", the repository from GITHUB_REPOSITORY.'
  ].join("\n"),
  positionals: [{ name: "dir", description: "Directory holding the runbook files", default: "runbooks" }],
  options: [
    {
      name: "out",
      type: "string",
      description: "Where to write the index; printed to standard output when absent"
    }
  ],
  run: (args, ctx) => {
    const out = optionalString(args, "out");
    return runBuild({ dir: args.positionals[0] ?? "runbooks", ...out !== void 0 ? { out } : {} }, ctx);
  }
};

export {
  reportProblems,
  writeFileAtomic,
  runBuild,
  buildCommand
};
