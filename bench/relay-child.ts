/**
 * Starting and talking to bench/relay-process.ts (a relay, or the bare forward baseline, in a process of its own).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { RelaySettings } from '../src/relay/web.js';
import { childEnv } from './harness.js';

/** CPU time and peak RSS since "mark", and the heap now. */
export interface Report {
  cpuMs: number;
  rss: number;
  heapUsed: number;
}

/** RSS and heap after a GC. */
export interface Memory {
  rss: number;
  heapUsed: number;
}

export type ServerKind = { relay: RelaySettings } | { bareForward: { url: string; token: string } };

/** Starts the server process and resolves with it and its URL. */
export function startServerProcess(kind: ServerKind): Promise<{ child: ChildProcess; url: string }> {
  const script = fileURLToPath(new URL('./relay-process.js', import.meta.url));
  const env = childEnv(
    'relay' in kind
      ? { ONCALL_BENCH_RELAY_SETTINGS: JSON.stringify(kind.relay) }
      : { ONCALL_BENCH_BARE_FORWARD: JSON.stringify(kind.bareForward) },
  );
  const child = fork(script, [], {
    env,
    execArgv: ['--expose-gc'],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`bench: relay process exited ${code}`)));
    child.once('message', (message) => resolve({ child, url: (message as { url: string }).url }));
  });
}

/** Sends `message` and resolves with the answer. */
export function ask<T>(child: ChildProcess, message: 'mark' | 'report' | 'memory'): Promise<T> {
  return new Promise((resolve) => {
    child.once('message', (reply) => resolve(reply as T));
    child.send(message);
  });
}

export async function stopServerProcess(child: ChildProcess): Promise<void> {
  child.removeAllListeners('exit');
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.send('stop');
  });
}
