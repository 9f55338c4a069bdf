import { defineRule } from '../src/engine/define-rule.js';
import { brackets } from './unbalanced-brackets.js';
import { curlyQuotes } from './stray-quote.js';

const LEAD = /^[ \t\u00A0]+/;
const TRAIL = /[ \t\u00A0]+$/;
/** `( a + b )`, `[ ... ]`, `( )`: formulas, elisions and blanks keep their spaces. */
const KEEP = /\s[=+*/<>^×÷±-]\s|^\s*(?:\.\.\.|…|\. \. \.)?\s*$/;

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
    const pairs: Array<[number, number]> = [];
    for (const b of brackets(ctx.doc)) if (b.issue === 'ok' && b.partner !== undefined && b.partner > b.at) pairs.push([b.at, b.partner]);
    for (const q of curlyQuotes(ctx.doc)) if (q.issue === 'ok' && q.glyph === '“' && q.partner !== undefined && prose[q.partner] === '”') pairs.push([q.at, q.partner]);
    pairs.sort((a, b) => a[0] - b[0]);
    for (const [open, close] of pairs) {
      const inner = prose.slice(open + 1, close);
      if (KEEP.test(inner) || ctx.doc.isMasked(open, close + 1)) continue;
      const lead = LEAD.exec(inner)?.[0].length ?? 0;
      const trail = TRAIL.exec(inner)?.[0].length ?? 0;
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
    }
  },
});
