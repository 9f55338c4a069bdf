import { defineRule } from '../src/engine/define-rule.js';

const QUOTE_RE = /["“”]/g;
const OPENS_BEFORE = /[\s([{\u2014\u2013/-]/;

export default defineRule({
  id: 'mixed-quote-styles',
  meta: {
    description: 'Straight and curly double quotes mixed in one text, as in “reform” and "opening"',
    category: 'quotes-brackets',
    defaultSeverity: 'warning',
    fixable: 'safe',
    preset: 'all',
    messages: {
      straight: 'Straight quote in a text that mostly uses curly quotes: write "{{expected}}".',
      curly: 'Curly quote "{{found}}" in a text that mostly uses straight quotes: write """.',
    },
  },
  docs: {
    why: 'A text assembled from several translated segments, or edited after translation, often ends up with both straight and curly double quotes. Pick one style; the fix converts the less common style to the more common one. Inch marks ("12\\"") and code are not counted. Compilations that mix styles on purpose should leave this rule off (it is not in the recommended preset).',
    valid: ['He said “yes” and “no”.', 'He said "yes" and "no".', 'A 12" pipe and “curly” quotes.', 'It’s fine; it\'s fine too.'],
    invalid: [
      { text: '“Reform” and “growth” and "opening"', output: '“Reform” and “growth” and “opening”' },
      { text: '"Reform" and "growth" and “opening”', output: '"Reform" and "growth" and "opening"' },
    ],
  },
  check(ctx) {
    const { prose } = ctx.doc;
    const straight: number[] = [];
    const curly: number[] = [];
    QUOTE_RE.lastIndex = 0;
    for (let m = QUOTE_RE.exec(prose); m; m = QUOTE_RE.exec(prose)) {
      const at = m.index;
      if (ctx.doc.isMasked(at)) continue;
      if (m[0] !== '"') curly.push(at);
      else if (!(/\d/.test(prose[at - 1] ?? '') && !/\p{L}/u.test(prose[at + 1] ?? ''))) straight.push(at);
    }
    if (straight.length === 0 || curly.length === 0) return;
    if (curly.length >= straight.length) {
      for (const at of straight) {
        const prev = at > 0 ? prose[at - 1] : ' ';
        const expected = OPENS_BEFORE.test(prev) && !/\s/.test(prose[at + 1] ?? ' ') ? '“' : '”';
        ctx.report({
          range: [at, at + 1],
          messageId: 'straight',
          data: { expected },
          fix: { title: `Use "${expected}"`, edits: [{ range: [at, at + 1], text: expected }] },
        });
      }
    } else {
      for (const at of curly) {
        ctx.report({
          range: [at, at + 1],
          messageId: 'curly',
          data: { found: prose[at] },
          fix: { title: 'Use a straight quote', edits: [{ range: [at, at + 1], text: '"' }] },
        });
      }
    }
  },
});
