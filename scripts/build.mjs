// Bundles the action (dist/index.js), the CLI (dist/cli.js) and the relay's fetch function for serverless runtimes
// (dist/relay-web.js) with esbuild.
// Output is deterministic (no timestamps, content-hashed chunks), so CI can diff it against the committed dist/.
import { build } from 'esbuild';
import { distBuildOptions } from './esbuild-options.mjs';
import { rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

await rm(`${root}/dist`, { recursive: true, force: true });
const result = await build({
  ...distBuildOptions,
  absWorkingDir: root,
  outdir: 'dist',
  metafile: true,
});
await writeFile(`${root}/dist/package.json`, '{\n  "type": "module"\n}\n');
if (process.argv.includes('--analyze')) {
  const { analyzeMetafile } = await import('esbuild');
  console.log(await analyzeMetafile(result.metafile));
}
