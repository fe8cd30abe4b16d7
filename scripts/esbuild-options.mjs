// The bundling settings every bundle of this repository uses (dist/, benchmarks, TypeScript scripts), in one place.
export const bundleOptions = {
  bundle: true,
  splitting: true, // each CLI command is a dynamic import, so `oncall match` loads only the matcher
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  alias: {
    // pdjs's node-fetch 2 → Node's global fetch (see the shim).
    'cross-fetch': './src/pagerduty/cross-fetch-shim.cjs',
    // recheck's worker backend; the bundle runs its pure backend (see the stub).
    synckit: './src/runbooks/synckit-stub.ts',
  },
  // ESM output has no `require`; some CommonJS dependencies call it for Node built-ins.
  banner: {
    js: 'import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);',
  },
  define: { 'process.env.RECHECK_SYNC_BACKEND': '"pure"' },
};

/** The bundles in dist/: the action, the CLI, and the relay's fetch function for serverless runtimes. */
export const distEntryPoints = { index: 'src/index.ts', cli: 'src/cli.ts', 'relay-web': 'src/relay/web.ts' };

/** How dist/ is built (scripts/build.mjs, the container image, the image's file-set test). */
export const distBuildOptions = {
  ...bundleOptions,
  entryPoints: distEntryPoints,
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'linked',
};
