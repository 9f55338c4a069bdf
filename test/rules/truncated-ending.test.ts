import { describe, it } from 'vitest';
import rule from '../../rules/truncated-ending.js';
import { runRuleTests } from '../rule-tester.js';

describe('truncated-ending', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        'The ministry said that the plan would be delayed until next year.',
        'Nobody knows exactly what the new material is really made of.',
        'This is the world we live in and the one we fight for.',
        'Log in',
        'Said that the',
        '- a list item that ends with the word of',
      ],
      invalid: [
        {
          text: 'The ministry said on Tuesday that the plan for the new airport would be the',
          errors: [{ range: [72, 75], message: 'The paragraph ends in "the": the translation looks cut off; restore the end of the sentence.' }],
        },
        { text: 'After the meeting, officials from both countries agreed to expand trade in the.', errors: [{ range: [75, 78], messageId: 'truncated' }] },
        { text: 'The report covers the situation in the eastern half of the country and the state of', errors: [{ range: [81, 83], messageId: 'truncated' }] },
        { text: 'The history of the world and everything that has happened in it, and', errors: [{ range: [65, 68], messageId: 'truncated' }] },
        { text: 'Said that the', options: { minWords: 3 }, errors: [{ range: [10, 13], messageId: 'truncated' }] },
      ],
    }));
});
