/**
 * The layers of src/, checked on the imports of every source file (static, `export … from`, type-only and dynamic
 * `import()` alike — a type import still couples two modules):
 *
 * - base modules (errors, log, clock, util/) import only each other;
 * - the adapters (github/, slack/, pagerduty/) import only themselves and the base modules;
 * - the engine (runbooks/) imports only itself and the base modules — never a command, a room or an adapter;
 * - only the fakes themselves and the sandbox (which wires them) import src/fakes/;
 * - no import cycle anywhere.
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

type Graph = Map<string, string[]>;

const SRC = path.resolve('src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Every relative import of every file under src/, as paths relative to src/ (`runbooks/matcher.ts`). */
function importGraph(): Graph {
  const graph: Graph = new Map();
  for (const file of sourceFiles(SRC)) {
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = info.importedFiles
      .map((imported) => imported.fileName)
      .filter((name) => name.startsWith('.'))
      .map((name) => path.relative(SRC, path.resolve(path.dirname(file), name)).replace(/\.js$/, '.ts'));
    graph.set(path.relative(SRC, file), [...new Set(targets)]);
  }
  return graph;
}

/** Each import that breaks `allowed`, as `from → to`. */
function violations(graph: Graph, from: (file: string) => boolean, allowed: (target: string) => boolean) {
  return [...graph]
    .filter(([file]) => from(file))
    .flatMap(([file, targets]) => targets.filter((t) => !allowed(t)).map((t) => `${file} → ${t}`));
}

/** One import cycle per strongly connected group of files, as a path `a → b → … → a`. */
function importCycles(graph: Graph): string[] {
  const cycles: string[] = [];
  const done = new Set<string>();
  const onPath: string[] = [];
  const visit = (file: string): void => {
    const at = onPath.indexOf(file);
    if (at >= 0) {
      cycles.push([...onPath.slice(at), file].join(' → '));
      return;
    }
    if (done.has(file)) return;
    onPath.push(file);
    for (const target of graph.get(file) ?? []) visit(target);
    onPath.pop();
    done.add(file);
  };
  for (const file of [...graph.keys()].sort()) visit(file);
  return cycles;
}

const isBase = (file: string) =>
  ['errors.ts', 'log.ts', 'clock.ts'].includes(file) || file.startsWith(`util${path.sep}`);
const under = (dir: string) => (file: string) => file.startsWith(`${dir}${path.sep}`);

describe('layering of src/', () => {
  const graph = importGraph();

  it('reads the imports it checks (static, re-exports, type-only and dynamic)', () => {
    expect(graph.get(path.join('cli', 'main.ts'))).toContain(path.join('commands', 'registry.ts'));
    expect(graph.get(path.join('commands', 'publish.ts'))).toContain(path.join('publish', 'publish.ts'));
    // A dynamic import: `await import('./alert-preview.js')`.
    expect(graph.get(path.join('preview', 'pr-preview.ts'))).toContain(
      path.join('preview', 'alert-preview.ts'),
    );
    expect(graph.get(path.join('alert', 'message.ts'))).toContain(path.join('dispatch', 'types.ts'));
  });

  it('keeps the base modules free of everything else', () => {
    expect(violations(graph, isBase, isBase)).toEqual([]);
  });

  it('keeps the adapters on the base modules and their own files', () => {
    for (const dir of ['github', 'slack', 'pagerduty']) {
      expect(violations(graph, under(dir), (t) => under(dir)(t) || isBase(t))).toEqual([]);
    }
  });

  it('keeps the engine (src/runbooks/) from importing upward: only itself and the base modules', () => {
    expect(violations(graph, under('runbooks'), (t) => under('runbooks')(t) || isBase(t))).toEqual([]);
  });

  it('imports the fakes only from the fakes and the sandbox', () => {
    const wiresFakes = (file: string) => under('fakes')(file) || under('sandbox')(file);
    const production = (file: string) => !wiresFakes(file);
    expect(violations(graph, production, (t) => !under('fakes')(t))).toEqual([]);
    // The sandbox does import them: the check sees such imports where they are allowed.
    expect(violations(graph, under('sandbox'), (t) => !under('fakes')(t)).length).toBeGreaterThan(0);
  });

  it('has no import cycle', () => {
    expect(importCycles(graph)).toEqual([]);
  });

  it('reports a cycle by its path, and a layer break by its import', () => {
    const looped: Graph = new Map([
      ['cli/main.ts', ['commands/registry.ts']],
      ['commands/registry.ts', ['commands/sandbox.ts']],
      ['commands/sandbox.ts', ['sandbox/run.ts']],
      ['sandbox/run.ts', ['cli/main.ts', 'log.ts']],
      ['log.ts', []],
    ]);
    expect(importCycles(looped)).toEqual([
      'cli/main.ts → commands/registry.ts → commands/sandbox.ts → sandbox/run.ts → cli/main.ts',
    ]);
    const upward: Graph = new Map([['runbooks/pr-preview.ts', ['alert/run.ts', 'errors.ts']]]);
    expect(
      violations(
        upward,
        (f) => f.startsWith('runbooks/'),
        (t) => t.startsWith('runbooks/') || t === 'errors.ts',
      ),
    ).toEqual(['runbooks/pr-preview.ts → alert/run.ts']);
  });
});
