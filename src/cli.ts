#!/usr/bin/env node
import { nodeSupport } from './cli/node-version.js';

// Checked before the CLI and its dependencies load (they are imported below, only once the runtime is known to be
// able to run them), so an old Node.js gets this message rather than a stack trace from deep inside a dependency.
const support = nodeSupport(process.versions.node, process.execPath);
if (support.kind !== 'supported') process.stderr.write(support.message);
if (support.kind === 'too-old') process.exit(2);

const { main } = await import('./cli/main.js');
const exitCode = await main({
  argv: process.argv.slice(2),
  env: process.env,
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: process.stdin,
});
// Idle keep-alive sockets of the HTTP clients would hold the process open for a while after the work is done;
// once both streams are flushed there is nothing left to wait for.
await Promise.all([
  new Promise((resolve) => process.stdout.write('', resolve)),
  new Promise((resolve) => process.stderr.write('', resolve)),
]);
process.exit(exitCode);
