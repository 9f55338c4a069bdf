import { defineRule } from '../src/engine/define-rule.js';
import type { Document } from '../src/text/document.js';
import { curlyQuotes } from './stray-quote.js';

/** A straight double quote that has no partner in its paragraph. */
export interface StraightQuoteIssue {
  at: number;
  issue: 'unclosed' | 'unopened' | 'apostrophe';
}

const STRAIGHT_RE = /"/g;
const OPENS_BEFORE = /[\s([{\u2014\u2013/-]/;
const CLOSES_AFTER = /[\s.,;:!?)\]}\u2014\u2013…-]/;

/**
 * Pairs the straight double quotes of each paragraph by their spacing (`"` after a space
 * opens, before one closes), skipping inch marks (`a 12" pipe`) and following the
 * multi-paragraph convention (an unclosed paragraph followed by one that opens with `"`).
 */
export function unpairedStraightQuotes(doc: Document): StraightQuoteIssue[] {
  const prose = doc.prose;
  const out: StraightQuoteIssue[] = [];
  let carried: StraightQuoteIssue | undefined;
  for (const para of doc.paragraphs()) {
    const text = prose.slice(para.start, para.end);
    if (!text.includes('"')) {
      carried = undefined;
      continue;
    }
    if (carried && text.startsWith('"')) out.splice(out.indexOf(carried), 1);
    let open: number | undefined;
    let first = true;
    STRAIGHT_RE.lastIndex = 0;
    for (let m = STRAIGHT_RE.exec(text); m; m = STRAIGHT_RE.exec(text)) {
      const at = para.start + m.index;
      if (doc.isMasked(at)) continue;
      const prev = at > para.start ? prose[at - 1] : ' ';
      const next = at + 1 < para.end ? prose[at + 1] : ' ';
      const opens = OPENS_BEFORE.test(prev) && !/\s/.test(next) && !CLOSES_AFTER.test(next);
      const closes = !/\s/.test(prev) && CLOSES_AFTER.test(next);
      if (open === undefined && /\d/.test(prev) && !/\p{L}/u.test(next)) continue;
      // `2017"s`: a double quote typed for an apostrophe
      if (/[\p{L}\p{N}]/u.test(prev) && next === 's' && !/[\p{L}\p{N}]/u.test(prose[at + 2] ?? '')) {
        out.push({ at, issue: 'apostrophe' });
        continue;
      }
      const wasFirst = first;
      first = false;
      if (open === undefined) {
        if (closes && !opens) {
          // the first quote of a paragraph may close a quotation carried over from the last one
          if (wasFirst && carried && !text.startsWith('"')) out.splice(out.indexOf(carried), 1);
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
  return out;
}

export default defineRule({
  id: 'unbalanced-quotes',
  meta: {
    description: 'A double quotation mark whose partner is missing from the paragraph, as in "He said “we will continue. The ministry…"',
    category: 'quotes-brackets',
    defaultSeverity: 'warning',
    fixable: 'none',
    preset: 'all',
    precision: 0.83,
    messages: {
      unclosed: 'Opening quote "{{mark}}" is never closed.',
      unopened: 'Closing quote "{{mark}}" has no opening quote.',
      apostrophe: 'Double quote typed for an apostrophe: write "’s".',
    },
  },
  docs: {
    why: 'A quotation that opens and never closes (or closes without opening) is left when a translation drops the end or the start of the quoted words. Where the other mark belongs needs a reader. Only double quotes are checked, since "’" is also the apostrophe; inch marks and quotations that run over several paragraphs (each paragraph re-opening, only the last closing) are left alone. Curly closing quotes without an opener are stray-quote\'s.',
    valid: [
      'He said “we will continue” and left.',
      'He said "we will continue" and left.',
      'The pipe is 12" wide and 3" deep.',
      '"The first paragraph of a long quotation.\n\n"The second paragraph, which closes it."',
      'It’s the world’s leader, she said.',
      '“Opened here,\n\nand closed here.”',
    ],
    invalid: [
      { text: 'He said “we will continue. The ministry agreed.' },
      { text: 'He said "we will continue. The ministry agreed.' },
      { text: 'He said we will continue" and left.' },
      { text: 'It was the 2017"s snap election.' },
    ],
  },
  check(ctx) {
    for (const q of curlyQuotes(ctx.doc)) {
      if (q.issue === 'unclosed-open') ctx.report({ range: [q.at, q.at + 1], messageId: 'unclosed', data: { mark: '“' } });
    }
    for (const q of unpairedStraightQuotes(ctx.doc)) {
      ctx.report({ range: [q.at, q.at + 1], messageId: q.issue, data: { mark: '"' } });
    }
  },
});
