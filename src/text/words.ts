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

const LETTER = 1;
const JOINER = 2;
const OTHER = 3;
/** Character class by UTF-16 unit, filled on first sight of each unit (0 = not looked at yet). */
const classes = new Uint8Array(0x10000);
const LETTER_OR_NUMBER_RE = /^[\p{L}\p{N}]$/u;
const astral = new Map<number, boolean>();

function classify(c: number): number {
  let k = classes[c];
  if (k === 0) {
    k = c === 0x27 || c === 0x2019 || c === 0x2d ? JOINER : c < 0xd800 || c >= 0xe000 ? (LETTER_OR_NUMBER_RE.test(String.fromCharCode(c)) ? LETTER : OTHER) : OTHER;
    classes[c] = k;
  }
  return k;
}

/** Length (1 or 2 units) of the letter or digit at `i`, or 0. */
function letterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
    const lo = text.charCodeAt(i + 1);
    if (lo < 0xdc00 || lo >= 0xe000) return 0;
    const cp = ((c - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
    let is = astral.get(cp);
    if (is === undefined) astral.set(cp, (is = LETTER_OR_NUMBER_RE.test(String.fromCodePoint(cp))));
    return is ? 2 : 0;
  }
  return classify(c) === LETTER ? 1 : 0;
}

/** End of the run of letters and digits starting at `i`. */
function runEnd(text: string, i: number): number {
  const len = text.length;
  for (;;) {
    if (i >= len) return i;
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) {
        i++;
        continue;
      }
      return i;
    }
    const n = letterAt(text, i);
    if (n === 0) return i;
    i += n;
  }
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
    const n = letterAt(text, i);
    if (n === 0) {
      i++;
      continue;
    }
    const start = i;
    i = runEnd(text, i + n);
    while (i + 1 < len) {
      const c = text.charCodeAt(i);
      if (c !== 0x27 && c !== 0x2019 && c !== 0x2d) break;
      const m = letterAt(text, i + 1);
      if (m === 0) break;
      i = runEnd(text, i + 1 + m);
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
  let lo = 0;
  let hi = words.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words.ends[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first word that starts at or after `offset` (binary search). */
export function firstWordStartingAt(words: WordIndex, offset: number): number {
  let lo = 0;
  let hi = words.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words.starts[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
