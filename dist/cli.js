#!/usr/bin/env node
import "./chunks/chunk-GIGNEGIA.js";

// src/cli/node-version.ts
var MINIMUM_NODE_MAJOR = 22;
var OLDEST_STARTING_NODE_MAJOR = 20;
function nodeSupport(version, executable) {
  const major = /^\d+\./.test(version) ? Number.parseInt(version, 10) : Number.NaN;
  if (major >= MINIMUM_NODE_MAJOR) return { kind: "supported" };
  const install = `Install Node.js ${MINIMUM_NODE_MAJOR} or 24 (see https://nodejs.org/en/about/previous-releases), or put it first on PATH.
`;
  if (major >= OLDEST_STARTING_NODE_MAJOR) {
    return {
      kind: "unsupported",
      message: `warning: oncall supports Node.js ${MINIMUM_NODE_MAJOR} or newer; Node.js ${version} (${executable}) is past its end of life and is not tested. Continuing.
${install}`
    };
  }
  return {
    kind: "too-old",
    message: `oncall needs Node.js ${MINIMUM_NODE_MAJOR} or newer, but it was started with Node.js ${version} (${executable}).
${install}`
  };
}

// src/cli.ts
var support = nodeSupport(process.versions.node, process.execPath);
if (support.kind === "too-old") {
  process.stderr.write(support.message);
  process.exit(2);
}
var { fdOutput } = await import("./chunks/output-5ADUYC7A.js");
var stdout = fdOutput(1, { stream: () => process.stdout });
var stderr = fdOutput(2, { stream: () => process.stderr });
if (support.kind === "unsupported") stderr.write(support.message);
var { main } = await import("./chunks/main-F5KOM6UZ.js");
var exitCode = await main({
  argv: process.argv.slice(2),
  env: process.env,
  cwd: process.cwd(),
  stdout: (text) => stdout.write(text),
  stderr: (text) => stderr.write(text),
  // A getter: reading process.stdin creates the stream, which only the commands that read it should pay for.
  get stdin() {
    return process.stdin;
  }
});
await Promise.all([stdout.flush(), stderr.flush()]);
process.exit(exitCode);
