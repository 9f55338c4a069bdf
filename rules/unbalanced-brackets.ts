import { defineRule } from '../src/engine/define-rule.js';
import type { Document } from '../src/text/document.js';

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
const cache = new WeakMap<Document, BracketMark[]>();

/** Pairs the round, square and curly brackets of each paragraph; enumerators, emoticons and intervals are left out. */
export function brackets(doc: Document): BracketMark[] {
  const cached = cache.get(doc);
  if (cached) return cached;
  const prose = doc.prose;
  const out: BracketMark[] = [];
  for (const para of doc.paragraphs()) {
    const text = prose.slice(para.start, para.end);
    const stack: BracketMark[] = [];
    BRACKET_RE.lastIndex = 0;
    for (let m = BRACKET_RE.exec(text); m; m = BRACKET_RE.exec(text)) {
      const at = para.start + m.index;
      const mark = m[0];
      const before = prose.slice(Math.max(para.start, at - 6), at);
      if (doc.isMasked(at) || EMOTICON_BEFORE.test(before)) continue;
      const b: BracketMark = { at, mark, issue: 'ok' };
      if (mark === '(' || mark === '[' || mark === '{') {
        stack.push(b);
        out.push(b);
        continue;
      }
      let open = stack[stack.length - 1];
      if (!open && mark === ')' && ENUMERATOR_BEFORE.test(before)) continue;
      if (open && open.mark !== OPEN_OF[mark] && INTERVAL.test(prose.slice(open.at + 1, at))) {
        stack.pop();
        out.splice(out.indexOf(open), 1);
        continue;
      }
      // "(a [b) c": the "[" in between was never closed
      if (open && open.mark !== OPEN_OF[mark] && stack.some((o) => o.mark === OPEN_OF[mark])) {
        while (open.mark !== OPEN_OF[mark]) {
          open.issue = 'unclosed';
          stack.pop();
          open = stack[stack.length - 1];
        }
      }
      if (!open) b.issue = 'unopened';
      else {
        stack.pop();
        open.partner = at;
        b.partner = open.at;
        if (open.mark !== OPEN_OF[mark]) b.issue = 'mismatched';
      }
      out.push(b);
    }
    for (const b of stack) b.issue = 'unclosed';
  }
  out.sort((a, b) => a.at - b.at);
  cache.set(doc, out);
  return out;
}

export default defineRule({
  id: 'unbalanced-brackets',
  meta: {
    description: 'A bracket without its partner in the paragraph, as in "the plan (approved in 2021 was delayed"',
    category: 'quotes-brackets',
    defaultSeverity: 'error',
    fixable: 'none',
    preset: 'recommended',
    messages: {
      unclosed: 'Opening "{{mark}}" is never closed.',
      unopened: 'Closing "{{mark}}" has no opening bracket.',
      mismatched: 'Closing "{{mark}}" does not match the opening "{{open}}".',
    },
  },
  docs: {
    why: 'When a translation drops or reorders a clause, a bracket can lose its partner. Where the missing one belongs needs a reader, so there is no fix. List enumerators ("a)", "2)"), emoticons (":)") and half-open intervals ("[0, 1)") are not brackets to pair.',
    valid: [
      'The plan (approved in 2021) was delayed.',
      'Choose a) the ferry or b) the bridge.',
      '1) First step\n2) Second step',
      'That was fun :)',
      'The interval [0, 1) is half-open.',
      'See [the notes (in full)] here.',
    ],
    invalid: [
      { text: 'the plan (approved in 2021 was delayed.' },
      { text: 'the plan approved in 2021) was delayed.' },
      { text: 'the plan [approved in 2021) was delayed.' },
    ],
  },
  check(ctx) {
    const { prose } = ctx.doc;
    for (const b of brackets(ctx.doc)) {
      if (b.issue === 'ok') continue;
      ctx.report({
        range: [b.at, b.at + 1],
        messageId: b.issue,
        data: { mark: b.mark, open: b.partner === undefined ? '' : prose[b.partner] },
      });
    }
  },
});
