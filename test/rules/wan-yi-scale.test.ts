import { describe, it } from 'vitest';
import rule from '../../rules/wan-yi-scale.js';
import { runRuleTests } from '../rule-tester.js';

describe('wan-yi-scale', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        'Ten thousand people marched.',
        'About 100 million users signed up.',
        'He won 5 ten-thousand-dollar prizes.',
        'Tens of thousands of people came.',
        'The 3 Wan brothers and 2 Yi sisters came.',
      ],
      invalid: [
        {
          text: 'The app has 30 Ten thousand users.',
          errors: [{ range: [12, 27], message: '"30 Ten thousand" counts in Chinese units (万, ten thousand): it means 300,000.', suggestion: 'The app has 300,000 users.' }],
        },
        { text: 'It costs 3.5 ten thousand yuan.', errors: [{ range: [9, 25], suggestion: 'It costs 35,000 yuan.' }] },
        {
          text: 'Sales reached 1.2 hundred million yuan.',
          errors: [{ range: [14, 33], message: '"1.2 hundred million" counts in Chinese units (亿, a hundred million): it means 120 million.', suggestion: 'Sales reached 120 million yuan.' }],
        },
        { text: 'Profit was 1.2 100 million.', errors: [{ range: [11, 26], suggestion: 'Profit was 120 million.' }] },
        { text: 'He earns 12 wan yuan a year.', errors: [{ range: [9, 15], messageId: 'scale', suggestion: 'He earns 120,000 yuan a year.' }] },
        { text: 'A fund of 35 yi yuan.', errors: [{ range: [10, 15], suggestion: 'A fund of 3.5 billion yuan.' }] },
        { text: 'Over 1,200 ten thousand viewers.', errors: [{ range: [5, 23], suggestion: 'Over 12 million viewers.' }] },
        { text: 'Only 3.14159 ten thousand.', errors: [{ range: [5, 25], suggestion: 'Only 31,416.' }] },
      ],
    }));
});
