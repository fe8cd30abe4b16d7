// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with esbuild.
// Output is deterministic (no timestamps, content-hashed chunks), so CI can diff it against the committed dist/.
import { build } from 'esbuild';
import { rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

await rm(`${root}/dist`, { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true, // each CLI command is a dynamic import, so `oncall match` loads only the matcher
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'linked',
  metafile: true,
  logLevel: 'warning',
  alias: { 'cross-fetch': './src/pagerduty/cross-fetch-shim.cjs', synckit: './src/runbooks/synckit-stub.ts' },
  // ESM output has no `require`; some CommonJS dependencies call it for Node built-ins.
  banner: {
    js: 'import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);',
  },
  define: { 'process.env.RECHECK_SYNC_BACKEND': '"pure"' },
});
await writeFile(`${root}/dist/package.json`, '{\n  "type": "module"\n}\n');
if (process.argv.includes('--analyze')) {
  const { analyzeMetafile } = await import('esbuild');
  console.log(await analyzeMetafile(result.metafile));
}
