import type { Range } from '../types.js';

/** Abbreviations that never end a sentence (a capitalised word usually follows them). */
export const TITLE_ABBREVIATIONS = [
  'Mr', 'Mrs', 'Ms', 'Mx', 'Dr', 'Prof', 'Sr', 'St', 'Mt', 'Gen', 'Col', 'Lt', 'Capt', 'Sgt', 'Maj', 'Adm',
  'Gov', 'Sen', 'Rep', 'Rev', 'Hon', 'Pres', 'Supt', 'Fr', 'No', 'Nos', 'Fig', 'Figs', 'Vol', 'Vols', 'pp',
  'p', 'vs', 'v', 'cf', 'approx', 'ca', 'Ch', 'Sec', 'Art', 'Ave', 'Blvd', 'Rd', 'Dept', 'Univ', 'Assn',
  'Bros', 'est', 'al', 'ed', 'eds', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct',
  'Nov', 'Dec', 'op', 'viz', 'Messrs', 'Mme', 'Mlle', 'Esq', 'Ph', 'Op',
];

/** Abbreviations that may also end a sentence. */
export const TERMINAL_ABBREVIATIONS = ['etc', 'Inc', 'Ltd', 'Co', 'Corp', 'Jr', 'LLC', 'plc', 'Bros'];

const titleAbbr = new Set(TITLE_ABBREVIATIONS);
const terminalAbbr = new Set(TERMINAL_ABBREVIATIONS);

const MASK_SOURCES = [
  // URLs and e-mail addresses
  String.raw`\b(?:https?|ftp|file|mailto):[^\s<>"'“”()\[\]{}]*[^\s<>"'“”()\[\]{}.,;:!?]`,
  String.raw`\bwww\.[^\s<>"'“”()\[\]{}]*[^\s<>"'“”()\[\]{}.,;:!?]`,
  String.raw`\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+`,
  // domain-like tokens and dotted identifiers: Amazon.com, Node.js, example.org/path, .NET
  String.raw`\b[A-Za-z0-9][\w-]*(?:\.[A-Za-z0-9][\w-]*)*\.(?:com|org|net|edu|gov|mil|int|io|co|cn|uk|de|fr|jp|kr|ru|eu|info|biz|ai|app|dev|js|ts|py|md|txt|html?|json|ya?ml|xml|pdf|exe|zip|png|jpe?g|gif|svg|csv)\b(?:/[^\s<>"'“”()]*[^\s<>"'“”().,;:!?])?`,
  String.raw`(?<![\w.])\.(?:NET|com|org|gov)\b`,
  // file paths
  String.raw`(?:~|\.{1,2})?/(?:[\w.-]+/)+[\w.-]*`,
  // version numbers, decimals, times, numeric ranges: 3.14, v2.1.0, 3:30, 1,000.5
  String.raw`\bv?\d+(?:[.:,]\d+)+\b`,
  String.raw`(?<![\w.])\.\d+\b`,
  // ellipses: ..., …, . . .
  String.raw`\.{3,}|…+|\.(?:[ \u00A0]\.){2,}`,
  // multi-letter initialisms with periods: U.S., U.S.A., e.g., i.e., a.m., Ph.D.
  String.raw`\b(?:[A-Za-z]\.){2,}`,
  String.raw`\bPh\.D\.?`,
  // emoticons
  String.raw`(?<=\s|^)[:;=8][-']?[)(\]\[DPpO/\\|](?=\s|$)`,
];

const MASK_RE = new RegExp(MASK_SOURCES.join('|'), 'gmu');
const ABBR_RE = /\b([A-Za-z]+)\./g;

/** Sorted, merged ranges of text that punctuation and spacing rules must not flag. */
export function computeMasks(prose: string, extra: Range[] = []): Range[] {
  const ranges: Range[] = [...extra];
  MASK_RE.lastIndex = 0;
  for (let m = MASK_RE.exec(prose); m; m = MASK_RE.exec(prose)) {
    if (m[0].length === 0) {
      MASK_RE.lastIndex++;
      continue;
    }
    ranges.push([m.index, m.index + m[0].length]);
  }
  ABBR_RE.lastIndex = 0;
  for (let m = ABBR_RE.exec(prose); m; m = ABBR_RE.exec(prose)) {
    const word = m[1];
    if (isAbbreviationWord(word, prose, m.index + m[0].length)) ranges.push([m.index, m.index + m[0].length]);
  }
  return mergeRanges(ranges);
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
