/** Lines of a document as the page-chrome (boilerplate) rules judge them: position, shape, how to delete them. */
import type { Document } from './document.js';
import type { BlockKind, Fix, Range, RuleContext } from '../types.js';
import { isSpaceUnit, mayBeLetterUnit, tokenizeWords } from './words.js';

/** One non-blank line of the prose, with what the page-chrome rules judge it by. */
export interface ChromeLine {
  /** Trimmed line, in prose coordinates. */
  start: number;
  end: number;
  /** The trimmed line without a leading bullet (`-`, `*`, `•`). */
  text: string;
  /** Prose offset where `text` starts. */
  textStart: number;
  /** Index among the non-blank lines, and how many there are. */
  index: number;
  count: number;
  /** Where a deletion of the whole line (and the breaks that separate it) starts and ends. */
  cut: Range;
  /** Whether a blank line (or the start of the text) comes right before the line. */
  afterBlank: boolean;
  /** False when the line is one physical line of a wrapped sentence. */
  ownLine: boolean;
  /** A body line: 20+ words, ending like a sentence, no labelled notice. */
  body: boolean;
  /** Before the first or after the last body paragraph, or among the outer three lines. */
  edge: boolean;
  kind: BlockKind;
  words: number;
}

const END_MARKS = '.!?。！？…';
const CLOSERS = '"\'”’»)]';
const BULLET_RE = /^(?:[-*•·▪►>]|\d{1,2}[.)])\s+/;
/** BULLET_RE read in place in the prose (a match running past the line is none). */
const BULLET_AT = new RegExp(BULLET_RE.source.slice(1), 'y');
/** "Disclaimer: ...", "Statement: ...": a labelled line is never body text, however long. */
const LABEL_RE = /^\W{0,2}[\p{L}'’]+(?: [\p{L}'’]+){0,2}\s*[:：]/u;
/** LABEL_RE read in place in the prose. */
const LABEL_AT = new RegExp(LABEL_RE.source.slice(1), 'uy');
const NOTICE_RE = /\bcookies?\b|\bJavaScript\b|rights reserved|Akismet|\breproduc|\breprint/i;
const LOWER_START_RE = /^\p{Ll}/u;
const LOWER_END_RE = /[\p{Ll},;]/u;
const LETTER_END_RE = /[\p{L},;]/u;
const cache = new WeakMap<Document, ChromeLine[]>();

/** Number of words in a string. */
export function wordCount(text: string): number {
  return tokenizeWords(text).count;
}

/** Whether a line ends like a sentence (a period, question or exclamation mark, maybe quoted). */
export function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && CLOSERS.includes(text[i])) i--;
  return i >= 0 && END_MARKS.includes(text[i]);
}

/** `endsSentence` of the prose range `[s, e)`, read from its units. */
function endsSentenceAt(units: Uint16Array, s: number, e: number): boolean {
  let i = e - 1;
  while (i >= s && isCloser(units[i])) i--;
  if (i < s) return false;
  const c = units[i];
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x2026;
}

/** One of CLOSERS: `" ' ” ’ » ) ]`. */
function isCloser(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x29 || c === 0x5d;
}

/**
 * Whether the prose line `[s, e)` may be labelled: LABEL_RE needs a colon after at most two
 * characters (four units) and then at most three words (letters and apostrophes) with a space
 * between them: spaces followed by a letter at most twice.
 */
function mayBeLabel(units: Uint16Array, s: number, e: number): boolean {
  const head = Math.min(e, s + 4);
  for (let i = s; i < head; i++) if (units[i] === 0x3a || units[i] === 0xff1a) return true;
  let i = head;
  let space = false;
  let gaps = 0;
  while (i < e) {
    const c = units[i];
    if (isSpaceUnit(c)) space = true;
    else if (mayBeLetterUnit(c) || c === 0x27 || c === 0x2019) {
      if (space && ++gaps > 2) return false;
      space = false;
    } else break;
    i++;
  }
  return i < e && (units[i] === 0x3a || units[i] === 0xff1a);
}

/** Whether the anchored `re` (sticky, read in place) matches the prose line `[s, e)` as it would the line alone. */
function matchesLineStart(prose: string, s: number, e: number, sticky: RegExp, anchored: RegExp): boolean {
  sticky.lastIndex = s;
  if (!sticky.test(prose)) return false;
  // a match that ran past the line: ask the line alone
  return sticky.lastIndex <= e || anchored.test(prose.slice(s, e));
}

