import { describe, it } from 'vitest';
import rule from '../../rules/decimal-comma.js';
import { runRuleTests } from '../rule-tester.js';

describe('decimal-comma', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        // the documented look-alikes (4,300, lists, scores) run in docs.test.ts
        'Pages 12,13 were torn.',
        'Values 1,5, 2,5 and 3,5 percent were tried.',
      ],
      invalid: [
        {
          text: 'Inflation rose to 2,4 % in May.',
          errors: [{ range: [18, 23], message: '"2,4 %" uses a decimal comma: English writes "2.4%".', suggestion: 'Inflation rose to 2.4% in May.' }],
        },
        { text: 'The budget is 1,5 million rubles.', errors: [{ range: [14, 17], messageId: 'comma', suggestion: 'The budget is 1.5 million rubles.' }] },
        { text: 'It costs €3,50 at the door.', errors: [{ range: [9, 14], suggestion: 'It costs €3.50 at the door.' }] },
        { text: 'Rates rose 2,4% today.', errors: [{ range: [11, 14], suggestion: 'Rates rose 2.4% today.' }] },
      ],
    }));
});
