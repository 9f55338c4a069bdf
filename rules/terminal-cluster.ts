import { defineRule } from '../src/engine/define-rule.js';

/** Two different marks that each end or join a clause, side by side: "end?.", "follows:.", "said:,". */
const RE = /[?!][.](?!\.)|(?<!\.)\.[?!]|[:;]\.(?!\.)|\.[:;]|[:;],|,[:;]/g;
/** The stronger of two marks is kept. */
const RANK: Record<string, number> = { '?': 5, '!': 5, '.': 4, ':': 3, ';': 2, ',': 1 };

export default defineRule({
  id: 'terminal-cluster',
  meta: {
    description: 'Two clashing punctuation marks side by side, as in "Is this the end?." or "as follows:."',
    category: 'punctuation',
    defaultSeverity: 'error',
    fixable: 'suggest',
    preset: 'recommended',
    messages: { cluster: 'Clashing punctuation "{{found}}": keep "{{keep}}".' },
  },
  docs: {
    why: 'A translated sentence that already ends in "?" or ":" often gets the source\'s full stop added after it, and a joined segment can leave a colon next to a comma. Only one of the marks belongs; usually the stronger one. "?!" and "!?" are left alone, and so is an abbreviation before a question mark ("Did you live in the U.S.?").',
    valid: [
      'Is this the end? It is.',
      'What?! You left?',
      'Wait... what?',
      'Did you live in the U.S.?',
      'He asked, "Why?" and left.',
      'He asked "Why?".',
      'Well?... Go on.',
      'It cost $1,000: a lot.',
      'See example.com/a?.b for the page.',
    ],
    invalid: [{ text: 'Is this the end?.' }, { text: 'The points are as follows:.' }, { text: 'The minister said:, we agree.' }],
  },
  check(ctx) {
    const { prose } = ctx.doc;
    RE.lastIndex = 0;
    for (let m = RE.exec(prose); m; m = RE.exec(prose)) {
      const start = m.index;
      const end = start + 2;
      if (ctx.doc.isMasked(start, end)) continue;
      const [a, b] = m[0];
      const keep = RANK[a] >= RANK[b] ? a : b;
      ctx.report({
        range: [start, end],
        messageId: 'cluster',
        data: { found: m[0], keep },
        suggestions: [{ title: `Keep "${keep}"`, edits: [{ range: [start, end], text: keep }] }],
      });
    }
  },
});
