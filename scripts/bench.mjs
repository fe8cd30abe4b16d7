// Builds dist/ (cold-start rows measure the real bundle), bundles bench/*.ts to a temp dir, and runs it.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
const out = mkdtempSync(join(tmpdir(), 'oncall-bench-'));
await build({
  absWorkingDir: root,
  entryPoints: { run: 'bench/run.ts' },
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
const result = spawnSync(process.execPath, ['--expose-gc', join(out, 'run.js'), ...process.argv.slice(2)], {
  stdio: 'inherit',
  cwd: root,
  env: { ...process.env, ONCALL_ROOT: root },
});
process.exit(result.status ?? 1);
