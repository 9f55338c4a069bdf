import { defineRule } from '../src/engine/define-rule.js';
import { mayContain } from '../src/text/charset.js';

/** 6-dot Chinese ellipsis (…… ⋯⋯ 。。。), a doubled dash glued between words, a wave dash in a number range. */
const RE = /…{2,}|⋯+|。{2,}|(?:——|――)(?<=[\p{L}\p{N}”’)\]]..)(?=[\p{L}\p{N}“‘(\[])|[～〜](?<=\d[ \t]*.)[ \t]*(?=\d)/gu;

/** A character every match of RE starts with. */
const FIRST = /[…⋯。—―～〜]/;

export default defineRule({
  id: 'cjk-ellipsis-dash',
  meta: {
    description: 'The Chinese six-dot ellipsis "……", the double dash "——" and the wave dash in ranges "3～5" left in English',
    category: 'punctuation',
    defaultSeverity: 'error',
    fixable: 'safe',
    preset: 'recommended',
    messages: {
      ellipsis: 'Chinese ellipsis "{{found}}": use "…".',
      dash: 'Chinese double dash "{{found}}": use one em dash "—".',
      range: 'Wave dash in the range "{{found}}": use an en dash "–".',
    },
  },
  docs: {
    why: 'Chinese writes its ellipsis as two "…" and its dash as two "—", and a range with a wave dash ("3～5"); copied into English they look like doubled or foreign marks. English uses one "…", one em dash and an en dash for ranges. A "——" standing apart from the words (an omitted name, "Mr. ——") and long rules ("————") are left alone.',
    valid: [
      'And so on… the talks went on.',
      'The plan—which failed—was dropped.',
      'It was signed by Mr. —— in 1820.',
      'Name: ————',
      'It takes 3–5 years.',
      'It costs ~5 dollars.',
    ],
    invalid: [
      { text: 'and so on……', output: 'and so on…' },
      { text: 'the plan——which was new', output: 'the plan—which was new' },
      { text: 'It takes 3～5 years.', output: 'It takes 3–5 years.' },
      { text: 'He paused。。。 then left.', output: 'He paused… then left.' },
    ],
  },
  check(ctx) {
    if (!mayContain(ctx.doc, FIRST)) return;
    const { prose } = ctx.doc;
    RE.lastIndex = 0;
    for (let m = RE.exec(prose); m; m = RE.exec(prose)) {
      const first = m[0][0];
      let start = m.index;
      // the spaces between the number and a wave dash belong to the range
      if (first === '～' || first === '〜') while (prose[start - 1] === ' ' || prose[start - 1] === '\t') start--;
      const end = m.index + m[0].length;
      // the shared ellipsis mask covers "……" itself, so only the dash and range forms ask it
      if (!/[…⋯。]/.test(first) && ctx.doc.isMasked(start, end)) continue;
      const [messageId, text] = first === '—' || first === '―' ? ['dash', '—'] : first === '～' || first === '〜' ? ['range', '–'] : ['ellipsis', '…'];
      ctx.report({
        range: [start, end],
        messageId,
        data: { found: prose.slice(start, end) },
        fix: { title: `Use "${text}"`, edits: [{ range: [start, end], text }] },
      });
    }
  },
});
