import { describe, it } from 'vitest';
import rule from '../../rules/edge-whitespace.js';
import { runRuleTests } from '../rule-tester.js';

describe('edge-whitespace', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        // the documented valid examples run in docs.test.ts; these are further look-alikes
        { text: 'Hard break  \nin Markdown', syntax: 'markdown' },
        { text: '<p>\n Text </p>', syntax: 'html' },
        'Blank lines\n   \nare fine',
        ' - a list marker after one space',
      ],
      invalid: [
        {
          text: 'The talks ended.\n The report said so.',
          errors: [{ range: [17, 18], message: 'Stray space at the start of the line.' }],
          output: 'The talks ended.\nThe report said so.',
        },
        {
          text: 'The talks ended.  \nNext line',
          errors: [{ range: [16, 18], message: 'Trailing whitespace at the end of the line.' }],
          output: 'The talks ended.\nNext line',
        },
        { text: '\u00A0“Quoted” start\t', errors: [{ range: [0, 1] }, { range: [15, 16] }], output: '“Quoted” start' },
        {
          text: 'First line\u3000\r\n second line \t\r\u00A0(third)\n   \nlast ',
          errors: [{ range: [10, 11], messageId: 'trailing' }, { range: [13, 14], messageId: 'leading' }, { range: [25, 27], messageId: 'trailing' }, { range: [28, 29], messageId: 'leading' }, { range: [45, 46], messageId: 'trailing' }],
          output: 'First line\r\nsecond line\r(third)\n   \nlast',
        },
      ],
    }));
});
