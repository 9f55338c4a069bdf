import type { Range } from '../types.js';
import { utf16Units } from './words.js';

/** Abbreviations that never end a sentence (a capitalised word usually follows them). */
export const TITLE_ABBREVIATIONS = [
  'Mr', 'Mrs', 'Ms', 'Mx', 'Dr', 'Prof', 'Sr', 'St', 'Mt', 'Gen', 'Col', 'Lt', 'Capt', 'Sgt', 'Maj', 'Adm',
  'Gov', 'Sen', 'Rep', 'Rev', 'Hon', 'Pres', 'Supt', 'Fr', 'No', 'Nos', 'Fig', 'Figs', 'Vol', 'Vols', 'pp',
  'p', 'vs', 'v', 'cf', 'approx', 'ca', 'Ch', 'Sec', 'Art', 'Ave', 'Blvd', 'Rd', 'Dept', 'Univ', 'Assn',
  'Bros', 'est', 'al', 'ed', 'eds', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct',
  'Nov', 'Dec', 'op', 'viz', 'Messrs', 'Mme', 'Mlle', 'Esq', 'Ph', 'Op',
  // units written with a period: "8 ft., 12 ft. long", "4 lb., more or less"
  'ft', 'lb', 'lbs', 'oz', 'mi', 'yd', 'yds', 'sq', 'cu', 'gal', 'qt', 'doz', 'tsp', 'tbsp', 'hr', 'hrs', 'incl',
];

/** Abbreviations that may also end a sentence. */
export const TERMINAL_ABBREVIATIONS = ['etc', 'Inc', 'Ltd', 'Co', 'Corp', 'Jr', 'LLC', 'plc', 'Bros'];

const titleAbbr = new Set(TITLE_ABBREVIATIONS);
const terminalAbbr = new Set(TERMINAL_ABBREVIATIONS);

// Patterns that live inside one whitespace-delimited token. Each can start at few places, or
// starts only where no earlier attempt could have run through, so that a long token is scanned
// in linear time (a token of 1 MB, "a.b.c.d...", must not cost a scan per letter).
const TOKEN_SOURCES = [
  // URLs and e-mail addresses
  String.raw`\b(?:https?|ftp|file|mailto):[^\s<>"'“”()\[\]{}]*[^\s<>"'“”()\[\]{}.,;:!?]`,
  String.raw`\bwww\.[^\s<>"'“”()\[\]{}]*[^\s<>"'“”()\[\]{}.,;:!?]`,
  // (the local part starts at the first word character of its run: every later start would end at the same "@")
  String.raw`\b(?<!\w[.+-]*)[\w.+-]+@[\w-]+(?:\.[\w-]+)+`,
  // domain-like tokens and dotted identifiers: Amazon.com, Node.js, example.org/path, .NET
  // (a name starts where no dotted name runs on from the left: "a.b.c.com" is tried once, from "a")
  String.raw`\b(?=[A-Za-z0-9])(?<!(?<!\w)[A-Za-z0-9][\w-]*?[-.])[A-Za-z0-9][\w-]*(?:\.[A-Za-z0-9][\w-]*)*\.(?:com|org|net|edu|gov|mil|int|io|co|cn|uk|de|fr|jp|kr|ru|eu|info|biz|ai|app|dev|js|ts|py|md|txt|html?|json|ya?ml|xml|pdf|exe|zip|png|jpe?g|gif|svg|csv)\b(?:/[^\s<>"'“”()]*[^\s<>"'“”().,;:!?])?`,
  String.raw`(?<![\w.])\.(?:NET|com|org|gov)\b`,
  // file paths
  String.raw`(?:~|\.{1,2})?/(?:[\w.-]+/)+[\w.-]*`,
  // version numbers, decimals, times, thousands: 3.14, v2.1.0, 3:30, 1,000.5
  String.raw`\bv?\d+(?:[.:,]\d+)+\b`,
  String.raw`(?<![\w.])\.\d+\b`,
  // multi-letter initialisms with periods: U.S., U.S.A., e.g., i.e., a.m., Ph.D.
  String.raw`\b(?:[A-Za-z]\.){2,}`,
  String.raw`\bPh\.D\.?`,
];

