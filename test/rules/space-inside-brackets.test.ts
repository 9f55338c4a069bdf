import { describe, it } from 'vitest';
import rule from '../../rules/space-inside-brackets.js';
import { runRuleTests } from '../rule-tester.js';

describe('space-inside-brackets', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        // the documented valid examples run in docs.test.ts; these are further look-alikes
        'Smile :) and wave ( or not.',
        'Between [0, 1) lies the set.',
        // a stray quote is stray-quote's, not a pair
        'last year he used ” In theory',
        'He said "  spaced  " in straight quotes.',
        { text: 'Code `( x )` stays.', syntax: 'markdown' },
        'The term ( x = 2 ) holds.',
      ],
      invalid: [
        {
          // pairs of brackets and of quotes, nested in each other, are judged in the order they open
          text: 'He said “ (a ) ” and [ “b ”], ( x + y ) “ … ”.',
          errors: [
            { range: [8, 10], message: 'Space after the opening "“".' },
            { range: [12, 14], message: 'Space before the closing ")".' },
            { range: [14, 16], message: 'Space before the closing "”".' },
            { range: [21, 23], message: 'Space after the opening "[".' },
            { range: [25, 27], message: 'Space before the closing "”".' },
          ],
          output: 'He said “(a)” and [“b”], ( x + y ) “ … ”.',
        },
        {
          text: 'in the year ( 2023 ) it rose',
          errors: [
            { range: [12, 14], message: 'Space after the opening "(".' },
            { range: [18, 20], message: 'Space before the closing ")".' },
          ],
          output: 'in the year (2023) it rose',
        },
        {
          text: 'He called it “ The plan ” twice.',
          errors: [{ range: [13, 15], message: 'Space after the opening "“".' }, { range: [23, 25], message: 'Space before the closing "”".' }],
          output: 'He called it “The plan” twice.',
        },
        {
          text: '13:09:10 [ source: Xinhua News Agency ] [ edited by Li Feng ]',
          errors: [{ range: [9, 11] }, { range: [37, 39] }, { range: [40, 42] }, { range: [59, 61] }],
          output: '13:09:10 [source: Xinhua News Agency] [edited by Li Feng]',
        },
        { text: 'the School (  National School )', errors: [{ range: [11, 14] }, { range: [29, 31] }], output: 'the School (National School)' },
        { text: 'A *bold* ( claim)', syntax: 'markdown', errors: [{ range: [9, 11] }], output: 'A *bold* (claim)' },
      ],
    }));
});
