/** The double quotes of a document, paired per paragraph: shared by the quote rules, computed once per document. */
import type { Document } from './document.js';

/** What is wrong with one curly double quote, after pairing the quotes of its paragraph. */
export type QuoteIssue =
  | 'ok'
  | 'orphan-close'
  | 'turned-open'
  | 'turned-close'
  | 'misplaced-open'
  | 'misplaced-close'
  | 'unclosed-open';

/** A curly double quote in prose coordinates, with its partner's offset when paired. */
export interface CurlyQuote {
  at: number;
  glyph: '“' | '”';
  issue: QuoteIssue;
  partner?: number;
}

/** A straight double quote that has no partner in its paragraph. */
export interface StraightQuoteIssue {
  at: number;
  issue: 'unclosed' | 'unopened' | 'apostrophe';
}

const CURLY_RE = /[“”]/g;
const CURLY_OPENS_BEFORE = /[([{\u2014\u2013/‘'"-]/;
const STRAIGHT_RE = /"/g;
const STRAIGHT_OPENS_BEFORE = /[\s([{\u2014\u2013/-]/;
const CLOSES_AFTER = /[\s.,;:!?)\]}\u2014\u2013…-]/;
const SPACE_RE = /\s/;
const LETTER_OR_DIGIT_RE = /[\p{L}\p{N}]/u;
/**
 * The offsets where a one-character pattern matches in a text, read forward with one scan when
 * asked in ascending order: `at(from)` is the first at or after `from`, or -1.
 */
export class CharFinder {
  private readonly re: RegExp;
  private from = -1;
  private found = -1;

  constructor(
    private readonly text: string,
    /** A pattern whose every match is one UTF-16 unit. */
    pattern: RegExp,
  ) {
    this.re = new RegExp(pattern.source, 'g');
  }

  at(from: number): number {
    // the answer to an earlier, smaller `from` holds while it is not before this one
    if (this.from >= 0 && this.from <= from && (this.found < 0 || this.found >= from)) return this.found;
    this.from = from;
    this.re.lastIndex = from;
    return (this.found = this.re.test(this.text) ? this.re.lastIndex - 1 : -1);
  }

  /** Whether the pattern matches in `[start, end)`. */
  within(start: number, end: number): boolean {
    const at = this.at(start);
    return at >= 0 && at < end;
  }
}

const curlyCache = new WeakMap<Document, CurlyQuote[]>();
const straightCache = new WeakMap<Document, StraightQuoteIssue[]>();

/**
 * Pairs the curly double quotes of each paragraph, judging each quote by its glyph and by the
 * spaces around it, and follows the convention that a quotation running over several paragraphs
 * re-opens each paragraph and closes only the last. Paragraphs with German „…“ quotes are skipped.
 */
export function curlyQuotes(doc: Document): CurlyQuote[] {
  const cached = curlyCache.get(doc);
  if (cached) return cached;
  const prose = doc.prose;
  const out: CurlyQuote[] = [];
  let carried: CurlyQuote[] = [];
  const curly = new CharFinder(prose, CURLY_RE);
  const low = new CharFinder(prose, /„/g);
  for (const para of doc.paragraphs()) {
    const found = curly.at(para.start);
    if (found < 0 || found >= para.end || low.within(para.start, para.end)) {
      carried = [];
      continue;
    }
    const opensWithQuote = prose.charCodeAt(para.start) === 0x201c;
    if (carried.length && opensWithQuote) for (const q of carried) q.issue = 'ok';
    const stack: CurlyQuote[] = [];
    const first = out.length;
    for (let at = found; at >= 0 && at < para.end; at = curly.at(at + 1)) {
      if (doc.isMasked(at)) continue;
      const prev = at > para.start ? prose[at - 1] : '';
      const next = at + 1 < para.end ? prose[at + 1] : '';
      const spaceBefore = prev === '' || SPACE_RE.test(prev);
      const spaceAfter = next === '' || SPACE_RE.test(next);
      const q: CurlyQuote = { at, glyph: prose[at] as CurlyQuote['glyph'], issue: 'ok' };
      out.push(q);
      if (q.glyph === '“') {
        if (!spaceBefore && !CURLY_OPENS_BEFORE.test(prev) && spaceAfter) {
          // `no.“ Then` closes an open quote; `said“ we will”` opens one with the space misplaced
          const open = stack.pop();
          if (open) pair(open, q, 'turned-open');
          else stack.push(Object.assign(q, { issue: 'misplaced-open' as const }));
        } else stack.push(q);
      } else if (spaceBefore && LETTER_OR_DIGIT_RE.test(next)) {
        // `”In theory` opens; `we will ”continue` closes with the space misplaced
        const open = stack.pop();
        if (open) pair(open, q, 'misplaced-close');
        else stack.push(Object.assign(q, { issue: 'turned-close' as const }));
      } else {
        const open = stack.pop();
        if (open) pair(open, q, 'ok');
        else q.issue = 'orphan-close';
      }
    }
    for (const q of stack) if (q.issue === 'ok') q.issue = 'unclosed-open';
    if (carried.length && !opensWithQuote) {
      // a quotation from the previous paragraph closed here without being re-opened
      const close = out[first];
      if (close?.issue === 'orphan-close') {
        close.issue = 'ok';
        for (const q of carried) q.issue = 'ok';
      }
    }
    carried = stack.filter((q) => q.issue === 'unclosed-open');
  }
  curlyCache.set(doc, out);
  return out;
}

function pair(open: CurlyQuote, close: CurlyQuote, issue: QuoteIssue): void {
  open.partner = close.at;
  close.partner = open.at;
  close.issue = issue;
}

/**
 * Pairs the straight double quotes of each paragraph by their spacing (`"` after a space
 * opens, before one closes), skipping inch marks (`a 12" pipe`) and following the
 * multi-paragraph convention (an unclosed paragraph followed by one that opens with `"`).
 */
export function unpairedStraightQuotes(doc: Document): StraightQuoteIssue[] {
  const cached = straightCache.get(doc);
  if (cached) return cached;
  const prose = doc.prose;
  const out: StraightQuoteIssue[] = [];
  // the unclosed quote of the paragraph before, always the last entry of `out`
  let carried: StraightQuoteIssue | undefined;
  const straight = new CharFinder(prose, STRAIGHT_RE);
  for (const para of doc.paragraphs()) {
    const found = straight.at(para.start);
    if (found < 0 || found >= para.end) {
      carried = undefined;
      continue;
    }
    const opensWithQuote = prose.charCodeAt(para.start) === 0x22;
    if (carried && opensWithQuote) out.pop();
    let open: number | undefined;
    let first = true;
    for (let at = found; at >= 0 && at < para.end; at = straight.at(at + 1)) {
      if (doc.isMasked(at)) continue;
      const prev = at > para.start ? prose[at - 1] : ' ';
      const next = at + 1 < para.end ? prose[at + 1] : ' ';
      const opens = STRAIGHT_OPENS_BEFORE.test(prev) && !SPACE_RE.test(next) && !CLOSES_AFTER.test(next);
      const closes = !SPACE_RE.test(prev) && CLOSES_AFTER.test(next);
      if (open === undefined && /\d/.test(prev) && !/\p{L}/u.test(next)) continue;
      // `2017"s`: a double quote typed for an apostrophe
      if (LETTER_OR_DIGIT_RE.test(prev) && next === 's' && !LETTER_OR_DIGIT_RE.test(prose[at + 2] ?? '')) {
        out.push({ at, issue: 'apostrophe' });
        continue;
      }
      const wasFirst = first;
      first = false;
      if (open === undefined) {
        if (closes && !opens) {
          // the first quote of a paragraph may close a quotation carried over from the last one
          if (wasFirst && carried && !opensWithQuote) out.splice(out.lastIndexOf(carried), 1);
          else out.push({ at, issue: 'unopened' });
        } else open = at;
      } else if (opens && !closes) {
        // `... Naira. "The bank`: paragraphs of one quotation run together; otherwise the last one never closed
        if (!/[.!?…]\s+$/.test(prose.slice(Math.max(para.start, at - 4), at))) out.push({ at: open, issue: 'unclosed' });
        open = at;
      } else open = undefined;
    }
    carried = undefined;
    if (open !== undefined) {
      carried = { at: open, issue: 'unclosed' };
      out.push(carried);
    }
  }
  straightCache.set(doc, out);
  return out;
}
