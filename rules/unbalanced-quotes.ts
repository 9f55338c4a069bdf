import { defineRule } from '../src/engine/define-rule.js';
import { curlyQuotes, unpairedStraightQuotes } from '../src/text/quotes.js';

export default defineRule({
  id: 'unbalanced-quotes',
  meta: {
    description: 'A double quotation mark whose partner is missing from the paragraph, as in "He said “we will continue. The ministry…"',
    category: 'quotes-brackets',
    defaultSeverity: 'warning',
    fixable: 'none',
    preset: 'all',
    precision: 0.83,
    messages: {
      unclosed: 'Opening quote "{{mark}}" is never closed.',
      unopened: 'Closing quote "{{mark}}" has no opening quote.',
      apostrophe: 'Double quote typed for an apostrophe: write "’s".',
    },
  },
  docs: {
    why: 'A quotation that opens and never closes (or closes without opening) is left when a translation drops the end or the start of the quoted words. Where the other mark belongs needs a reader. Only double quotes are checked, since "’" is also the apostrophe; inch marks and quotations that run over several paragraphs (each paragraph re-opening, only the last closing) are left alone. Curly closing quotes without an opener are stray-quote\'s.',
    valid: [
      'He said “we will continue” and left.',
      'He said "we will continue" and left.',
      'The pipe is 12" wide and 3" deep.',
      '"The first paragraph of a long quotation.\n\n"The second paragraph, which closes it."',
      'It’s the world’s leader, she said.',
      '“Opened here,\n\nand closed here.”',
    ],
    invalid: [
      { text: 'He said “we will continue. The ministry agreed.' },
      { text: 'He said "we will continue. The ministry agreed.' },
      { text: 'He said we will continue" and left.' },
      { text: 'It was the 2017"s snap election.' },
    ],
  },
  check(ctx) {
    for (const q of curlyQuotes(ctx.doc)) {
      if (q.issue === 'unclosed-open') ctx.report({ range: [q.at, q.at + 1], messageId: 'unclosed', data: { mark: '“' } });
    }
    for (const q of unpairedStraightQuotes(ctx.doc)) {
      ctx.report({ range: [q.at, q.at + 1], messageId: q.issue, data: { mark: '"' } });
    }
  },
});
