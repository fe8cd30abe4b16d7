// Runs a TypeScript script of this repository: bundles it with the same settings as dist/ and runs the result.
// Usage: node scripts/run-ts.mjs <file.ts> [args…]
import { build } from 'esbuild';
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
  absWorkingDir: root,
  entryPoints: { main: entry },
  outdir: out,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  alias: { 'cross-fetch': './src/pagerduty/cross-fetch-shim.cjs', synckit: './src/runbooks/synckit-stub.ts' },
  banner: {
    js: 'import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);',
  },
  define: { 'process.env.RECHECK_SYNC_BACKEND': '"pure"' },
});
const result = spawnSync(process.execPath, [join(out, 'main.js'), ...args], {
  stdio: 'inherit',
  cwd: process.cwd(),
});
process.exit(result.status ?? 1);
