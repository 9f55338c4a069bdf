import { describe, it } from 'vitest';
import rule from '../../rules/doubled-comma.js';
import { runRuleTests } from '../rule-tester.js';

describe('doubled-comma', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: ['Beijing, Shanghai and Shenzhen.', '1,000,000 people', 'He said, “Yes,” and left.'],
      invalid: [
        { text: 'Beijing, , Shanghai', errors: [{ range: [7, 10], message: 'Doubled comma ", ,".' }], output: 'Beijing, Shanghai' },
        { text: 'the data,, however', errors: [{ range: [8, 10] }], output: 'the data, however' },
      ],
    }));
});
