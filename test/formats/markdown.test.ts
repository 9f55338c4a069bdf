import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changedRange, frontMatterEnd, IncrementalMarkdown, markdownText } from '../../src/formats/markdown.js';
import type { SourceText } from '../../src/text/document.js';

const prose = (md: string): string => markdownText(md).prose;

/** The file text behind each prose character: itself where copied, the whole span behind an atom. */
function sources(source: SourceText): string[] {
  const out: string[] = [];
  for (let p = 0; p < source.prose.length; p++) {
    const [s, e] = source.map.range([p, p + 1]);
    out.push(source.text.slice(s, e));
  }
  return out;
}

/** Every copied prose character is the file character it maps to. */
function expectExactMap(source: SourceText): void {
  const back = sources(source);
  for (let p = 0; p < source.prose.length; p++) {
    const ch = source.prose[p];
    if (ch === '\uFFFC' || back[p].length !== 1) continue;
    expect([p, back[p]]).toEqual([p, ch]);
  }
}

/** Parses `md`, expects its prose to be `expected` and every copied character to map exactly. */
function parsed(md: string, expected: string): SourceText {
  const source = markdownText(md);
  expect(source.prose).toBe(expected);
  expectExactMap(source);
  return source;
}

/** The file range of the first occurrence of `needle` in the prose. */
function fileRangeOf(md: string, needle: string): string {
  const source = markdownText(md);
  const at = source.prose.indexOf(needle);
  expect(at).toBeGreaterThanOrEqual(0);
  const [s, e] = source.map.range([at, at + needle.length]);
  return md.slice(s, e);
}

describe('markdownText', () => {
  it('decodes entities and escapes, pointing each at its source', () => {
    const md = 'Tom \\*said\\* &amp; left. . &copy; &bogus; &ampx;';
    parsed(md, 'Tom *said* & left. . © &bogus; &ampx;');
    expect(fileRangeOf(md, '&')).toBe('&amp;');
    expect(fileRangeOf(md, '©')).toBe('&copy;');
    expect(fileRangeOf(md, '*said*')).toBe('*said\\*');
  });

  it('keeps soft breaks, turns hard breaks into line breaks and drops indentation and trailing spaces', () => {
    const md = 'one  \ntwo\\\nthree \n   four';
    parsed(md, 'one\ntwo\nthree\nfour');
    expect(fileRangeOf(md, 'four')).toBe('four');
  });

  it('labels nested lists, quotes and tables, and drops their markers', () => {
    const md = '- a\n  - b. .\n    continued\n- [x] done\n\n> q. .\n> more\nlazy\n>\n> > deep\n\n| a. . | b \\| c |\n|---|:--:|\n| `c` , , | d |\n';
    const source = parsed(md, 'a\n\nb. .\ncontinued\n\ndone\n\nq. .\nmore\nlazy\n\ndeep\n\na. .\n\nb | c\n\n\uFFFC , ,\n\nd');
    expect(source.blocks?.map((b) => b.kind)).toEqual([
      'list-item', 'list-item', 'list-item', 'blockquote', 'blockquote',
      'table-cell', 'table-cell', 'table-cell', 'table-cell',
    ]);
    expect(fileRangeOf(md, 'more')).toBe('more');
    expect(fileRangeOf(md, '\uFFFC')).toBe('`c`');
  });

  it('gives headings their depth and drops their markers', () => {
    const md = '# One. . #\n\nTwo\n---\n\n### Three';
    const source = parsed(md, 'One. .\n\nTwo\n\nThree');
    expect(source.blocks).toEqual([
      { start: 0, end: 6, kind: 'heading', depth: 1 },
      { start: 8, end: 11, kind: 'heading', depth: 2 },
      { start: 13, end: 18, kind: 'heading', depth: 3 },
    ]);
  });

  it('keeps link text, not destinations or titles; undefined references stay literal', () => {
    const md =
      'See [the docs](http://x.org "Title. .") and [ref][r] and [R] and [none] and ![img](a.png), [^1], [https://y.org](https://y.org).\n\n' +
      '[r]: http://y "t"\n\n[^1]: A footnote.';
    parsed(md, 'See the docs and ref and R and [none] and \uFFFC, \uFFFC, \uFFFC.');
    expect(fileRangeOf(md, 'the docs')).toBe('the docs');
    expect(fileRangeOf(md, '[none]')).toBe('[none]');
  });

  it('makes inline HTML and URLs atoms and skips HTML blocks, code and front matter', () => {
    const md = '---\ntitle: x. .\n---\nInline <span class="x">raw. .</span> at https://x.org/a..b and www.x.org.\n\n<div>\nblock. .\n</div>\n\n<img src="logo.png" alt="Logo. ."/>\n\n```\ncode. .\n```\n\n    indented. .\n\nEnd ~~gone~~.';
    parsed(md, 'Inline \uFFFCraw. .\uFFFC at \uFFFC and \uFFFC.\n\nEnd gone.');
    expect(fileRangeOf(md, 'raw. .')).toBe('raw. .');
  });

  it('finds front matter only at the very start and only when it is closed', () => {
    expect(frontMatterEnd('---\na: 1\n---\ntext')).toBe(12);
    expect(frontMatterEnd('+++\na = 1\n+++')).toBe(13);
    expect(frontMatterEnd('---\nnot closed\n\ntext')).toBe(0);
    expect(frontMatterEnd('text\n---\na\n---')).toBe(0);
    expect(prose('---\nnot closed\n\ntext')).toBe('not closed\n\ntext');
    expect(prose('+++\na = 1\n+++\n\ntext')).toBe('text');
  });

  it('maps CRLF text exactly', () => {
    const md = 'a. . \r\nb\r\n\r\n> q\r\n> r\r\n';
    parsed(md, 'a. .\r\nb\n\nq\r\nr');
  });
});

