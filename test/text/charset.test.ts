import { describe, expect, it } from 'vitest';
import { holdsAny, mayContain, unusualUnits } from '../../src/text/charset.js';
import { Document } from '../../src/text/document.js';
import { toSourceText } from '../../src/formats/index.js';
import { lint } from '../../src/engine/lint.js';

const doc = (text: string): Document => new Document(toSourceText(text, 'text'));

describe('unusual characters of a document', () => {
  it('lists each unit outside printable ASCII once, controls included, in order of first appearance', () => {
    expect(unusualUnits(doc('Plain ASCII,\ttabs\r\nand line breaks.\n'))).toBe('');
    expect(unusualUnits(doc('It’s “done”, it’s 你好，世界\u200B\u000b… 😀 done’'))).toBe('’“”你好，世界\u200B\u000b…\uD83D\uDE00');
    // the table of seen units starts clean for the next document
    expect(unusualUnits(doc('’ again'))).toBe('’');
  });

  it('answers from the listed units, once per document', () => {
    const d = doc('Prices rose «sharply» in 2024.');
    expect(mayContain(d, /[«»]/)).toBe(true);
    expect(mayContain(d, /[\u3000-\u303f]/)).toBe(false);
    expect(unusualUnits(d)).toBe(unusualUnits(d));
  });

  it('finds printable ASCII in the prose and other units among the unusual ones', () => {
    const d = doc('Fish & chips for 5% off «today»\u000b');
    expect(holdsAny(d, '&')).toBe(true);
    expect(holdsAny(d, '{[%')).toBe(true);
    expect(holdsAny(d, '{[<')).toBe(false);
    expect(holdsAny(d, '»')).toBe(true);
    expect(holdsAny(d, '\u000b')).toBe(true);
    expect(holdsAny(d, '\u3000\t')).toBe(false);
    expect(holdsAny(doc('a\tb'), '\t')).toBe(true);
    expect(() => mayContain(d, /[😀]/u)).toThrow(/plain character class/);
  });

  it('lets a rule skip its scan only when none of its characters occur', () => {
    const rules = { 'foreign-quote-marks': 'error', 'cjk-punctuation': 'error', 'ideographic-space': 'error', 'invisible-chars': 'error', 'html-entity-leak': 'error' } as const;
    const found = (text: string): string[] => lint(text, { config: { rules } }).map((d) => `${d.ruleId} ${d.range}`);
    expect(found('Plain English with no unusual characters at all.')).toEqual([]);
    expect(found('Fish &amp; chips.')).toEqual(['html-entity-leak 5,10']);
    expect(found('He said «yes» to it，and\u3000left\u200B.')).toEqual([
      'foreign-quote-marks 8,13',
      'cjk-punctuation 19,20',
      'ideographic-space 23,24',
      'invisible-chars 28,29',
    ]);
  });
});
