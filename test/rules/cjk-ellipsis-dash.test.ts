import { describe, it } from 'vitest';
import rule from '../../rules/cjk-ellipsis-dash.js';
import { runRuleTests } from '../rule-tester.js';

describe('cjk-ellipsis-dash', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        // the documented valid examples run in docs.test.ts; these are further look-alikes
        'Wait... then. . . and…',
        'D—— was there.',
        'A gap ―― here.',
        'Grades 3 to 5.',
        { text: 'Code `a——b` stays.', syntax: 'markdown' },
      ],
      invalid: [
        { text: 'and so on……', errors: [{ range: [9, 11], message: 'Chinese ellipsis "……": use "…".' }], output: 'and so on…' },
        {
          text: 'the plan——which was new',
          errors: [{ range: [8, 10], message: 'Chinese double dash "——": use one em dash "—".' }],
          output: 'the plan—which was new',
        },
        { text: 'It takes 3～5 years.', errors: [{ range: [10, 11], message: 'Wave dash in the range "～": use an en dash "–".' }], output: 'It takes 3–5 years.' },
        { text: 'Aged 3 〜 5.', errors: [{ range: [6, 9] }], output: 'Aged 3–5.' },
        { text: 'He paused。。。 then left.', errors: [{ range: [9, 12], message: 'Chinese ellipsis "。。。": use "…".' }], output: 'He paused… then left.' },
        { text: 'wait⋯⋯ ok', errors: [{ range: [4, 6] }], output: 'wait… ok' },
        { text: 'the “plan”――which', errors: [{ range: [10, 12] }], output: 'the “plan”—which' },
      ],
    }));
});