describe('IncrementalMarkdown', () => {
  it('finds the one changed range between two texts', () => {
    expect(changedRange('abcdef', 'abXdef')).toEqual({ fromA: 2, toA: 3, fromB: 2, toB: 3 });
    expect(changedRange('aaa', 'aaaa')).toEqual({ fromA: 3, toA: 3, fromB: 3, toB: 4 });
    expect(changedRange('abc', 'abc')).toEqual({ fromA: 3, toA: 3, fromB: 3, toB: 3 });
  });

  it('follows front matter that an edit closes or opens further down', () => {
    const session = new IncrementalMarkdown();
    const open = '---\ntitle: x. .\n\nParagraph one.\n\nTwo.\n';
    expect(session.sourceText(open).prose).toBe('title: x. .\n\nParagraph one.\n\nTwo.');
    const closed = open.replace('\n\nTwo', '\n---\nTwo');
    expect(session.sourceText(closed).prose).toBe('Two.');
    expect(session.sourceText(open).prose).toBe('title: x. .\n\nParagraph one.\n\nTwo.');
  });

  it('gives the same result as a fresh parse after any sequence of edits', () => {
    const pieces = ['# H', '\n', '\n\n', '- ', '> ', '---\n', '+++', '| a | b |\n|---|---|\n', '`', '*', '[x]', '](u)', '[r]: /u\n', '&amp;', '\\', '  ', 'word. .', '```\n', '<b>', '[^1]'];
    const edit = fc.record({ at: fc.nat(), del: fc.nat({ max: 6 }), insert: fc.constantFrom(...pieces) });
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), fc.array(edit, { minLength: 1, maxLength: 12 }), (start, edits) => {
        const session = new IncrementalMarkdown();
        let text = start.join('');
        session.sourceText(text);
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.insert + text.slice(at + e.del);
          const incremental = session.sourceText(text);
          const fresh = markdownText(text);
          expect(incremental.prose).toBe(fresh.prose);
          expect(incremental.blocks).toEqual(fresh.blocks);
          expect(sources(incremental)).toEqual(sources(fresh));
        }
      }),
      { numRuns: 150 },
    );
  });
});
