import { describe, it } from 'vitest';
import rule from '../../rules/terminal-cluster.js';
import { runRuleTests } from '../rule-tester.js';

describe('terminal-cluster', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        // the documented valid examples run in docs.test.ts; these are further look-alikes
        'Really!? Yes.',
        'Apples, pears, etc.: all fruit.',
        'Ask the U.S.: they know.',
        'Why?... Nobody knows.',
        'Time is 10:30.',
        { text: 'Use `a?.b` for optional chaining.', syntax: 'markdown' },
        'He smiled ;) and left.',
      ],
      invalid: [
        {
          text: 'Is this the end?.',
          errors: [{ range: [15, 17], message: 'Clashing punctuation "?.": keep "?".', suggestion: 'Is this the end?' }],
        },
        {
          text: 'The points are as follows:.',
          errors: [{ range: [25, 27], message: 'Clashing punctuation ":.": keep ".".', suggestion: 'The points are as follows.' }],
        },
        { text: 'The minister said:, we agree.', errors: [{ range: [17, 19], suggestion: 'The minister said: we agree.' }] },
        { text: 'It ended.? Yes', errors: [{ range: [8, 10], message: 'Clashing punctuation ".?": keep "?".', suggestion: 'It ended? Yes' }] },
        { text: 'Stop!. Now', errors: [{ range: [4, 6], suggestion: 'Stop! Now' }] },
        { text: 'A list,; then', errors: [{ range: [6, 8], suggestion: 'A list; then' }] },
        { text: 'Why *not*?. Fine', syntax: 'markdown', errors: [{ range: [9, 11] }] },
      ],
    }));
});
