import { defineRule } from '../src/engine/define-rule.js';
import { firstAtOrAfter } from '../src/text/search.js';
import { brackets, type BracketMark } from '../src/text/brackets.js';
import { curlyQuotes, type CurlyQuote } from '../src/text/quotes.js';

/** `( a + b )`: where a formula's operator stands between spaces (the position of the space before it). */
const OPERATOR_RE = /\s(?=[=+*/<>^×÷±-]\s)/g;
/** `[ ... ]`, `( )`: an elision or a blank between the spaces. */
const ELISION_RE = /\s*(?:\.\.\.|…|\. \. \.)?\s*/y;
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 0xa0;
const RIGHT_DOUBLE_QUOTE = 0x201d;

export default defineRule({
  id: 'space-inside-brackets',
  meta: {
    description: 'A space just inside a pair of brackets or curly quotes, as in "( 2023 )" or "“ The plan ”"',
    category: 'spacing',
    defaultSeverity: 'warning',
    fixable: 'safe',
    preset: 'recommended',
    precision: 1,
    messages: {
      afterOpen: 'Space after the opening "{{mark}}".',
      beforeClose: 'Space before the closing "{{mark}}".',
    },
  },
  docs: {
    why: 'Tokenized MT output and converted markup leave spaces just inside brackets and quotation marks ("( 2023 )", "“ The plan ”"). English sets brackets and quotes against the words they enclose. Blanks ("( )"), elisions ("[ ... ]") and formulas ("( a + b )") keep their spaces.',
    valid: [
      'The report (published in 2023) and “the plan” agree.',
      'Fill in the blank: ( ).',
      'He wrote [ ... ] and stopped.',
      'Compute ( a + b ) first.',
      'Tick [ ] when done.',
      '(first line\nsecond line)',
    ],
    invalid: [
      { text: 'in the year ( 2023 ) it rose', output: 'in the year (2023) it rose' },
      { text: 'He called it “ The plan ” twice.', output: 'He called it “The plan” twice.' },
      { text: 'See [ Reuters] and (AP ).', output: 'See [Reuters] and (AP).' },
    ],
  },
  check(ctx) {
    const { prose } = ctx.doc;
    let operators: number[] | undefined;
    const visit = (open: number, close: number): void => {
      let lead = 0;
      while (open + 1 + lead < close && isSpace(prose.charCodeAt(open + 1 + lead))) lead++;
      let trail = 0;
      while (close - trail > open + 1 && isSpace(prose.charCodeAt(close - 1 - trail))) trail++;
      if (!lead && !trail) return;
      ELISION_RE.lastIndex = open + 1;
      ELISION_RE.test(prose);
      if (ELISION_RE.lastIndex === close) return;
      operators ??= operatorPositions(prose);
      const op = firstAtOrAfter(operators, open + 1);
      if ((op < operators.length && operators[op] + 3 <= close) || ctx.doc.isMasked(open, close + 1)) return;
      if (lead) {
        ctx.report({
          range: [open, open + 1 + lead],
          messageId: 'afterOpen',
          data: { mark: prose[open] },
          fix: { title: 'Remove the space', edits: [{ range: [open + 1, open + 1 + lead], text: '' }] },
        });
      }
      if (trail) {
        ctx.report({
          range: [close - trail, close + 1],
          messageId: 'beforeClose',
          data: { mark: prose[close] },
          fix: { title: 'Remove the space', edits: [{ range: [close - trail, close], text: '' }] },
        });
      }
    };
    forEachPair(prose, brackets(ctx.doc), curlyQuotes(ctx.doc), visit);
  },
});

const isBracketPair = (b: BracketMark): boolean => b.issue === 'ok' && b.partner !== undefined && b.partner > b.at;
const isQuotePair = (prose: string, q: CurlyQuote): boolean =>
  q.issue === 'ok' && q.glyph === '“' && q.partner !== undefined && prose.charCodeAt(q.partner) === RIGHT_DOUBLE_QUOTE;

/**
 * Calls `visit(open, close)` for each paired bracket and each pair of curly double quotes, in the
 * order of their opening marks: the two lists (each in text order) are merged as they are read,
 * with no array of pairs built.
 */
function forEachPair(prose: string, bs: readonly BracketMark[], qs: readonly CurlyQuote[], visit: (open: number, close: number) => void): void {
  if (!inTextOrder(bs) || !inTextOrder(qs)) {
    // never from the shared analysis, but then sort
    const pairs: Array<[number, number]> = [];
    for (const b of bs) if (isBracketPair(b)) pairs.push([b.at, b.partner as number]);
    for (const q of qs) if (isQuotePair(prose, q)) pairs.push([q.at, q.partner as number]);
    pairs.sort((a, b) => a[0] - b[0]);
    for (const [open, close] of pairs) visit(open, close);
    return;
  }
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < bs.length && !isBracketPair(bs[i])) i++;
    while (j < qs.length && !isQuotePair(prose, qs[j])) j++;
    if (i < bs.length && (j >= qs.length || bs[i].at < qs[j].at)) {
      visit(bs[i].at, bs[i].partner as number);
      i++;
    } else if (j < qs.length) {
      visit(qs[j].at, qs[j].partner as number);
      j++;
    } else return;
  }
}

function inTextOrder(marks: ReadonlyArray<{ at: number }>): boolean {
  for (let i = 1; i < marks.length; i++) if (marks[i].at < marks[i - 1].at) return false;
  return true;
}

function operatorPositions(prose: string): number[] {
  const out: number[] = [];
  OPERATOR_RE.lastIndex = 0;
  for (let m = OPERATOR_RE.exec(prose); m; m = OPERATOR_RE.exec(prose)) out.push(m.index);
  return out;
}

