import { describe, it } from 'vitest';
import rule from '../../rules/cjk-date-calque.js';
import { runRuleTests } from '../rule-tester.js';

describe('cjk-date-calque', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        'In 2023 the economy grew.',
        'The 2023 year-end report is out.',
        'The 2023 year was hard for farmers.',
        'A 2023 year old record? No.',
        'He served 5 months and 3 days in prison.',
        'On 13 month 40 day nothing happened.',
      ],
      invalid: [
        {
          text: 'The law took effect in 2023 year.',
          errors: [{ range: [23, 32], message: '"2023 year" is a word-for-word 年/月/日 date: write "2023".' }],
          output: 'The law took effect in 2023.',
        },
        { text: 'The talks began on 5 month 3 day.', errors: [{ range: [19, 32], messageId: 'date' }], output: 'The talks began on May 3.' },
        {
          text: 'It opened on 2021 year 12 month 23 day in Beijing.',
          errors: [{ range: [13, 38], message: '"2021 year 12 month 23 day" is a word-for-word 年/月/日 date: write "December 23, 2021".' }],
          output: 'It opened on December 23, 2021 in Beijing.',
        },
        { text: 'Since 2019 year 7 month, prices rose.', errors: [{ range: [6, 23] }], output: 'Since July 2019, prices rose.' },
      ],
    }));
});
