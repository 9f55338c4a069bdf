import { describe, it } from 'vitest';
import rule from '../../rules/doubled-period.js';
import { runRuleTests } from '../rule-tester.js';

describe('doubled-period', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        'Wait . . . what?',
        'Wait. . . . What?',
        'He paused... then left.',
        'Really?.. No.',
        'The U.S. and the E.U. met.',
        { text: 'Use `a. .b` in code.', syntax: 'markdown' },
        'Version 1.2.3 shipped.',
      ],
      invalid: [
        { text: 'in military strategy. .', errors: [{ range: [20, 23], messageId: 'doubled' }], output: 'in military strategy.' },
        {
          text: 'challenges. . Alexander said',
          errors: [{ range: [10, 13], message: 'Doubled period ". .": the sentence already ended.' }],
          output: 'challenges. Alexander said',
        },
        { text: 'the year.. Then', errors: [{ range: [8, 10] }], output: 'the year. Then' },
        { text: 'A **bold** end. .', syntax: 'markdown', errors: [{ range: [14, 17] }], output: 'A **bold** end.' },
      ],
    }));
});
