import { defineRule } from '../src/engine/define-rule.js';

/** A mark that ends a clause, after horizontal space and before whitespace or the end: "the ministry , which". */
const RE = /[,.;:!?%](?<=[ \t\u00A0\u202F].)(?=\s|$)/g;
const isHorizontalSpace = (c: number): boolean => c === 32 || c === 9 || c === 0xa0 || c === 0x202f;
/** The space must follow a word, a number, a closing quote or bracket (not another mark: that is doubled-period's). */
const WORD_END = /[\p{L}\p{N}\p{M}”’"')\]}\uFFFC]/u;

export default defineRule({
  id: 'space-before-punctuation',
  meta: {
    description: 'A space before a comma, full stop, colon, semicolon, question or exclamation mark, or percent sign, as in "the ministry , which"',
    category: 'spacing',
    defaultSeverity: 'error',
    fixable: 'safe',
    preset: 'recommended',
    precision: 1,
    messages: { space: 'Space before "{{mark}}".' },
  },
  docs: {
    why: 'Translation systems trained on tokenized text put a space before every punctuation mark ("What \'s your name ?", "the ministry , which"). English sets these marks against the preceding word.',
    valid: [
      'The ministry, which oversees trade, agreed.',
      'Wait . . . what happened?',
      'He paused ... then left.',
      'The rate fell to .5 percent.',
      'Smile :) and wave.',
      'Apples, pears, etc. were sold.',
      'The file is at https://example.com/a. Open it.',
      'The score was 3-1.',
    ],
    invalid: [
      { text: 'the ministry , which', output: 'the ministry, which' },
      { text: 'What is your name ?', output: 'What is your name?' },
      { text: 'The loop must , again , be beneath the slats .', output: 'The loop must, again, be beneath the slats.' },
      { text: 'Prices rose 5 % in May.', output: 'Prices rose 5% in May.' },
    ],
  },
  check(ctx) {
    const { prose } = ctx.doc;
    RE.lastIndex = 0;
    for (let m = RE.exec(prose); m; m = RE.exec(prose)) {
      const mark = m.index;
      const end = mark + 1;
      let start = mark - 1;
      while (start > 0 && isHorizontalSpace(prose.charCodeAt(start - 1))) start--;
      if (!WORD_END.test(prose[start - 1] ?? '') || ctx.doc.isMasked(mark, end)) continue;
      ctx.report({
        range: [start, end],
        messageId: 'space',
        data: { mark: m[0] },
        fix: { title: `Remove the space before "${m[0]}"`, edits: [{ range: [start, mark], text: '' }] },
      });
    }
  },
});
