import { describe, expect, it } from 'vitest';
import { Document } from '../../src/text/document.js';
import { toSourceText } from '../../src/formats/index.js';
import { SentenceSplitter, splitSentences } from '../../src/text/sentences.js';
import { utf16Units } from '../../src/text/words.js';

const sentences = (text: string): string[] => {
  const doc = new Document(toSourceText(text, 'text'));
  return doc.sentences().map((s) => doc.prose.slice(s.start, s.end));
};

describe('sentence splitter', () => {
  it('splits at sentence ends', () => {
    expect(sentences('The talks ended. The total rose! Why? Up. Local residents left.')).toEqual([
      'The talks ended.',
      'The total rose!',
      'Why?',
      'Up.',
      'Local residents left.',
    ]);
  });

  it('does not split at abbreviations, initials, decimals, ellipses or URLs', () => {
    expect(sentences('Mr. Smith met Dr. Jones at 3.30 p.m. on Main St. in the U.S. yesterday.')).toHaveLength(1);
    expect(sentences('Apple Inc. and Foo Ltd. merged, e.g. in Europe, i.e. here.')).toHaveLength(1);
    expect(sentences('J. K. Rowling and George W. Bush met.')).toHaveLength(1);
    expect(sentences('Growth was 5.2 percent. Then it fell.')).toEqual(['Growth was 5.2 percent.', 'Then it fell.']);
    expect(sentences('He paused . . . and then... he left.')).toHaveLength(1);
    expect(sentences('See https://example.com/a.b. Then go.')).toEqual(['See https://example.com/a.b.', 'Then go.']);
  });

  it('ends a sentence at an initialism when a sentence starter follows', () => {
    expect(sentences('He moved to the U.S. The next day he left.')).toEqual(['He moved to the U.S.', 'The next day he left.']);
  });

  it('keeps closing quotes with their sentence and splits paragraphs at blank lines', () => {
    expect(sentences('He said “yes.” Then he left.\n\nNew paragraph')).toEqual(['He said “yes.”', 'Then he left.', 'New paragraph']);
  });

  it('splits paragraphs at lines holding only spaces, tabs or U+3000, with any line breaks (a CR LF is one)', () => {
    for (const br of ['\n', '\r\n', '\r']) {
      const text = ['One. Two', ' \t\u3000', 'Three.', '', '', '  Four', '\u00a0', 'five.'].join(br);
      const doc = new Document(toSourceText(text, 'text'));
      expect(doc.paragraphs().map((p) => text.slice(p.start, p.end))).toEqual(['One. Two', 'Three.', `Four${br}\u00a0${br}five.`]);
      expect(doc.sentences().map((s) => [text.slice(s.start, s.end), s.paragraph])).toEqual([['One.', 0], ['Two', 0], ['Three.', 1], [`Four${br}\u00a0${br}five.`, 2]]);
    }
  });

  it('splits a block that ends right before other text as the lone paragraph splitter does', () => {
    const prose = 'Done. Next.”More';
    const isMasked = (): boolean => false;
    const out: Array<[number, number]> = [];
    new SentenceSplitter(prose, utf16Units(prose), isMasked).split(0, 11, (s, e) => out.push([s, e]));
    expect(out).toEqual(splitSentences(prose, 0, 11, isMasked));
    expect(out.map(([s, e]) => prose.slice(s, e))).toEqual(['Done.', 'Next.']);
  });

  it('computes paragraphs, sentences and words once and shares them', () => {
    const doc = new Document(toSourceText('One two. Three.', 'text'));
    expect(doc.sentences()).toBe(doc.sentences());
    expect(doc.words().map((w) => w.text)).toEqual(['One', 'two', 'Three']);
    expect(doc.paragraphs()).toBe(doc.paragraphs());
  });
});