const TOKEN_RE = new RegExp(TOKEN_SOURCES.join('|'), 'gu');
const ELLIPSIS_RE = /\.{3,}|…+|\.(?:[ \u00A0]\.){2,}/g;
const ABBR_RE = /\b([A-Za-z]+)\./g;
const EMOTICON_RE = /^[:;=8][-']?[)(\]\[DPpO/\\|]$/;
const LONGEST_ABBREVIATION = Math.max(...TITLE_ABBREVIATIONS.map((a) => a.length), ...TERMINAL_ABBREVIATIONS.map((a) => a.length));
/**
 * What makes a token worth a look: `@` or `/` anywhere, `. : ; ,` with more of the token after
 * them; and a period that ends its token after a word short enough to be an abbreviation.
 */
const TRIGGER_RE = new RegExp(String.raw`[@/]|[.:;,](?![ \n\r\t\f\u00A0\u3000\u2000-\u200A]|$)|\.(?<=(?<!\w)[A-Za-z]{1,${LONGEST_ABBREVIATION}}\.)`, 'g');
const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isWordChar = (c: number): boolean => isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 95;

/**
 * Which (length, first letter, last letter) an abbreviation of TITLE_ABBREVIATIONS or
 * TERMINAL_ABBREVIATIONS has: a word without its entry is none, and is never sliced or looked up.
 */
const ABBREVIATION_SHAPES = new Uint8Array((LONGEST_ABBREVIATION + 1) << 12);
const shapeOf = (length: number, first: number, last: number): number => (length << 12) | ((first & 63) << 6) | (last & 63);
for (const a of [...TITLE_ABBREVIATIONS, ...TERMINAL_ABBREVIATIONS]) ABBREVIATION_SHAPES[shapeOf(a.length, a.charCodeAt(0), a.charCodeAt(a.length - 1))] = 1;

/** `isAbbreviationWord` of the ASCII letters `prose[s, end)`, sliced only when the word may be one. */
function isAbbreviationAt(prose: string, units: Uint16Array, s: number, end: number, after: number): boolean {
  const length = end - s;
  const first = units[s];
  // one capital letter may be an initial
  const mayBe = length === 1 ? first <= 90 || ABBREVIATION_SHAPES[shapeOf(1, first, first)] === 1 : length <= LONGEST_ABBREVIATION && ABBREVIATION_SHAPES[shapeOf(length, first, units[end - 1])] === 1;
  return mayBe && isAbbreviationWord(prose.slice(s, end), prose, after);
}

/**
 * Sorted, merged ranges of text that punctuation and spacing rules must not flag: URLs,
 * e-mails, domains, paths, numbers, initialisms, abbreviations, ellipses, emoticons.
 * Linear: a token is examined once, and only when a mark inside it could start a mask; a
 * period that ends a token costs a look at the word before it. `units`: the prose's
 * `utf16Units`, when the caller has them.
 */
export function computeMasks(prose: string, extra: Range[] = [], units: Uint16Array = utf16Units(prose)): Range[] {
  const ranges: Range[] = [...extra];
  const len = prose.length;
  ELLIPSIS_RE.lastIndex = 0;
  for (let m = ELLIPSIS_RE.exec(prose); m; m = ELLIPSIS_RE.exec(prose)) ranges.push([m.index, m.index + m[0].length]);
  // what the token patterns found in each token seen so far: tokens such as "U.S." or "3:30" recur
  const seen = new Map<string, TokenMatches>();
  // every alternative of TRIGGER_RE is one character: where it matched is lastIndex - 1
  TRIGGER_RE.lastIndex = 0;
  while (TRIGGER_RE.test(prose)) {
    const at = TRIGGER_RE.lastIndex - 1;
    if (units[at] === 0x2e && (at + 1 === len || isSpace(units[at + 1]))) {
      maskFinalAbbreviation(prose, units, at, ranges);
      continue;
    }
    let s = at;
    while (s > 0 && !isSpace(units[s - 1])) s--;
    let e = at + 1;
    while (e < len && !isSpace(units[e])) e++;
    TRIGGER_RE.lastIndex = e;
    maskToken(prose, units, s, e, ranges, seen);
  }
  return mergeRanges(ranges);
}

/** "Mr." or "etc." where the period at `at` ends a token with no other mark in it. */
function maskFinalAbbreviation(prose: string, units: Uint16Array, at: number, ranges: Range[]): void {
  let s = at;
  while (s > 0 && at - s <= LONGEST_ABBREVIATION && isAsciiLetter(units[s - 1])) s--;
  if (s === at || at - s > LONGEST_ABBREVIATION || (s > 0 && isWordChar(units[s - 1]))) return;
  if (isAbbreviationAt(prose, units, s, at, at + 1)) ranges.push([s, at + 1]);
}

/**
 * Whether the token `[s, e)` is shaped as `^["'“‘(\[]*([A-Za-z]+)([.,;:])(["'”’)\]]*)$` (opening marks,
 * ASCII letters, one of `. , ; :`, closing marks): the offset of that mark, or -1.
 */
function plainWord(units: Uint16Array, s: number, e: number): number {
  let i = s;
  while (i < e && isPlainOpener(units[i])) i++;
  const word = i;
  while (i < e && isAsciiLetter(units[i])) i++;
  if (i === word || i === e) return -1;
  const mark = units[i];
  if (mark !== 0x2e && mark !== 0x2c && mark !== 0x3b && mark !== 0x3a) return -1;
  for (let j = i + 1; j < e; j++) if (!isPlainCloser(units[j])) return -1;
  return i;
}

/** `" ' “ ‘ ( [` */
const isPlainOpener = (c: number): boolean => c === 0x22 || c === 0x27 || c === 0x201c || c === 0x2018 || c === 0x28 || c === 0x5b;
/** `" ' ” ’ ) ]` */
const isPlainCloser = (c: number): boolean => c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0x29 || c === 0x5d;

/** Masks inside the whitespace-delimited token `[s, e)` (`seen`: `matchToken` of the tokens met before). */
function maskToken(prose: string, units: Uint16Array, s: number, e: number, ranges: Range[], seen: Map<string, TokenMatches>): void {
  if (e - s <= 3 && EMOTICON_RE.test(prose.slice(s, e))) {
    ranges.push([s, e]);
    return;
  }
  const mark = plainWord(units, s, e);
  if (mark >= 0) {
    // a word with punctuation around it: only an abbreviation can be masked
    if (units[mark] === 0x2e) {
      let word = mark;
      while (word > s && isAsciiLetter(units[word - 1])) word--;
      if (isAbbreviationAt(prose, units, word, mark, mark + 1)) ranges.push([word, mark + 1]);
    }
    return;
  }
  const token = prose.slice(s, e);
  let found = seen.get(token);
  if (!found) seen.set(token, (found = matchToken(token)));
  const { masks, abbreviations } = found;
  for (let i = 0; i < masks.length; i += 2) ranges.push([s + masks[i], s + masks[i + 1]]);
  for (const [start, after, word] of abbreviations) if (isAbbreviationWord(word, prose, s + after)) ranges.push([s + start, s + after]);
}

/** What TOKEN_RE and ABBR_RE find in a token, in offsets from its start: they read nothing outside it. */
interface TokenMatches {
  /** Start and end of each TOKEN_RE match. */
  masks: number[];
  /** Each `word.` of ABBR_RE: its start, the offset after its period, the word. */
  abbreviations: Array<[number, number, string]>;
}

function matchToken(token: string): TokenMatches {
  const masks: number[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(token); m; m = TOKEN_RE.exec(token)) {
    if (m[0].length === 0) {
      TOKEN_RE.lastIndex++;
      continue;
    }
    masks.push(m.index, m.index + m[0].length);
  }
  const abbreviations: Array<[number, number, string]> = [];
  ABBR_RE.lastIndex = 0;
  for (let m = ABBR_RE.exec(token); m; m = ABBR_RE.exec(token)) abbreviations.push([m.index, m.index + m[0].length, m[1]]);
  return { masks, abbreviations };
}

/** Whether `word.` at `after` (the offset after the period) is an abbreviation or an initial. */
export function isAbbreviationWord(word: string, prose: string, after: number): boolean {
  if (titleAbbr.has(word)) return true;
  if (word.length === 1 && /[A-Z]/.test(word)) {
    // an initial: J. K. Rowling, George W. Bush; a lone capital letter with a period
    return /^\s+(?:[A-Z]\.|[A-Z][a-z])/.test(prose.slice(after, after + 4)) && !/\b(?:I|A)$/.test(word);
  }
  if (terminalAbbr.has(word)) {
    // `etc.` or `Inc.` followed by a lowercase word or a comma stays inside the sentence
    return /^(?:\s*[,;:)\]]|\s+[a-z])/.test(prose.slice(after, after + 3));
  }
  return false;
}

/** Sorts and merges overlapping or touching ranges. */
export function mergeRanges(ranges: Range[]): Range[] {
  if (ranges.length < 2) return ranges.slice();
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Range[] = [[ranges[0][0], ranges[0][1]]];
  for (let i = 1; i < ranges.length; i++) {
    const last = out[out.length - 1];
    const r = ranges[i];
    if (r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/** Whether any masked range overlaps `[start, end)` (or contains `start` when empty). */
export function overlapsMask(masks: Range[], start: number, end: number): boolean {
  let lo = 0;
  let hi = masks.length - 1;
  // last mask with start <= end-1 (or <= start for empty)
  const probe = end > start ? end - 1 : start;
  let idx = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (masks[mid][0] <= probe) {
      idx = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (idx < 0) return false;
  const m = masks[idx];
  return end > start ? m[1] > start : m[1] > start && m[0] <= start;
}
