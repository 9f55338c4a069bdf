import { describe, it } from 'vitest';
import rule from '../../rules/ideographic-space.js';
import { runRuleTests } from '../rule-tester.js';

describe('ideographic-space', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: ['The meeting noted the progress.', '「おはよう\u3000ございます」 is Japanese.'],
      invalid: [
        {
          text: '\u3000\u3000The meeting noted the progress.',
          errors: [{ range: [0, 2], message: 'Ideographic space (U+3000) used as an indent: remove it.' }],
          output: 'The meeting noted the progress.',
        },
        {
          text: 'First line.\n\u3000\u3000Second line.',
          errors: [{ range: [12, 14], messageId: 'indent' }],
          output: 'First line.\nSecond line.',
        },
        {
          text: 'Hoshimi?\u3000What happened?',
          errors: [{ range: [8, 9], message: 'Ideographic space (U+3000): use an ordinary space.' }],
          output: 'Hoshimi? What happened?',
        },
        {
          text: 'the end \u3000of it',
          errors: [{ range: [8, 9], message: 'Ideographic space (U+3000) beside other spacing: remove it.' }],
          output: 'the end of it',
        },
      ],
    }));
});
