import { describe, expect, it } from 'vitest';
import { LineIndex, lineBreaks } from '../../src/text/line-index.js';
import { Document } from '../../src/text/document.js';
import { toSourceText } from '../../src/formats/index.js';

describe('line index', () => {
  it('treats LF, CRLF and a lone CR as line breaks', () => {
    for (const [text, breaks] of [
      ['a\nb\n', [[1, 2], [3, 4]]],
      ['a\r\nb\rc', [[1, 3], [4, 5]]],
      ['no break', []],
    ] as const) {
      expect([...lineBreaks(text)]).toEqual(breaks);
    }
    const index = new LineIndex('ab\r\ncd\ref\n');
    expect([0, 2, 4, 7, 9, 10].map((o) => index.position(o))).toEqual([
      { line: 1, column: 1 }, { line: 1, column: 3 }, { line: 2, column: 1 }, { line: 3, column: 1 }, { line: 3, column: 3 }, { line: 4, column: 1 },
    ]);
    expect([index.lineCount, index.lineEnd(0), index.lineEnd(1), index.offsetAt(2, 1)]).toEqual([4, 2, 6, 8]);
  });

  it('gives the prose lines without their breaks, and no empty line after a final break', () => {
    const lines = (text: string): string[] => {
      const doc = new Document(toSourceText(text, 'text'));
      return doc.lines().map(([s, e]) => doc.prose.slice(s, e));
    };
    expect(lines('one\r\ntwo\n\nthree\n')).toEqual(['one', 'two', '', 'three']);
    expect(lines('one\rtwo')).toEqual(['one', 'two']);
    expect(lines('')).toEqual(['']);
    expect(lines('\n')).toEqual(['']);
  });
});
