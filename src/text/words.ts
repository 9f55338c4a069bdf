import { firstAtOrAfter } from './search.js';

/**
 * Word tokens as parallel offset arrays: a run of letters and digits, joined across single inner
 * apostrophes and hyphens (`don't`, `world’s`, `well-known`, `COVID-19`): the tokens of the regular
 * expression `[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*` (with the `u` flag), found without a match object
 * or a string per word.
 */
export interface WordIndex {
  /** Number of words. */
  readonly count: number;
  /** Start offset of word `i` (first `count` entries). */
  readonly starts: Int32Array;
  /** End offset (exclusive) of word `i`. */
  readonly ends: Int32Array;
}

/** ASCII letters and digits. */
const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
/** Letter-or-digit verdict for each non-ASCII UTF-16 unit, filled on first sight (0 = not looked at, 1 = yes, 2 = no). */
const units = new Uint8Array(0x10000);
const LETTER_OR_NUMBER_RE = /^[\p{L}\p{N}]$/u;
const astral = new Map<number, boolean>();

/** Length (1 or 2 units) of the letter or digit at `i` whose first unit `c` is not ASCII, or 0. */
function nonAsciiLetterAt(text: string, i: number, c: number): number {
  if (c >= 0xd800 && c < 0xe000) {
    const lo = text.charCodeAt(i + 1);
    if (c >= 0xdc00 || !(lo >= 0xdc00 && lo < 0xe000)) return 0;
    const cp = ((c - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
    let is = astral.get(cp);
    if (is === undefined) astral.set(cp, (is = LETTER_OR_NUMBER_RE.test(String.fromCodePoint(cp))));
    return is ? 2 : 0;
  }
  let k = units[c];
  if (k === 0) units[c] = k = LETTER_OR_NUMBER_RE.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1 ? 1 : 0;
}

/** Length (1 or 2 units) of the letter or digit at `i`, or 0. */
function letterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c < 128 ? ASCII[c] : nonAsciiLetterAt(text, i, c);
}

/** Tokenizes `text` into words in one linear pass. */
export function tokenizeWords(text: string): WordIndex {
  const len = text.length;
  let cap = Math.max(16, len >> 3);
  let starts = new Int32Array(cap);
  let ends = new Int32Array(cap);
  let count = 0;
  let i = 0;
  while (i < len) {
    const first = letterAt(text, i);
    if (first === 0) {
      i++;
      continue;
    }
    const start = i;
    i += first;
    for (;;) {
      // the rest of the run of letters and digits
      let c = 0;
      while (i < len) {
        c = text.charCodeAt(i);
        const n = c < 128 ? ASCII[c] : nonAsciiLetterAt(text, i, c);
        if (n === 0) break;
        i += n;
      }
      // an apostrophe or hyphen joins the next run
      if (i + 1 < len && (c === 0x27 || c === 0x2019 || c === 0x2d)) {
        const n = letterAt(text, i + 1);
        if (n > 0) {
          i += 1 + n;
          continue;
        }
      }
      break;
    }
    if (count === cap) {
      cap *= 2;
      const s = new Int32Array(cap);
      s.set(starts);
      starts = s;
      const e = new Int32Array(cap);
      e.set(ends);
      ends = e;
    }
    starts[count] = start;
    ends[count] = i;
    count++;
  }
  return { count, starts, ends };
}

/** Index of the first word that ends after `offset` (binary search). */
export function firstWordEndingAfter(words: WordIndex, offset: number): number {
  return firstAtOrAfter(words.ends, offset + 1, words.count);
}

/** Index of the first word that starts at or after `offset` (binary search). */
export function firstWordStartingAt(words: WordIndex, offset: number): number {
  return firstAtOrAfter(words.starts, offset, words.count);
}

/** Each UTF-16 unit folded to lower case (0 = not looked at yet); `’` folds to `'`. */
const folded = new Uint16Array(0x10000);
for (let c = 0; c < 128; c++) folded[c] = c >= 65 && c <= 90 ? c + 32 : c;
folded[0x2019] = 0x27;

/** `c` in lower case, unit by unit (a unit whose lower case is longer stays as it is). */
export function foldUnit(c: number): number {
  let f = folded[c];
  if (f === 0 && c !== 0) {
    const lower = String.fromCharCode(c).toLowerCase();
    folded[c] = f = lower.length === 1 ? lower.charCodeAt(0) : c;
  }
  return f;
}

/**
 * A 32-bit hash of each word, folded to lower case with `’` read as `'`: equal words (ignoring
 * case) have equal hashes, so rules compare words by number and confirm with `sameFolded`.
 */
export function foldedWordHashes(text: string, words: WordIndex): Int32Array {
  const out = new Int32Array(words.count);
  const { starts, ends } = words;
  for (let w = 0; w < words.count; w++) {
    let h = 0x811c9dc5 | 0;
    for (let i = starts[w], e = ends[w]; i < e; i++) h = Math.imul(h ^ foldUnit(text.charCodeAt(i)), 0x01000193);
    out[w] = h;
  }
  return out;
}

/** Whether `text[aStart, aEnd)` and `text[bStart, bEnd)` are equal once folded (see `foldedWordHashes`). */
export function sameFolded(text: string, aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  if (aEnd - aStart !== bEnd - bStart) return false;
  for (let i = 0; i < aEnd - aStart; i++) {
    const a = text.charCodeAt(aStart + i);
    const b = text.charCodeAt(bStart + i);
    if (a !== b && foldUnit(a) !== foldUnit(b)) return false;
  }
  return true;
}
