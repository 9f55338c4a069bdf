import { defineRule } from '../src/engine/define-rule.js';
import { matchAll } from '../src/text/matches.js';

const RE = /,(?:[ \t\u00A0]*,)+/g;

export default defineRule({
  id: 'doubled-comma',
  meta: {
    description: 'Two or more commas with only spaces between, as in "Beijing, , Shanghai"',
    category: 'punctuation',
    defaultSeverity: 'error',
    fixable: 'safe',
    preset: 'recommended',
    messages: { doubled: 'Doubled comma "{{found}}".' },
  },
  docs: {
    why: 'A comma repeated with only spaces between is left where a translated clause or a list item dropped out.',
    valid: ['Beijing, Shanghai and Shenzhen.', 'Numbers like 1,000,000 are fine.', 'He said, “Yes,” and left.'],
    invalid: [
      { text: 'Beijing, , Shanghai', output: 'Beijing, Shanghai' },
      { text: 'the data,, however, is', output: 'the data, however, is' },
    ],
  },
  check(ctx) {
    const { prose } = ctx.doc;
    for (const { m, start, end } of matchAll(RE, prose)) {
      if (ctx.doc.isMasked(start, end)) continue;
      ctx.report({
        range: [start, end],
        messageId: 'doubled',
        data: { found: m[0] },
        fix: { title: 'Keep one comma', edits: [{ range: [start, end], text: ',' }] },
      });
    }
  },
});
