import { describe, it } from 'vitest';
import rule from '../../rules/repeated-word.js';
import { runRuleTests } from '../rule-tester.js';

describe('repeated-word', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        // three or more is a loop, which ngram-loop reports with one fix for the whole run
        'the the the end',
        // the documented valid examples run in docs.test.ts; these are further look-alikes
        'That that is, is.',
        'Bye bye, see you.',
        'The perfume holds ylang ylang oil.',
        'The kid said “zoom zoom” all day.',
        'The problem is is that nobody came.',
        'It ended.\n\nIt began again.',
        'The The played.', // two capitalised words read as a name (The The, a band)
        'Rate: 10 10',
        'A a',
        { text: 'We use `the the` in code.', syntax: 'markdown' },
        { text: 'That was that.\n\nThat was all.', options: { allow: [] } },
        'sayings of the week. Week two',
      ],
      invalid: [
        {
          text: 'the the ministry said',
          errors: [{ range: [0, 7], message: 'Repeated word "the".', suggestion: 'the ministry said' }],
        },
        { text: 'This is is not true.', errors: [{ range: [5, 10], message: 'Repeated word "is".', suggestion: 'This is not true.' }] },
        { text: 'The official said said that', errors: [{ range: [13, 22], suggestion: 'The official said that' }] },
        { text: 'then you have\nhave a king', errors: [{ range: [9, 18], suggestion: 'then you have a king' }] },
        { text: 'It is THE THE end', errors: [{ range: [6, 13], message: 'Repeated word "THE".' }] },
        { text: 'They The the plan', errors: [{ range: [5, 12], message: 'Repeated word "the".' }] },
        { text: 'He had had enough.', options: { allow: ['that that'] }, errors: [{ range: [3, 10] }] },
        { text: 'Go go now', options: { allow: [] }, errors: [{ range: [0, 5] }] },
        { text: 'A **very** very big one', syntax: 'markdown', errors: [{ range: [4, 15] }], options: { allow: [] } },
      ],
    }));
});
