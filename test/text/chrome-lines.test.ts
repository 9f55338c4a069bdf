import { describe, expect, it } from 'vitest';
import { Document } from '../../src/text/document.js';
import { toSourceText } from '../../src/formats/index.js';
import { chromeLines, endsSentence, linesWithMatch, wordCount } from '../../src/text/chrome-lines.js';

const doc = (text: string): Document => new Document(toSourceText(text, 'text'));

describe('page-chrome lines', () => {
  it('lists the non-blank lines with their word counts, bullets taken off', () => {
    const d = doc('Home » News\n\n- Views: 1,204\n  \nThe talks ended.');
    expect(chromeLines(d).map((l) => [l.index, l.text, l.words, l.afterBlank])).toEqual([
      [0, 'Home » News', 2, true],
      [1, 'Views: 1,204', 3, true],
      [2, 'The talks ended.', 3, true],
    ]);
  });

  it('tells body lines from labelled, notice and short lines, reading labels and bullets within the line', () => {
    const long = 'the council met on Monday and agreed after a long debate to keep the harbour open for fishing boats all winter.';
    const d = doc([`Disclaimer: ${long}`, `Our view on ${long}`, `- ${long}`, `We use cookies and ${long}`, `[Editor’s note: ${long}`, '1.', `Harbour\n: ${long}`].join('\n\n'));
    expect(chromeLines(d).map((l) => [l.text.slice(0, 12), l.textStart - l.start, l.body])).toEqual([
      ['Disclaimer: ', 0, false],
      ['Our view on ', 0, true],
      ['the council ', 2, true],
      ['We use cooki', 0, false],
      ['[Editor’s no', 0, false],
      ['1.', 0, false],
      ['Harbour', 0, false],
      [': the counci', 0, true],
    ]);
  });

  it('finds the lines holding a match in one scan, and a match over a line break hides nothing', () => {
    const d = doc('Sources:\n(Source\n(Source: AP)\nno match here\n(Source');
    expect([...linesWithMatch(d, /\(Source\s*\(?/g)].sort()).toEqual([1, 2, 4]);
    expect([...linesWithMatch(d, /here/g)]).toEqual([3]);
    expect(linesWithMatch(d, /absent/g).size).toBe(0);
  });

  it('counts words and tells sentence ends, closing quotes and brackets included', () => {
    expect(wordCount("It's the world’s well-known plan.")).toBe(5);
    expect(['Done.', 'Done?”', 'Done.)”', 'Not done', 'Done。', 'Done…'].map(endsSentence)).toEqual([true, true, true, false, true, true]);
  });
});
