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
  /** `foldedWordHashes` of the words (first `count` entries), when the tokenizer computed them. */
  readonly hashes?: Int32Array;
}

/**
 * What each UTF-16 unit is: 0 = not looked at yet, 1 = a letter or digit, 2 = neither, 3 = a high
 * surrogate (the pair decides). Non-ASCII units are classified on first sight.
 */
const UNIT = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) UNIT[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 2;
UNIT.fill(3, 0xd800, 0xdc00);
UNIT.fill(2, 0xdc00, 0xe000);
const LETTER_OR_NUMBER_RE = /^[\p{L}\p{N}]$/u;
const astral = new Map<number, boolean>();

/** Whether a `Uint16Array` holds UTF-16LE bytes, as `Buffer#write(text, 'utf16le')` writes them. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * The UTF-16 units of `text` as a typed array: reading one is cheaper than `charCodeAt`, above all
 * when `text` is a slice of a larger string (each piece of a chunked file is one). Long texts are
 * copied by `Buffer#write`, a plain copy of the units (lone surrogates included).
 */
export function utf16Units(text: string): Uint16Array {
  const len = text.length;
  const out = new Uint16Array(len);
  if (len >= 128 && LITTLE_ENDIAN && typeof Buffer === 'function') Buffer.from(out.buffer, out.byteOffset, out.byteLength).write(text, 'utf16le');
  else for (let i = 0; i < len; i++) out[i] = text.charCodeAt(i);
  return out;
}

/** Whether each UTF-16 unit is white space as `\s` reads it: 0 = not looked at yet, 1 = yes, 2 = no. */
const SPACE = new Uint8Array(0x10000);
const SPACE_RE = /\s/;

/** Whether the UTF-16 unit `c` matches `\s` (a table lookup once seen). */
export function isSpaceUnit(c: number): boolean {
  let k = SPACE[c];
  if (k === 0) SPACE[c] = k = SPACE_RE.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}

/** Class (1 or 2) of a unit not looked at before; a letter's folding is looked up too (the tokenizer reads it unchecked). */
function classify(c: number): number {
  const letter = LETTER_OR_NUMBER_RE.test(String.fromCharCode(c));
  if (letter) foldUnit(c);
  return (UNIT[c] = letter ? 1 : 2);
}

/** Whether the unit `c` is a letter or digit, or a surrogate (half of a character that may be one). */
export function mayBeLetterUnit(c: number): boolean {
  let k = UNIT[c];
  if (k === 0) k = classify(c);
  return k !== 2 || (c >= 0xdc00 && c < 0xe000);
}

/** Length (2 or 0) of the letter or digit whose high surrogate `c` is at `i`. */
function astralLetterAt(units: Uint16Array, i: number, c: number): number {
  if (i + 1 >= units.length) return 0;
  const lo = units[i + 1];
  if (!(lo >= 0xdc00 && lo < 0xe000)) return 0;
  const cp = ((c - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
  let is = astral.get(cp);
  if (is === undefined) astral.set(cp, (is = LETTER_OR_NUMBER_RE.test(String.fromCodePoint(cp))));
  return is ? 2 : 0;
}

/** Length (1 or 2 units) of the letter or digit at `i`, or 0. */
function letterAt(units: Uint16Array, i: number): number {
  const c = units[i];
  let k = UNIT[c];
  if (k === 0) k = classify(c);
  return k === 1 ? 1 : k === 3 ? astralLetterAt(units, i, c) : 0;
}

/** `h` with the unit `c` folded in (one FNV-1a step over the folded unit, as `foldedWordHashes` hashes). */
function hashStep(h: number, c: number): number {
  let f = folded[c];
  if (f === 0 && c !== 0) f = foldUnit(c);
  return Math.imul(h ^ f, 0x01000193);
}

/**
 * How many units at `i` (a unit the fast loop of `tokenizeWords` stopped at) carry the word on:
 * a letter or digit (1, or 2 for a surrogate pair), an apostrophe or hyphen before one (1), or 0.
 */
function wordGoesOn(units: Uint16Array, i: number): number {
  const c = units[i];
  let k = UNIT[c];
  if (k === 0) k = classify(c);
  if (k === 1) return 1;
  if (k === 3) return astralLetterAt(units, i, c);
  return (c === 0x27 || c === 0x2019 || c === 0x2d) && i + 1 < units.length && letterAt(units, i + 1) > 0 ? 1 : 0;
}

/**
 * Tokenizes `text` into words in one linear pass (`units`: its `utf16Units`, when the caller has
 * them), hashing each word as `foldedWordHashes` does on the way: the words are read once.
 */
export function tokenizeWords(text: string, units: Uint16Array = utf16Units(text)): WordIndex {
  // about one word per five units of English; a text of one-letter words takes a second pass with room for all
  return tokenizeInto(units, (units.length >> 2) + 16) ?? tokenizeInto(units, (units.length >> 1) + 16)!;
}

/** `tokenizeWords` into arrays of `cap` entries, or undefined when the text has more words. */
function tokenizeInto(units: Uint16Array, cap: number): WordIndex | undefined {
  const len = units.length;
  const unit = UNIT;
  const fold = folded;
  const starts = new Int32Array(cap);
  const ends = new Int32Array(cap);
  const hashes = new Int32Array(cap);
  let count = 0;
  let i = 0;
  while (i < len) {
    // skip to the first letter or digit
    const c = units[i];
    let k = unit[c];
    if (k === 2) {
      i++;
      continue;
    }
    if (k !== 1) {
      if (k === 0) k = classify(c);
      if (k === 2 || (k === 3 && astralLetterAt(units, i, c) === 0)) {
        i++;
        continue;
      }
    }
    const start = i;
    let h = 0x811c9dc5 | 0;
    for (;;) {
      // letters already classified (their folding is known then): no call in this loop
      let u = 0;
      while (i < len) {
        u = units[i];
        if (unit[u] !== 1) break;
        h = Math.imul(h ^ fold[u], 0x01000193);
        i++;
      }
      // the common end of a word, a space or a mark, without a call
      if (i === len || (unit[u] === 2 && u !== 0x27 && u !== 0x2019 && u !== 0x2d)) break;
      const n = wordGoesOn(units, i);
      if (n === 0) break;
      for (const e = i + n; i < e; i++) h = hashStep(h, units[i]);
    }
    if (count === cap) return undefined;
    starts[count] = start;
    ends[count] = i;
    hashes[count] = h;
    count++;
  }
  return { count, starts, ends, hashes };
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
export function foldedWordHashes(text: string, words: WordIndex, units: Uint16Array = utf16Units(text)): Int32Array {
  if (words.hashes) return words.hashes.subarray(0, words.count);
  const out = new Int32Array(words.count);
  const { starts, ends } = words;
  const fold = folded;
  for (let w = 0, n = words.count; w < n; w++) {
    let h = 0x811c9dc5 | 0;
    for (let i = starts[w], e = ends[w]; i < e; i++) {
      const c = units[i];
      let f = fold[c];
      if (f === 0 && c !== 0) f = foldUnit(c);
      h = Math.imul(h ^ f, 0x01000193);
    }
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
