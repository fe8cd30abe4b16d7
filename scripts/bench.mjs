// Builds dist/ (cold-start rows measure the real bundle), bundles bench/*.ts to a temp dir, and runs it.
import { build } from 'esbuild';
import { bundleOptions } from './esbuild-options.mjs';
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
  ...bundleOptions,
  absWorkingDir: root,
  entryPoints: { run: 'bench/run.ts', 'relay-process': 'bench/relay-process.ts' },
  outdir: out,
});
const result = spawnSync(process.execPath, ['--expose-gc', join(out, 'run.js'), ...process.argv.slice(2)], {
  stdio: 'inherit',
  cwd: root,
  env: { ...process.env, ONCALL_ROOT: root },
});
process.exit(result.status ?? 1);
