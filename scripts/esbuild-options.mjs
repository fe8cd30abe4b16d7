// The bundling settings every bundle of this repository uses (dist/, benchmarks, TypeScript scripts), in one place.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
/**
 * Our sources' imports of Node's built-in modules (`import { readFile } from 'node:fs'`) are bundled as reads of the
 * module's CommonJS exports, only of the names the importing file names. An ESM import of a built-in builds a
 * facade that reads every export, and on Node.js 24 reading some of them loads heavy internals (`node:http`'s
 * `WebSocket` loads undici; `node:util`'s lazy exports load streams and worker threads): tens of milliseconds
 * before a fresh process (an alert run) sends its first request. A file that imports a built-in as a namespace
 * (`import * as`) keeps the plain import.
 */
const BUILTIN_LOADER = 'oncall:builtin-loader';

const builtinsAsCommonJs = {
  name: 'node-builtins-as-commonjs',
  setup(build) {
    const root = build.initialOptions.absWorkingDir ?? process.cwd();
    build.onResolve({ filter: /^node:/ }, async (args) => {
      if (
        args.kind !== 'import-statement' ||
        args.namespace !== 'file' ||
        args.importer.includes('node_modules')
      ) {
        return { path: args.path, external: true };
      }
      const names = importedNames(await readFile(args.importer, 'utf8'), args.path);
      if (!names) return { path: args.path, external: true };
      return {
        // One per importing file, so that it is bundled with that file rather than as a chunk of its own.
        path: `${args.path}#${path.relative(root, args.importer)}`,
        namespace: 'node-builtin',
        pluginData: { id: args.path, names },
      };
    });
    build.onResolve({ filter: new RegExp(`^${BUILTIN_LOADER}$`) }, () => ({
      path: BUILTIN_LOADER,
      namespace: 'node-builtin-loader',
    }));
    build.onLoad({ filter: /.*/, namespace: 'node-builtin' }, ({ pluginData: { id, names } }) => ({
      loader: 'js',
      contents: [
        `import { builtin } from ${JSON.stringify(BUILTIN_LOADER)};`,
        `const m = builtin(${JSON.stringify(id)});`,
        'export default m;',
        ...names.map((name) => `export const ${name} = m.${name};`),
        '',
      ].join('\n'),
    }));
    // Node.js before 20.16 has no getBuiltinModule, and must still get as far as the CLI's message about the
    // Node.js version it needs: there, and only there, a `require` is made (once, in this one shared module).
    build.onLoad({ filter: /.*/, namespace: 'node-builtin-loader' }, () => ({
      loader: 'js',
      contents: [
        "import { createRequire } from 'node:module';",
        'let requireBuiltin;',
        'export function builtin(id) {',
        "  if (typeof process.getBuiltinModule === 'function') return process.getBuiltinModule(id);",
        '  return (requireBuiltin || (requireBuiltin = createRequire(import.meta.url)))(id);',
        '}',
        '',
      ].join('\n'),
    }));
  },
};

/**
 * ESM output has no `require`; the CommonJS dependencies that call it for Node built-ins get one from the banner.
 * Each chunk is a module of its own that Node.js links at start-up, and a banner that imports `node:module` and makes
 * a `require` costs each of them time: after the build, the banner is removed again from every chunk whose code
 * never names `require`.
 */
// `require` is made on its first call: making it loads parts of Node's CommonJS loader, which a command whose
// dependencies never call it (most of them) does not need.
const BANNER =
  'import{createRequire as __oncallCreateRequire}from"node:module";let __oncallRequire;function require(id){return(__oncallRequire||(__oncallRequire=__oncallCreateRequire(import.meta.url)))(id)}';

const bannerOnlyWhereNeeded = {
  name: 'banner-only-where-needed',
  setup(build) {
    build.initialOptions.metafile = true;
    const root = build.initialOptions.absWorkingDir ?? process.cwd();
    build.onEnd(async (result) => {
      if (build.initialOptions.write === false || !result.metafile) return;
      for (const output of Object.keys(result.metafile.outputs)) {
        if (!output.endsWith('.js')) continue;
        const file = path.resolve(root, output);
        const code = await readFile(file, 'utf8');
        // After the `#!` line of an executable entry point, if any.
        const at = code.startsWith('#!') ? code.indexOf('\n') + 1 : 0;
        if (!code.startsWith(BANNER, at)) continue;
        const rest = code.slice(at + BANNER.length).replace(/^\n/, '');
        if (!/\brequire\b/.test(rest)) await writeFile(file, code.slice(0, at) + rest);
      }
    });
  },
};

/** The names `source` imports from `specifier` (`default` aside), or undefined for a namespace import. */
function importedNames(source, specifier) {
  const quoted = specifier.replace(/[/]/g, '\\/');
  const statements = source.matchAll(
    new RegExp(`import\\s+(?!type\\s)([^'";]*?)\\s+from\\s*['"]${quoted}['"]`, 'g'),
  );
  const names = new Set();
  for (const [, clause] of statements) {
    if (clause.includes('*')) return undefined;
    const braces = clause.match(/\{([^}]*)\}/);
    for (const part of braces ? braces[1].split(',') : []) {
      const name = part
        .trim()
        .replace(/^type\s+.*/, '')
        .split(/\s+as\s+/)[0]
        .trim();
      if (name) names.add(name);
    }
  }
  return [...names].sort();
}

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
  banner: { js: BANNER },
  define: { 'process.env.RECHECK_SYNC_BACKEND': '"pure"' },
  plugins: [builtinsAsCommonJs, bannerOnlyWhereNeeded],
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
