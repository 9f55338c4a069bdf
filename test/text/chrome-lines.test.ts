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
