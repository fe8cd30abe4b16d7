#!/usr/bin/env node
import { nodeSupport } from './cli/node-version.js';

// Checked before the CLI and its dependencies load (they are imported below, only once the runtime is known to be
// able to run them), so an old Node.js gets this message rather than a stack trace from deep inside a dependency.
const support = nodeSupport(process.versions.node, process.execPath);
if (support.kind === 'too-old') {
  process.stderr.write(support.message);
  process.exit(2);
}

// Straight to the file descriptors (see src/cli/output.ts): a short command does not pay for creating the streams.
// The warning is out before the CLI's modules load, as the refusal above is.
const { fdOutput } = await import('./cli/output.js');
const stdout = fdOutput(1, { stream: () => process.stdout });
const stderr = fdOutput(2, { stream: () => process.stderr });
if (support.kind === 'unsupported') stderr.write(support.message);

const { main } = await import('./cli/main.js');

const exitCode = await main({
  argv: process.argv.slice(2),
  env: process.env,
  cwd: process.cwd(),
  stdout: (text) => stdout.write(text),
  stderr: (text) => stderr.write(text),
  // A getter: reading process.stdin creates the stream, which only the commands that read it should pay for.
  get stdin() {
    return process.stdin;
  },
});
// Idle keep-alive sockets of the HTTP clients would hold the process open for a while after the work is done;
// once the output is flushed there is nothing left to wait for.
await Promise.all([stdout.flush(), stderr.flush()]);
process.exit(exitCode);