/** Length of the bullet (`- `, `1. `) that starts the prose line `[s, e)`, or 0. */
function bulletLength(prose: string, units: Uint16Array, s: number, e: number): number {
  const c = units[s];
  if (!(c === 0x2d || c === 0x2a || c === 0x2022 || c === 0xb7 || c === 0x25aa || c === 0x25ba || c === 0x3e || (c >= 0x30 && c <= 0x39))) return 0;
  BULLET_AT.lastIndex = s;
  // the bullet's spaces stop before the line's last (non-space) character, or the line is only a bullet
  return BULLET_AT.test(prose) && BULLET_AT.lastIndex <= e ? BULLET_AT.lastIndex - s : 0;
}

/** Index of the first of `sorted[lo, count)` that is `>= x`: steps of 1, 2, 4... from `lo`, then a binary search. */
function gallop(sorted: Int32Array, x: number, lo: number, count: number): number {
  let step = 1;
  let hi = lo;
  while (hi < count && sorted[hi] < x) {
    lo = hi + 1;
    hi += step;
    step <<= 1;
  }
  if (hi > count) hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The paragraph kind of each offset asked for in ascending order: a cursor over the paragraphs
 * when they are sorted and apart (then it finds what `paragraphAt` finds), else `paragraphAt`.
 */
function paragraphKinds(doc: Document): (offset: number) => BlockKind {
  const ps = doc.paragraphs();
  let apart = true;
  for (let j = 0; j < ps.length && apart; j++) apart = ps[j].start <= ps[j].end && (j === 0 || ps[j - 1].end < ps[j].start);
  if (!apart) return (offset) => doc.paragraphAt(offset)?.kind ?? 'paragraph';
  let j = 0;
  return (offset) => {
    while (j < ps.length && ps[j].end < offset) j++;
    return j < ps.length && ps[j].start <= offset ? ps[j].kind : 'paragraph';
  };
}

/** The last character of the prose line `[s, e)` (a whole surrogate pair), as `lastChar` of the line. */
function lastCharAt(prose: string, units: Uint16Array, s: number, e: number): string {
  const c = units[e - 1];
  return c >= 0xdc00 && c < 0xe000 && e - s > 1 ? prose.slice(e - 2, e) : prose.slice(e - 1, e);
}

/**
 * The non-blank lines of a document, each with its position among the body paragraphs.
 * A body line has 20+ words, ends like a sentence and is no labelled notice; page chrome sits before the first or
 * after the last one. Computed once per document and shared by the boilerplate rules.
 */
export function chromeLines(doc: Document): ChromeLine[] {
  const cached = cache.get(doc);
  if (cached) return cached;
  const prose = doc.prose;
  const units = doc.units();
  const raw = doc.lines();
  const { starts: wordStarts, ends: wordEnds, count: wordTotal } = doc.wordIndex();
  // the trimmed non-blank lines: start, end, index among the raw lines, words, text and bullet
  const n = raw.length;
  const S = new Int32Array(n);
  const E = new Int32Array(n);
  const I = new Int32Array(n);
  const W = new Int32Array(n);
  const B = new Int32Array(n);
  const texts: string[] = [];
  const body: boolean[] = [];
  let count = 0;
  let firstBody = -1;
  let lastBody = -1;
  // word cursors: the first word ending after a line's start, the first starting at or after its end (wordCountIn)
  let from = 0;
  let to = 0;
  for (let i = 0; i < n; i++) {
    const line = raw[i];
    let a = line[0];
    let b = line[1];
    while (a < b && isSpaceUnit(units[a])) a++;
    while (b > a && isSpaceUnit(units[b - 1])) b--;
    if (b <= a) continue;
    from = gallop(wordEnds, a + 1, from, wordTotal);
    to = gallop(wordStarts, b, to, wordTotal);
    const words = Math.max(0, to - from);
    const bullet = bulletLength(prose, units, a, b);
    const text = prose.slice(a + bullet, b);
    // NOTICE_RE matches in the line and in its text alike: no alternative takes in a bullet
    const isBody = words >= 20 && endsSentenceAt(units, a, b) && !(mayBeLabel(units, a, b) && matchesLineStart(prose, a, b, LABEL_AT, LABEL_RE)) && !NOTICE_RE.test(text);
    if (isBody) {
      if (firstBody < 0) firstBody = count;
      lastBody = count;
    }
    S[count] = a;
    E[count] = b;
    I[count] = i;
    W[count] = words;
    B[count] = bullet;
    texts.push(text);
    body.push(isBody);
    count++;
  }
  const kindAt = paragraphKinds(doc);
  const out: ChromeLine[] = new Array(count);
  for (let k = 0; k < count; k++) {
    const s = S[k];
    const e = E[k];
    const i = I[k];
    const prevAdjacent = k > 0 && I[k - 1] === i - 1;
    const nextAdjacent = k + 1 < count && I[k + 1] === i + 1;
    const continues = prevAdjacent && LOWER_END_RE.test(lastCharAt(prose, units, S[k - 1], E[k - 1])) && LOWER_START_RE.test(prose.slice(s, Math.min(e, s + 2)));
    const continued = nextAdjacent && LOWER_START_RE.test(prose.slice(S[k + 1], Math.min(E[k + 1], S[k + 1] + 2))) && LETTER_END_RE.test(lastCharAt(prose, units, s, e));
    // join the neighbours the way they were joined: take the break before a line inside a block
    const cut: Range =
      k > 0 && (prevAdjacent || k + 1 === count) ? [raw[I[k - 1]][1], raw[i][1]] : k + 1 < count ? [raw[i][0], raw[I[k + 1]][0]] : [raw[i][0], raw[i][1]];
    const edge = firstBody < 0 || k < firstBody || k > lastBody || k < 3 || k >= count - 3;
    out[k] = {
      start: s,
      end: e,
      text: texts[k],
      textStart: s + B[k],
      index: k,
      count,
      cut,
      afterBlank: !prevAdjacent,
      ownLine: !continues && !continued,
      body: body[k],
      edge,
      kind: kindAt(s),
      words: W[k],
    };
  }
  cache.set(doc, out);
  return out;
}

/**
 * Indexes of the chrome lines that hold a match of the global regex `re`, found in one scan of
 * the prose instead of one scan per line: rules use it to skip lines that cannot match. The
 * scan resumes at the end of a line once it holds a match, so that a match running over a line
 * break never hides one in the next line.
 */
export function linesWithMatch(doc: Document, re: RegExp): Set<number> {
  const lines = chromeLines(doc);
  const out = new Set<number>();
  const prose = doc.prose;
  re.lastIndex = 0;
  for (let m = re.exec(prose); m; m = re.exec(prose)) {
    const k = lineAt(lines, m.index);
    if (k >= 0 && m.index < lines[k].end) {
      out.add(k);
      re.lastIndex = lines[k].end;
    } else re.lastIndex = m.index + 1;
  }
  return out;
}

/** Index of the last line starting at or before `offset`, or -1. */
function lineAt(lines: ChromeLine[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Whether deleting a prose range deletes the same text in the file (no markup inside or around it). */
function cleanInFile(doc: Document, range: Range): boolean {
  const [s, e] = doc.map.range(range);
  return doc.text.slice(s, e).replace(/\s+/g, ' ') === doc.prose.slice(range[0], range[1]).replace(/\s+/g, ' ');
}

/**
 * A suggestion that deletes a whole line and the line break(s) that separate it. In Markdown or
 * HTML, when markup sits between the lines only the line's text goes, and nothing is offered
 * when markup runs through the line itself.
 */
export function deleteLine(doc: Document, line: ChromeLine, title = 'Delete the line'): Array<Omit<Fix, 'applicability'>> {
  if (doc.syntax === 'text' || cleanInFile(doc, line.cut)) return [{ title, edits: [{ range: line.cut, text: '' }] }];
  return cleanInFile(doc, [line.start, line.end]) ? [{ title, edits: [{ range: [line.start, line.end], text: '' }] }] : [];
}

/** The start of a long line, for a message. */
export function short(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max).trimEnd()}…` : text;
}

/** Reports a whole line as page chrome, suggesting its deletion. */
export function reportLine(ctx: RuleContext, line: ChromeLine, messageId: string, data?: Record<string, string | number>): void {
  ctx.report({ range: [line.start, line.end], messageId, data, suggestions: deleteLine(ctx.doc, line) });
}

/**
 * Reports a piece of a line. When the caller knows the whole line is chrome (`lineIsChrome`),
 * the suggestion deletes the line; otherwise just the piece and the separators that joined it.
 */
export function reportPiece(ctx: RuleContext, line: ChromeLine, range: Range, messageId: string, lineIsChrome: boolean, data?: Record<string, string | number>): void {
  const prose = ctx.doc.prose;
  let [s, e] = range;
  if (lineIsChrome) {
    ctx.report({ range, messageId, data, suggestions: deleteLine(ctx.doc, line) });
    return;
  }
  // take the separators that joined the piece to its neighbours: "By Li | 3,456 views"
  while (e < line.end && /[ \t|·•/]/.test(prose[e])) e++;
  if (e === line.end) while (s > line.start && /[ \t|·•/]/.test(prose[s - 1])) s--;
  const suggestions = ctx.doc.syntax === 'text' || cleanInFile(ctx.doc, [s, e]) ? [{ title: 'Delete it', edits: [{ range: [s, e] as Range, text: '' }] }] : [];
  ctx.report({ range, messageId, data, suggestions });
}

