import { describe, it } from 'vitest';
import rule from '../../rules/multiple-spaces.js';
import { runRuleTests } from '../rule-tester.js';

describe('multiple-spaces', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        // the documented valid examples run in docs.test.ts; these are further look-alikes
        'See also\u00A0 Experts',
        'A  b  c: a line with two gaps is a table row.',
        { text: '<p>Hello   world,\n      this is  bold.</p>', syntax: 'html' },
        { text: '```\na  b\n```\n\nText.', syntax: 'markdown' },
        'Indented:\n    code  here',
        'Wait?  Yes.',
        'Item  Price\nTea   2.50',
        // gaps lined up on neighbouring lines read as a table
        'One  line\nand  another',
      ],
      invalid: [
        { text: 'the  ministry said', errors: [{ range: [3, 5], message: 'Two spaces where one belongs.' }], output: 'the ministry said' },
        { text: 'rose 5%,   the most', errors: [{ range: [8, 11], message: 'Three spaces where one belongs.' }], output: 'rose 5%, the most' },
        { text: 'It ended.  Then more.', options: { allowAfterSentence: false }, errors: [{ range: [9, 11] }], output: 'It ended. Then more.' },
        { text: 'It ended.   Then more.', errors: [{ range: [9, 12] }], output: 'It ended. Then more.' },
        { text: 'One  line\nand the  other', errors: [{ range: [3, 5] }, { range: [17, 19] }], output: 'One line\nand the other' },
        { text: 'A *bold*  claim', syntax: 'markdown', errors: [{ range: [8, 10] }], output: 'A *bold* claim' },
      ],
    }));
});
