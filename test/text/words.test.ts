import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Document } from '../../src/text/document.js';
import { toSourceText } from '../../src/formats/index.js';
import { foldedWordHashes, sameFolded, tokenizeWords, utf16Units } from '../../src/text/words.js';

const WORD_RE = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;
const byRegex = (text: string): Array<[number, number]> => [...text.matchAll(WORD_RE)].map((m) => [m.index, m.index + m[0].length]);
const byTokenizer = (text: string): Array<[number, number]> => {
  const w = tokenizeWords(text);
  return Array.from({ length: w.count }, (_, i) => [w.starts[i], w.ends[i]]);
};
const doc = (text: string): Document => new Document(toSourceText(text, 'text'));

describe('word tokenizer', () => {
  it('joins inner apostrophes and hyphens, not leading or trailing ones', () => {
    const text = "It's the world’s well-known COVID-19 plan - 'quoted' rock'n'roll -x y-";
    expect(byTokenizer(text).map(([s, e]) => text.slice(s, e))).toEqual([
      "It's", 'the', 'world’s', 'well-known', 'COVID-19', 'plan', 'quoted', "rock'n'roll", 'x', 'y',
    ]);
  });

  it('reads letters of every script, astral ones included, and skips marks and symbols', () => {
    const text = 'Café naïve 北京 서울 Москва 𝐀𝐁 x² ½ 3,5 a_b 😀 end';
    expect(byTokenizer(text)).toEqual(byRegex(text));
    expect(byTokenizer(text).map(([s, e]) => text.slice(s, e))).toEqual(['Café', 'naïve', '北京', '서울', 'Москва', '𝐀𝐁', 'x²', '½', '3', '5', 'a', 'b', 'end']);
  });

  it('finds the same tokens as the Unicode word pattern on any text', () => {
    const alphabet = fc.constantFrom(...'aZ9 ’\'-.é北𝐀\uD835\uDC00\uDC00\uD800x²😀\n,_'.split(''), '\uD835\uDC00');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        expect(byTokenizer(text)).toEqual(byRegex(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds the same tokens on long texts, read as a copy of their units', () => {
    const alphabet = fc.constantFrom(...'aZ9 ’\'-.é北\uDC00\uD800x²😀\n,_'.split(''), '\uD835\uDC00', 'word ', "don't ");
    fc.assert(
      fc.property(fc.array(alphabet, { minLength: 130, maxLength: 400 }), (chars) => {
        // a slice of a larger string, as each piece of a chunked file is
        const text = `${chars.join('')}!`.slice(0, -1);
        expect(byTokenizer(text)).toEqual(byRegex(text));
      }),
      { numRuns: 300 },
    );
  });

  it('copies every UTF-16 unit, lone surrogates included, short or long', () => {
    for (const text of ['a\uD800b\uDC00😀', `${'x\uDC00\uD800 é北'.repeat(40)}\uD835`]) {
      expect(Array.from(utf16Units(text))).toEqual(Array.from({ length: text.length }, (_, i) => text.charCodeAt(i)));
    }
  });

  it('serves words, words in a range and their count from one index', () => {
    const d = doc('One two. Three four-five.');
    expect(d.words().map((w) => [w.start, w.end, w.text])).toEqual([
      [0, 3, 'One'], [4, 7, 'two'], [9, 14, 'Three'], [15, 24, 'four-five'],
    ]);
    expect(d.wordsIn(2, 10).map((w) => w.text)).toEqual(['One', 'two', 'Three']);
    expect(d.wordCountIn(2, 10)).toBe(3);
    expect(d.wordCountIn(7, 9)).toBe(0);
    expect(d.wordsIn(7, 9)).toEqual([]);
    expect(d.words()).toBe(d.words());
  });
});

describe('case-folded word hashes', () => {
  const hashesOf = (text: string): number[] => [...foldedWordHashes(text, tokenizeWords(text))];

  it('gives words equal once lower-cased (with ’ read as \') one hash, and others different ones', () => {
    const [the, The, THE, dont, dont2, them, Ǆ, ǆ] = hashesOf("the The THE don't don’t them Ǆ ǆ");
    expect(new Set([the, The, THE]).size).toBe(1);
    expect(dont).toBe(dont2);
    expect(them).not.toBe(the);
    expect(Ǆ).toBe(ǆ);
  });

  it('hashes words while tokenizing exactly as hashing them afterwards does', () => {
    const alphabet = fc.constantFrom(...'aZ9 ’\'-.éÉ北ΣςİǅǄ\uDC00\uD800x²😀\n,_'.split(''), '\uD835\uDC00', '\uD801\uDC00', 'Word ', "DON'T ");
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 300 }), (chars) => {
        const text = chars.join('');
        const words = tokenizeWords(text);
        const bare = { count: words.count, starts: words.starts, ends: words.ends };
        expect(Array.from(foldedWordHashes(text, words))).toEqual(Array.from(foldedWordHashes(text, bare)));
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with lower-casing on arbitrary words', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }), (a, b) => {
        const text = `${a} ${b}`;
        const words = tokenizeWords(text);
        const hashes = foldedWordHashes(text, words);
        for (let i = 1; i < words.count; i++) {
          const x = text.slice(words.starts[0], words.ends[0]);
          const y = text.slice(words.starts[i], words.ends[i]);
          const fold = (w: string): string => w.split('').map((c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join('').replace(/’/g, "'");
          const equal = fold(x) === fold(y);
          expect(sameFolded(text, words.starts[0], words.ends[0], words.starts[i], words.ends[i])).toBe(equal);
          if (equal) expect(hashes[i]).toBe(hashes[0]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
