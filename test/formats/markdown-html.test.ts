import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import { toSourceText } from '../../src/formats/index.js';
import { Document } from '../../src/text/document.js';

const config = { extends: ['mtlint:recommended'] as ['mtlint:recommended'] };
const slices = (text: string, syntax: string): string[] => lint(text, { syntax, config }).map((d) => text.slice(...d.range));

describe('markdown adapter', () => {
  const md = [
    '---',
    'title: front. . matter',
    '---',
    '',
    '# Heading. .',
    '',
    'A *stressed* word. . And `code. .` plus <span>raw. .</span> and https://x.org/a..b/c',
    '',
    '```',
    'fenced. .',
    '```',
    '',
    '> quoted. .',
    '',
    '- item. .',
    '',
    '| a. . | b |',
    '| --- | --- |',
    '| c, , | d |',
    '',
  ].join('\n');

  it('lints prose only and points at the right place in the file', () => {
    // front matter, inline code, fenced code, the URL and the HTML tags are skipped; text inside inline HTML is prose
    expect(slices(md, 'markdown')).toEqual(['. .', '. .', '. .', '. .', '. .', '. .', ', ,']);
    const ds = lint(md, { syntax: 'markdown', config });
    expect(ds.map((d) => `${d.line}:${d.column}`)).toEqual(['5:10', '7:18', '7:50', '13:9', '15:7', '17:4', '19:4']);
  });

  it('labels blocks by kind', () => {
    const doc = new Document(toSourceText(md, 'markdown'));
    expect(doc.paragraphs().map((b) => b.kind)).toEqual(['heading', 'paragraph', 'blockquote', 'list-item', 'table-cell', 'table-cell', 'table-cell', 'table-cell']);
  });

  it('maps text with escapes and entities back to the file', () => {
    const text = 'Tom \\*said\\* &amp; left. .';
    expect(slices(text, 'markdown')).toEqual(['. .']);
  });
});

describe('html adapter', () => {
  const html = '<html><head><title>T. .</title><style>p. . {}</style></head><body><p>One &amp; two. .</p><script>x. .</script><pre>y. .</pre><p>Three, , four</p></body></html>';

  it('lints visible text only, mapped back through entities', () => {
    expect(slices(html, 'html')).toEqual(['. .', ', ,']);
    const d = lint(html, { syntax: 'html', config });
    expect(d[0].range[0]).toBe(html.indexOf('two. .') + 3);
  });

  it('is chosen by file extension', () => {
    expect(lint('<p>a. .</p><script>b. .</script>', { filePath: 'x.html', config })).toHaveLength(1);
    expect(lint('`a. .`', { filePath: 'x.md', config })).toHaveLength(0);
    expect(lint('`a. .`', { filePath: 'x.txt', config })).toHaveLength(1);
  });
});
