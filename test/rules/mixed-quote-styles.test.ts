import { describe, it } from 'vitest';
import rule from '../../rules/mixed-quote-styles.js';
import { runRuleTests } from '../rule-tester.js';

describe('mixed-quote-styles', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        // the documented valid examples run in docs.test.ts; these are further look-alikes
        { text: '“Curly” text with `"straight"` code.', syntax: 'markdown' },
        'Only ‘single’ and "double" here.',
        'Sizes: 3" and 5" with “labels”.',
      ],
      invalid: [
        {
          text: '“Reform” and “growth” and "opening"',
          errors: [
            { range: [26, 27], message: 'Straight quote in a text that mostly uses curly quotes: write "“".' },
            { range: [34, 35], message: 'Straight quote in a text that mostly uses curly quotes: write "”".' },
          ],
          output: '“Reform” and “growth” and “opening”',
        },
        {
          text: '"Reform" and "growth" and “opening”',
          errors: [{ range: [26, 27], message: 'Curly quote "“" in a text that mostly uses straight quotes: write """.' }, { range: [34, 35] }],
          output: '"Reform" and "growth" and "opening"',
        },
        { text: 'A “tie” and a "tie"', errors: [{ range: [14, 15] }, { range: [18, 19] }], output: 'A “tie” and a “tie”' },
        { text: 'He said, "(maybe)" and “yes”.', errors: [{ range: [9, 10] }, { range: [17, 18] }], output: 'He said, “(maybe)” and “yes”.' },
      ],
    }));
});
