import { describe, it } from 'vitest';
import rule from '../../rules/invisible-chars.js';
import { runRuleTests } from '../rule-tester.js';

describe('invisible-chars', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        'Beijing is the capital.',
        '\uFEFFA file that starts with a byte-order mark.',
        'A family 👨\u200D👩\u200D👧 and a rainbow flag 🏳\uFE0F\u200D🌈.',
        'Tabs\tand\r\nline breaks are fine.',
      ],
      invalid: [
        {
          text: 'Bei\u200Bjing is the capital.',
          errors: [{ range: [3, 4], message: 'Invisible character U+200B (zero-width space): remove it.' }],
          output: 'Beijing is the capital.',
        },
        {
          text: 'in\u200Bvo\uFEFFice',
          errors: [{ range: [2, 3] }, { range: [5, 6], message: 'Invisible character U+FEFF (zero-width no-break space): remove it.' }],
          output: 'invoice',
        },
        {
          text: 'a\u200B\u200Cb',
          errors: [{ range: [1, 3], message: 'Invisible character U+200B (zero-width space), U+200C (zero-width non-joiner): remove it.' }],
          output: 'ab',
        },
        { text: 'pay\u202E1234', errors: [{ range: [3, 4], message: 'Invisible character U+202E (bidi override): remove it.' }], output: 'pay1234' },
        { text: 'the total\u0007 was', errors: [{ range: [9, 10], message: 'Invisible character U+0007 (control character): remove it.' }], output: 'the total was' },
        { text: 'a joiner\u200D alone', errors: [{ range: [8, 9] }], output: 'a joiner alone' },
      ],
    }));
});
