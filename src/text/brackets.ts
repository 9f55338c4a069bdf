/** The round, square and curly brackets of a document, paired per paragraph: computed once per document. */
import type { Document } from './document.js';
import { CharFinder } from './quotes.js';

/** A bracket of a paragraph with its partner's offset, or what is wrong with it. */
export interface BracketMark {
  at: number;
  mark: string;
  issue: 'ok' | 'unclosed' | 'unopened' | 'mismatched';
  partner?: number;
}

const BRACKET_RE = /[()[\]{}]/g;
const OPEN_OF: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
/** `1)`, `a)`, `iv)`: an enumerator, a closing bracket with no opener by design. */
const ENUMERATOR_BEFORE = /(?:^|[\s(])(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})$/;
/** `:)`, `;-(`, `8]`: an emoticon. */
const EMOTICON_BEFORE = /(?:^|\s)[:;=8][-'^]?$/;
/** `[0, 1)`, `(0, 1]`: a half-open interval. */
const INTERVAL = /^\s*-?[\d.,]+\s*,\s*-?[\d.,]+\s*$|^\s*-?[\d.,]+\s*,\s*(?:∞|inf)\s*$/;
/** Longest interval looked at: `[-1,000.25, 2,000.75)` and then some. */
const INTERVAL_MAX = 64;
const cache = new WeakMap<Document, BracketMark[]>();

/** Pairs the round, square and curly brackets of each paragraph; enumerators, emoticons and intervals are left out. */
export function brackets(doc: Document): BracketMark[] {
  const cached = cache.get(doc);
  if (cached) return cached;
  const prose = doc.prose;
  const out: BracketMark[] = [];
  const marks = new CharFinder(prose, BRACKET_RE);
  for (const para of doc.paragraphs()) {
    const stack: BracketMark[] = [];
    // how many of each opening bracket the stack holds
    const open: Record<string, number> = { '(': 0, '[': 0, '{': 0 };
    const paraOut: BracketMark[] = [];
    for (let at = marks.at(para.start); at >= 0 && at < para.end; at = marks.at(at + 1)) {
      const mark = prose[at];
      const before = prose.slice(Math.max(para.start, at - 6), at);
      if (doc.isMasked(at) || EMOTICON_BEFORE.test(before)) continue;
      const b: BracketMark = { at, mark, issue: 'ok' };
      if (mark === '(' || mark === '[' || mark === '{') {
        stack.push(b);
        open[mark]++;
        paraOut.push(b);
        continue;
      }
      const want = OPEN_OF[mark];
      let top = stack[stack.length - 1];
      if (!top && mark === ')' && ENUMERATOR_BEFORE.test(before)) continue;
      if (top && top.mark !== want && at - top.at <= INTERVAL_MAX && INTERVAL.test(prose.slice(top.at + 1, at))) {
        stack.pop();
        open[top.mark]--;
        paraOut.splice(paraOut.lastIndexOf(top), 1);
        continue;
      }
      // "(a [b) c": the "[" in between was never closed
      if (top && top.mark !== want && open[want] > 0) {
        while (top.mark !== want) {
          top.issue = 'unclosed';
          stack.pop();
          open[top.mark]--;
          top = stack[stack.length - 1];
        }
      }
      if (!top) b.issue = 'unopened';
      else {
        stack.pop();
        open[top.mark]--;
        top.partner = at;
        b.partner = top.at;
        if (top.mark !== want) b.issue = 'mismatched';
      }
      paraOut.push(b);
    }
    for (const b of stack) b.issue = 'unclosed';
    for (const b of paraOut) out.push(b);
  }
  out.sort((a, b) => a.at - b.at);
  cache.set(doc, out);
  return out;
}
