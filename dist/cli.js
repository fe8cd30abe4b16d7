#!/usr/bin/env node
import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import "./chunks/chunk-RX3WBYGZ.js";

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
if (support.kind !== "supported") process.stderr.write(support.message);
if (support.kind === "too-old") process.exit(2);
var { main } = await import("./chunks/main-PWSVRYKS.js");
var exitCode = await main({
  argv: process.argv.slice(2),
  env: process.env,
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: process.stdin
});
await Promise.all([
  new Promise((resolve) => process.stdout.write("", resolve)),
  new Promise((resolve) => process.stderr.write("", resolve))
]);
process.exit(exitCode);
