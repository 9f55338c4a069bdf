import { describe, it } from 'vitest';
import rule from '../../rules/duplicate-sentence.js';
import { runRuleTests } from '../rule-tester.js';

describe('duplicate-sentence', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        'Thank you. Thank you.',
        'The meeting was held in Beijing. The talks were held in Shanghai.',
        'A headline repeated as the lead of the article\n\nA headline repeated as the lead of the article',
        'The meeting was held in Beijing on Monday. Then it rained. The meeting was held in Beijing on Monday.',
        { text: '- Added support for the `aarch64-apple` target.\n- Added support for the `x86_64-linux` target.', syntax: 'markdown' },
        "'This string will not include any backslashes.'\n'This string will not include any backslashes.'",
        { text: '- `next_power_of_two` for all unsigned integer types.\n- `checked_next_power_of_two` for all unsigned integer types.', syntax: 'markdown' },
      ],
      invalid: [
        {
          text: '- The plan was approved by the council.\n- The plan was approved by the council.',
          syntax: 'markdown',
          errors: [{ range: [42, 79], messageId: 'identical' }],
        },
        {
          text: 'The meeting was held in Beijing on Monday. The meeting was held in Beijing on Monday.',
          errors: [{ range: [43, 85], message: 'This sentence repeats the one before it.', suggestion: 'The meeting was held in Beijing on Monday.' }],
        },
        {
          text: 'The ministry said on Monday that the new plan would start early next year. The ministry said on Monday that the new plan would start next year.',
          errors: [{ range: [75, 143], message: 'This sentence nearly repeats the one before it (92% of its words are shared).' }],
        },
        {
          text: 'Prices rose sharply in May this year.\n\nPrices rose sharply in May this year.',
          errors: [{ range: [39, 76], messageId: 'identical', suggestion: 'Prices rose sharply in May this year.' }],
        },
      ],
    }));
});
