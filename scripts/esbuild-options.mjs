// The bundling settings every bundle of this repository uses (dist/, benchmarks, TypeScript scripts), in one place.
/**
 * Our sources' imports of Node's built-in modules (`import { readFile } from 'node:fs'`) are bundled as CommonJS
 * reads of the module, each name read where it is used. An ESM import of a built-in builds a facade that reads every
 * export, and some exports are getters that load heavy internals on first read: on Node.js 24 `node:http` loads
 * undici (its `WebSocket`), `node:fs` its streams, `node:crypto` WebCrypto — tens of milliseconds before a fresh
 * process (an alert run) sends its first request.
 */
const builtinsAsCommonJs = {
  name: 'node-builtins-as-commonjs',
  setup(build) {
    build.onResolve({ filter: /^node:/ }, (args) =>
      args.kind === 'import-statement' && !args.importer.includes('node_modules')
        ? { path: args.path, namespace: 'node-builtin' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'node-builtin' }, (args) => {
      const id = JSON.stringify(args.path);
      // `require` is the banner's: Node.js before 20.16 has no getBuiltinModule, and must still get as far as the
      // CLI's message about the Node.js version it needs.
      return {
        loader: 'js',
        contents: `module.exports = process.getBuiltinModule?.(${id}) ?? require(${id});\n`,
      };
    });
  },
};

export const bundleOptions = {
  bundle: true,
  splitting: true, // each CLI command is a dynamic import, so `oncall match` loads only the matcher
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  alias: {
    // pdjs's node-fetch 2 → the adapters' transport (see the shim).
    'cross-fetch': './src/pagerduty/cross-fetch-shim.cjs',
    // recheck's worker backend; the bundle runs its pure backend (see the stub).
    synckit: './src/runbooks/synckit-stub.ts',
  },
  // ESM output has no `require`; some CommonJS dependencies call it for Node built-ins.
  banner: {
    js: 'import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);',
  },
  define: { 'process.env.RECHECK_SYNC_BACKEND': '"pure"' },
  plugins: [builtinsAsCommonJs],
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
