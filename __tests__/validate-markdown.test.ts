import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { extractLinks, findBrokenLinks, headingSlugs, relativeLinkPath } from '../src/runbooks/markdown.js';

describe('Markdown links in runbook documents', () => {
  it('finds inline links, images and reference definitions with their line and column', async () => {
    const markdown = [
      '# Title',
      'See [other](other.md) and [deep](../a/b.md#h).',
      '  ![graph](img/g.png "Graph") [spaced](<my doc.md>)',
      '',
      '[ref]: ./ref.md',
      '[![badge](badge.svg)](linked.md)',
    ].join('\n');
    expect(await extractLinks(markdown)).toEqual([
      { target: 'other.md', kind: 'link', line: 2, column: 13 },
      { target: '../a/b.md#h', kind: 'link', line: 2, column: 34 },
      { target: 'img/g.png', kind: 'image', line: 3, column: 12 },
      { target: 'my doc.md', kind: 'link', line: 3, column: 41 },
      { target: './ref.md', kind: 'reference', line: 5, column: 8 },
      { target: 'badge.svg', kind: 'image', line: 6, column: 11 },
      { target: 'linked.md', kind: 'link', line: 6, column: 23 },
    ]);
  });

  it('ignores links inside fenced code blocks and inline code', async () => {
    const markdown = [
      '```sh',
      '[x](in-fence.md)',
      '```',
      '~~~',
      '[y](tilde.md)',
      '~~~',
      'Use `[z](code.md)` here.',
    ].join('\n');
    expect(await extractLinks(markdown)).toEqual([]);
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

  it('reports each relative link to a missing file at its line and column, resolved from the document', async () => {
    const root = '/repo';
    const file = '/repo/runbooks/db/mysql.md';
    const existing = new Set(['/repo/runbooks/db/other.md', '/repo/runbooks/shared/a.md', '/repo/README.md']);
    const markdown = [
      '[ok](other.md) [ok](../shared/a.md#x) [root](/README.md) [web](https://x.example)',
      '[missing](gone.md)',
      'text ![img](img/none.png)',
    ].join('\n');
    const broken = await findBrokenLinks(markdown, file, root, (p) =>
      existing.has(p.split(path.sep).join('/')),
    );
    expect(broken.map((b) => [b.line, b.column, b.resolved])).toEqual([
      [2, 11, 'runbooks/db/gone.md'],
      [3, 13, 'runbooks/db/img/none.png'],
    ]);
    expect(broken[1]!.message).toBe(
      'broken image: "img/none.png" points to runbooks/db/img/none.png, which does not exist. Fix the path (relative to this file) or add the file.',
    );
  });

  it('ignores link syntax in indented code, HTML comments and HTML blocks, as GitHub renders them', async () => {
    const markdown = [
      'Intro.',
      '',
      '    [indented](indented.md)',
      '',
      '<!-- [old](old.md) -->',
      '',
      'Text <!-- [inline](inline-comment.md) --> and [real](real.md).',
      '',
      '<details>',
      '[in html](html-block.md)',
      '</details>',
    ].join('\n');
    expect(await extractLinks(markdown)).toEqual([{ target: 'real.md', kind: 'link', line: 7, column: 54 }]);
  });

  it('passes a document that mentions an old link in a comment', async () => {
    const broken = await findBrokenLinks('<!-- [old](old.md) -->\n', '/repo/a.md', '/repo', () => false);
    expect(broken).toEqual([]);
  });

  it('gives headings GitHub ids: lower case, punctuation dropped, spaces as -, duplicates numbered, Japanese kept', () => {
    expect(
      headingSlugs([
        'Check the disk!',
        'Check the disk!',
        'Check the disk!',
        'API: 5xx / errors',
        '確認 手順',
        'Step_1 `kubectl`',
      ]),
    ).toEqual([
      'check-the-disk',
      'check-the-disk-1',
      'check-the-disk-2',
      'api-5xx--errors',
      '確認-手順',
      'step_1-kubectl',
    ]);
  });

  it('reports an #anchor that names no heading, in this document or in another Markdown file', async () => {
    const root = '/repo';
    const file = '/repo/runbooks/a.md';
    const other = '# Shared\n\n## Restart the pod\n\n## Restart the pod\n\n<a id="manual-steps"></a>\n';
    const markdown = [
      '# Disk full',
      '',
      '## 確認 手順',
      '',
      '## Escalate `now`',
      '',
      '[ok](#escalate-now) [ok](#確認-手順) [ok](#%E7%A2%BA%E8%AA%8D-%E6%89%8B%E9%A0%86) [ok](#Disk-Full)',
      '[ok](shared.md#restart-the-pod-1) [ok](shared.md#manual-steps) [ok](shared.md)',
      '[gone](#escalation) [gone](shared.md#restart-the-pod-2)',
      '',
      '```',
      '[not checked](#nowhere)',
      '```',
    ].join('\n');
    const broken = await findBrokenLinks(
      markdown,
      file,
      root,
      (p) => p === '/repo/runbooks/shared.md',
      (p) => (p === '/repo/runbooks/shared.md' ? other : undefined),
    );
    expect(broken.map((b) => [b.line, b.column, b.target])).toEqual([
      [9, 8, '#escalation'],
      [9, 28, 'shared.md#restart-the-pod-2'],
    ]);
    expect(broken[0]!.message).toBe(
      'broken anchor: "#escalation" names "#escalation", which is no heading of runbooks/a.md (its anchors include #disk-full, #確認-手順, #escalate-now). Fix the anchor to match the heading (lower case, spaces as "-") or restore the heading.',
    );
  });

  it('reads a document that many documents link into once per check, and reports the broken anchor in each', async () => {
    const root = '/repo';
    const shared = '/repo/runbooks/shared.md';
    const reads: string[] = [];
    const anchors = new Map<string, Set<string> | undefined>();
    const check = (file: string) =>
      findBrokenLinks(
        '[ok](shared.md#restart) [gone](shared.md#escalate)\n',
        file,
        root,
        (p) => p === shared,
        (p) => {
          reads.push(p);
          return p === shared ? '# Shared\n\n## Restart\n' : undefined;
        },
        anchors,
      );
    const first = await check('/repo/runbooks/a.md');
    const second = await check('/repo/runbooks/b.md');
    expect([first, second].map((broken) => broken.map((b) => b.target))).toEqual([
      ['shared.md#escalate'],
      ['shared.md#escalate'],
    ]);
    expect(reads).toEqual([shared]);
  });
});
