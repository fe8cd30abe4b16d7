// Runs a TypeScript script of this repository: bundles it with the same settings as dist/ and runs the result.
// Usage: node scripts/run-ts.mjs <file.ts> [args…]
import { build } from 'esbuild';
import { bundleOptions } from './esbuild-options.mjs';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs <file.ts> [args…]');
  process.exit(2);
}
const root = fileURLToPath(new URL('..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'oncall-run-ts-'));
await build({
  ...bundleOptions,
  absWorkingDir: root,
  entryPoints: { main: entry },
  outdir: out,
});
const result = spawnSync(process.execPath, [join(out, 'main.js'), ...args], {
  stdio: 'inherit',
  cwd: process.cwd(),
});
process.exit(result.status ?? 1);
