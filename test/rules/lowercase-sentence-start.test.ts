import { describe, it } from 'vitest';
import rule from '../../rules/lowercase-sentence-start.js';
import { runRuleTests } from '../rule-tester.js';

describe('lowercase-sentence-start', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        'The price rose. And the ministry said so.',
        'Prices rose, e.g. in May and June.',
        'Apple sold the phone. iPhone sales grew. eBay fell. mRNA vaccines work.',
        'The robots are 12 ft. long and move slowly.',
        'Wait . . . what happened? And then... nothing.',
        '"Why?" he asked. "Stop!" she said.',
        'It costs 3.5 dollars at example.com.',
        'Books, pens, etc. are on sale.',
        'See p. xii of the report, and J. k. Rowling.',
        '1. the first item\n2. the second item',
      ],
      invalid: [
        {
          text: 'The price rose. and the ministry said it would act.',
          errors: [
            {
              range: [16, 19],
              message: 'Sentence starts lowercase with "and" after a full stop: the stop should probably be a comma, or capitalise "and".',
              suggestion: 'The price rose, and the ministry said it would act.',
            },
          ],
        },
        {
          text: 'It was approved last year. the plan failed anyway.',
          errors: [{ range: [27, 30], message: 'Sentence starts lowercase after ".": capitalise "the".', suggestion: 'It was approved last year. The plan failed anyway.' }],
        },
        { text: 'Is it over? no one knows yet.', errors: [{ range: [12, 14], messageId: 'lowercase', suggestion: 'Is it over? No one knows yet.' }] },
        { text: 'The talks ended.\nthe delegates went home.', errors: [{ range: [17, 20], messageId: 'lowercase' }] },
      ],
    }));
});
