import { defineRule } from '../src/engine/define-rule.js';
import { mayContain } from '../src/text/charset.js';
import { matchAll } from '../src/text/matches.js';

const RE = /\u3000+/g;
const CJK_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3001-\u303f\uff01-\uff60]/u;

export default defineRule({
  id: 'ideographic-space',
  meta: {
    description: 'The ideographic space U+3000, the Chinese paragraph indent, inside English',
    category: 'spacing',
    defaultSeverity: 'error',
    fixable: 'safe',
    preset: 'recommended',
    messages: {
      indent: 'Ideographic space (U+3000) used as an indent: remove it.',
      space: 'Ideographic space (U+3000): use an ordinary space.',
      stray: 'Ideographic space (U+3000) beside other spacing: remove it.',
    },
  },
  docs: {
    why: 'Chinese text indents paragraphs with two ideographic spaces and Japanese uses the same wide space between sentences. Translation systems carry the characters through, where they show as a wide gap, or as an indent that the layout of an English page does not expect.',
    valid: ['The meeting noted the progress.', 'A quoted line: 「おはよう\u3000ございます」 stays as it is.', 'Two  ordinary spaces are another rule\'s business.'],
    invalid: [
      { text: '\u3000\u3000The meeting noted the progress.', output: 'The meeting noted the progress.' },
      { text: 'Hoshimi?\u3000What happened?', output: 'Hoshimi? What happened?' },
    ],
  },
  check(ctx) {
    if (!mayContain(ctx.doc, /\u3000/)) return;
    const { prose } = ctx.doc;
    for (const { m, start, end } of matchAll(RE, prose)) {
      const before = prose[start - 1] ?? '\n';
      const after = prose[end] ?? '\n';
      if (CJK_RE.test(before) && CJK_RE.test(after)) continue;
      const atEdge = /[\r\n]/.test(before) || /[\r\n]/.test(after) || /\s/.test(before) || /\s/.test(after);
      ctx.report({
        range: [start, end],
        messageId: /[\r\n]/.test(before) ? 'indent' : atEdge ? 'stray' : 'space',
        fix: { title: atEdge ? 'Remove the ideographic space' : 'Use an ordinary space', edits: [{ range: [start, end], text: atEdge ? '' : ' ' }] },
      });
    }
  },
});
