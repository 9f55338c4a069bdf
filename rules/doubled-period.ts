import { defineRule } from '../src/engine/define-rule.js';
import { matchAll } from '../src/text/matches.js';

const RE = /(?<![.?!…][ \t\u00A0]*)\.([ \t\u00A0]*)\.(?![ \t\u00A0]*\.)/g;

export default defineRule({
  id: 'doubled-period',
  meta: {
    description: 'A full stop repeated with only spaces between, as in "strategy. ."',
    category: 'punctuation',
    defaultSeverity: 'error',
    fixable: 'safe',
    preset: 'recommended',
    messages: { doubled: 'Doubled period "{{found}}": the sentence already ended.' },
  },
  docs: {
    why: 'Machine translation often puts a full stop after a sentence that already had one (a join seam, or "。" converted on top of "."). A spaced ". ." escapes most checkers.',
    valid: [
      'It works.',
      'Wait . . . what?',
      'He paused... then left.',
      'The U.S. and the E.U. met. Talks went on.',
      'Pi is about 3.14. Really.',
      'See https://example.com/a..b for details.',
      'far less than that..about 1000MW',
    ],
    invalid: [
      { text: 'in military strategy. .', output: 'in military strategy.' },
      { text: 'by the end of the year.. Then', output: 'by the end of the year. Then' },
    ],
  },
  check(ctx) {
    const { prose } = ctx.doc;
    for (const { m, start, end } of matchAll(RE, prose)) {
      if (ctx.doc.isMasked(end - 1, end) && !ctx.doc.isMasked(start, start + 1)) continue;
      // "that..about": two periods glued between words are a mistyped ellipsis, not a sentence end
      if (end - start === 2 && /[\p{L}\p{N}]/u.test(prose[start - 1] ?? '') && /[\p{L}\p{N}]/u.test(prose[end] ?? '')) continue;
      if (ctx.doc.isMasked(start, end) && /\/|\w\.\w/.test(prose.slice(Math.max(0, start - 3), end + 1))) continue;
      ctx.report({
        range: [start, end],
        messageId: 'doubled',
        data: { found: m[0] },
        fix: { title: 'Remove the extra period', edits: [{ range: [start + 1, end], text: '' }] },
      });
    }
  },
});
