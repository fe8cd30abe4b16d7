#!/usr/bin/env node
import { unsupportedNodeMessage } from './cli/node-version.js';

// Checked before the CLI and its dependencies load (they are imported below, only once the runtime is known to be
// supported), so an old Node.js gets this message rather than a stack trace from deep inside a dependency.
const unsupported = unsupportedNodeMessage(process.versions.node, process.execPath);
if (unsupported !== undefined) {
  process.stderr.write(unsupported);
  process.exit(2);
}

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
