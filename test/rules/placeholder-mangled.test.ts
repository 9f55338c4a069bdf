import { describe, it } from 'vitest';
import rule from '../../rules/placeholder-mangled.js';
import { runRuleTests } from '../rule-tester.js';

describe('placeholder-mangled', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: ['Prices rose 5 % since May.', 'Use %1$s for the first argument.', 'The set { x } is empty.', 'Fill in {$name} later.', "Il reste 50 % d'eux."],
      invalid: [
        {
          text: '% 1 $ s moved to % 2 $ s',
          errors: [
            { range: [0, 7], message: 'Placeholder "% 1 $ s" broken by spaces: it should read "%1$s".', suggestion: '%1$s moved to % 2 $ s' },
            { range: [17, 24], suggestion: '% 1 $ s moved to %2$s' },
          ],
        },
        {
          text: 'Downloaded ({$ partialSize} of {$ totalSize})',
          errors: [{ range: [12, 27], messageId: 'mangled' }, { range: [31, 44], suggestion: 'Downloaded ({$ partialSize} of {$totalSize})' }],
        },
        { text: 'Hello, % s!', errors: [{ range: [7, 10], suggestion: 'Hello, %s!' }] },
        { text: 'Item ({ 0 })', errors: [{ range: [6, 11], suggestion: 'Item ({0})' }] },
        { text: '%1 $s left', errors: [{ range: [0, 5], suggestion: '%1$s left' }] },
      ],
    }));
});
