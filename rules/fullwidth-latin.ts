import { defineRule } from '../src/engine/define-rule.js';
import { mayContain } from '../src/text/charset.js';
import { matchAll } from '../src/text/matches.js';

const RE = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]+/g;
const CJK_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Maps full-width ASCII letters and digits to their ordinary forms. */
function toHalfWidth(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (run) => String.fromCharCode(...[...run].map((c) => c.charCodeAt(0) - 0xfee0)));
}

export default defineRule({
  id: 'fullwidth-latin',
  meta: {
    description: 'Full-width Latin letters or digits, as in "ＡＩ chips" or "grew ５％"',
    category: 'encoding',
    defaultSeverity: 'error',
    fixable: 'safe',
    preset: 'recommended',
    messages: { fullwidth: 'Full-width characters "{{found}}": write "{{fixed}}".' },
  },
  docs: {
    why: 'Chinese and Japanese input methods type letters and digits at full width (U+FF10–FF5A). Machine translation copies them through, and in English they look spaced out and break search, sorting and number parsing. Only the width changes: unlike NFKC, the fix leaves ligatures, circled numbers and superscripts alone.',
    valid: [
      'AI chips grew 5% in 2023.',
      'The ① marker and the ² superscript are left alone.',
      'The slogan 「ＡＩ时代」 is quoted in Chinese.',
    ],
    invalid: [
      { text: 'ＡＩ chips are in demand.', output: 'AI chips are in demand.' },
      { text: 'Exports grew ５.２% in May.', output: 'Exports grew 5.2% in May.' },
    ],
  },
  check(ctx) {
    if (!mayContain(ctx.doc, /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/)) return;
    const { prose } = ctx.doc;
    for (const { m, start, end } of matchAll(RE, prose)) {
      // full-width Latin inside a Chinese or Japanese quotation is normal there
      if (CJK_RE.test(prose[start - 1] ?? '') || CJK_RE.test(prose[end] ?? '')) continue;
      const fixed = toHalfWidth(m[0]);
      ctx.report({
        range: [start, end],
        messageId: 'fullwidth',
        data: { found: m[0], fixed },
        fix: { title: `Write "${fixed}"`, edits: [{ range: [start, end], text: fixed }] },
      });
    }
  },
});
