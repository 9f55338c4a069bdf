import { defineRule } from '../src/engine/define-rule.js';
import { brackets } from '../src/text/brackets.js';

export default defineRule({
  id: 'unbalanced-brackets',
  meta: {
    description: 'A bracket without its partner in the paragraph, as in "the plan (approved in 2021 was delayed"',
    category: 'quotes-brackets',
    defaultSeverity: 'error',
    fixable: 'none',
    preset: 'recommended',
    messages: {
      unclosed: 'Opening "{{mark}}" is never closed.',
      unopened: 'Closing "{{mark}}" has no opening bracket.',
      mismatched: 'Closing "{{mark}}" does not match the opening "{{open}}".',
    },
  },
  docs: {
    why: 'When a translation drops or reorders a clause, a bracket can lose its partner. Where the missing one belongs needs a reader, so there is no fix. List enumerators ("a)", "2)"), emoticons (":)") and half-open intervals ("[0, 1)") are not brackets to pair.',
    valid: [
      'The plan (approved in 2021) was delayed.',
      'Choose a) the ferry or b) the bridge.',
      '1) First step\n2) Second step',
      'That was fun :)',
      'The interval [0, 1) is half-open.',
      'See [the notes (in full)] here.',
    ],
    invalid: [
      { text: 'the plan (approved in 2021 was delayed.' },
      { text: 'the plan approved in 2021) was delayed.' },
      { text: 'the plan [approved in 2021) was delayed.' },
    ],
  },
  check(ctx) {
    const { prose } = ctx.doc;
    for (const b of brackets(ctx.doc)) {
      if (b.issue === 'ok') continue;
      ctx.report({
        range: [b.at, b.at + 1],
        messageId: b.issue,
        data: { mark: b.mark, open: b.partner === undefined ? '' : prose[b.partner] },
      });
    }
  },
});
