import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { extractLinks, findBrokenLinks, relativeLinkPath } from '../src/runbooks/markdown.js';

describe('Markdown links in runbook documents', () => {
  it('finds inline links, images and reference definitions with their line and column', () => {
    const markdown = [
      '# Title',
      'See [other](other.md) and [deep](../a/b.md#h).',
      '  ![graph](img/g.png "Graph") [spaced](<my doc.md>)',
      '[ref]: ./ref.md',
      '[![badge](badge.svg)](linked.md)',
    ].join('\n');
    expect(extractLinks(markdown)).toEqual([
      { target: 'other.md', kind: 'link', line: 2, column: 13 },
      { target: '../a/b.md#h', kind: 'link', line: 2, column: 34 },
      { target: 'img/g.png', kind: 'image', line: 3, column: 12 },
      { target: 'my doc.md', kind: 'link', line: 3, column: 41 },
      { target: './ref.md', kind: 'reference', line: 4, column: 8 },
      { target: 'badge.svg', kind: 'image', line: 5, column: 11 },
      { target: 'linked.md', kind: 'link', line: 5, column: 23 },
    ]);
  });

  it('ignores links inside fenced code blocks and inline code', () => {
    const markdown = [
      '```sh',
      '[x](in-fence.md)',
      '```',
      '~~~',
      '[y](tilde.md)',
      '~~~',
      'Use `[z](code.md)` here.',
    ].join('\n');
    expect(extractLinks(markdown)).toEqual([]);
  });

  it.each([
    ['other.md', 'other.md'],
    ['../a/b.md#heading', '../a/b.md'],
    ['my%20doc.md?plain=1', 'my doc.md'],
    ['https://example.com/x.md', undefined],
    ['HTTP://EXAMPLE.COM', undefined],
    ['mailto:dba@example.com', undefined],
    ['tel:+81000', undefined],
    ['//cdn.example.com/x.png', undefined],
    ['#mitigation', undefined],
    ['', undefined],
  ])('reads %j as the path %j', (target, expected) => {
    expect(relativeLinkPath(target)).toBe(expected);
  });

  it('reports each relative link to a missing file at its line and column, resolved from the document', () => {
    const root = '/repo';
    const file = '/repo/runbooks/db/mysql.md';
    const existing = new Set(['/repo/runbooks/db/other.md', '/repo/runbooks/shared/a.md', '/repo/README.md']);
    const markdown = [
      '[ok](other.md) [ok](../shared/a.md#x) [root](/README.md) [web](https://x.example)',
      '[missing](gone.md)',
      'text ![img](img/none.png)',
    ].join('\n');
    const broken = findBrokenLinks(markdown, file, root, (p) => existing.has(p.split(path.sep).join('/')));
    expect(broken.map((b) => [b.line, b.column, b.resolved])).toEqual([
      [2, 11, 'runbooks/db/gone.md'],
      [3, 13, 'runbooks/db/img/none.png'],
    ]);
    expect(broken[1]!.message).toBe(
      'broken image: "img/none.png" points to runbooks/db/img/none.png, which does not exist. Fix the path (relative to this file) or add the file.',
    );
  });
});
