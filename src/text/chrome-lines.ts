/** Lines of a document as the page-chrome (boilerplate) rules judge them: position, shape, how to delete them. */
import type { Document } from './document.js';
import type { BlockKind, Fix, Range, RuleContext } from '../types.js';
import { tokenizeWords } from './words.js';

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

const SPACE_RE = /\s/;
const END_MARKS = '.!?。！？…';
const CLOSERS = '"\'”’»)]';
const BULLET_RE = /^(?:[-*•·▪►>]|\d{1,2}[.)])\s+/;
/** "Disclaimer: ...", "Statement: ...": a labelled line is never body text, however long. */
const LABEL_RE = /^\W{0,2}[\p{L}'’]+(?: [\p{L}'’]+){0,2}\s*[:：]/u;
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

/**
 * The non-blank lines of a document, each with its position among the body paragraphs.
 * A body line has 20+ words, ends like a sentence and is no labelled notice; page chrome sits before the first or
 * after the last one. Computed once per document and shared by the boilerplate rules.
 */
export function chromeLines(doc: Document): ChromeLine[] {
  const cached = cache.get(doc);
  if (cached) return cached;
  const prose = doc.prose;
  const raw = doc.lines();
  const nonBlank: Array<{ s: number; e: number; i: number }> = [];
  raw.forEach(([s, e], i) => {
    let a = s;
    let b = e;
    while (a < b && SPACE_RE.test(prose[a])) a++;
    while (b > a && SPACE_RE.test(prose[b - 1])) b--;
    if (b > a) nonBlank.push({ s: a, e: b, i });
  });
  const count = nonBlank.length;
  const texts = nonBlank.map(({ s, e }) => prose.slice(s, e));
  const words = nonBlank.map(({ s, e }) => doc.wordCountIn(s, e));
  const body = texts.map((t, k) => words[k] >= 20 && endsSentence(t) && !LABEL_RE.test(t) && !NOTICE_RE.test(t));
  const firstBody = body.indexOf(true);
  const lastBody = body.lastIndexOf(true);
  const out: ChromeLine[] = nonBlank.map(({ s, e, i }, k) => {
    const text = texts[k];
    const bullet = BULLET_RE.exec(text)?.[0].length ?? 0;
    const prevAdjacent = k > 0 && nonBlank[k - 1].i === i - 1 ? texts[k - 1] : undefined;
    const nextAdjacent = k + 1 < count && nonBlank[k + 1].i === i + 1 ? texts[k + 1] : undefined;
    const continues = prevAdjacent !== undefined && LOWER_END_RE.test(lastChar(prevAdjacent)) && LOWER_START_RE.test(text);
    const continued = nextAdjacent !== undefined && LOWER_START_RE.test(nextAdjacent) && LETTER_END_RE.test(lastChar(text));
    // join the neighbours the way they were joined: take the break before a line inside a block
    const cut: Range =
      k > 0 && (prevAdjacent !== undefined || k + 1 === count) ? [raw[nonBlank[k - 1].i][1], raw[i][1]] : k + 1 < count ? [raw[i][0], raw[nonBlank[k + 1].i][0]] : [raw[i][0], raw[i][1]];
    const edge = firstBody < 0 || k < firstBody || k > lastBody || k < 3 || k >= count - 3;
    return {
      start: s,
      end: e,
      text: text.slice(bullet),
      textStart: s + bullet,
      index: k,
      count,
      cut,
      afterBlank: prevAdjacent === undefined,
      ownLine: !continues && !continued,
      body: body[k],
      edge,
      kind: doc.paragraphAt(s)?.kind ?? 'paragraph',
      words: words[k],
    };
  });
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

/** The last character of a string (a whole surrogate pair). */
function lastChar(text: string): string {
  const c = text.charCodeAt(text.length - 1);
  return c >= 0xdc00 && c < 0xe000 && text.length > 1 ? text.slice(-2) : text.slice(-1);
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

