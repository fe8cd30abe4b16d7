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
