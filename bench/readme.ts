/**
 * `npm run bench:readme [result.json]`: rewrites the README's benchmark block (between `<!-- bench:start -->` and
 * `<!-- bench:end -->`) from a result file written by `npm run bench` (bench/result.json by default).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseResult, renderReadmeBlock, replaceReadmeBlock } from './report.js';

const root = process.cwd();
const file = path.resolve(root, process.argv[2] ?? path.join('bench', 'result.json'));
const readmeFile = path.join(root, 'README.md');
try {
  const result = parseResult(readFileSync(file, 'utf8'), file);
  const readme = readFileSync(readmeFile, 'utf8');
  const updated = replaceReadmeBlock(readme, renderReadmeBlock(result));
  writeFileSync(readmeFile, updated);
  process.stdout.write(
    `README.md: benchmark block ${updated === readme ? 'already up to date' : 'rewritten'} from ${path.relative(root, file)}\n`,
  );
} catch (error) {
  process.stderr.write(`bench:readme: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
