import { describe, it } from 'vitest';
import rule from '../../rules/ngram-loop.js';
import { runRuleTests } from '../rule-tester.js';

describe('ngram-loop', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        // the documented look-alikes (ha ha ha, no, no, no, Thank you. ×3) run in docs.test.ts
        'La la la, la la la.',
        'Call div(column, column, column) to build a row.',
        'Call t(str, count, arg, arg, arg) to print.',
        'It seems that it seems that the plan failed.',
      ],
      invalid: [
        {
          text: 'it seems that it seems that it seems that the plan failed',
          errors: [
            {
              range: [0, 41],
              message: '"it seems that" repeated 3 times in a row: a translation loop.',
              suggestion: 'it seems that the plan failed',
            },
          ],
        },
        { text: "I'm sorry I'm sorry I'm sorry for this.", errors: [{ range: [0, 29], messageId: 'loop', suggestion: "I'm sorry for this." }] },
        { text: 'the the the government', errors: [{ range: [0, 11], suggestion: 'the government' }] },
        { text: 'the University of Bern, Bern, Bern, Bern.', errors: [{ range: [18, 40], message: '"Bern" repeated 4 times in a row: a translation loop.', suggestion: 'the University of Bern.' }] },
        { text: 'cada vez cada vez', options: { minCopies: 2 }, errors: [{ range: [0, 17], suggestion: 'cada vez' }] },
      ],
    }));
});
