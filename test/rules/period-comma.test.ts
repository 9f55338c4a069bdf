import { describe, it } from 'vitest';
import rule from '../../rules/period-comma.js';
import { runRuleTests } from '../rule-tester.js';

describe('period-comma', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: ['Fruit, e.g., apples.', 'Apple Inc., the maker.', 'It cost 1,000.50 dollars.', 'The U.S., Canada and Mexico.', 'Wait,... what?', 'He paused . . . , then went on.', 'He paused..., then went on.', 'And, . . . then nothing.'],
      invalid: [
        {
          text: 'no less than 300,000. , The total',
          errors: [{ range: [20, 23], message: 'Period and comma collide in ". ,": keep one.' }],
          output: 'no less than 300,000. The total',
        },
        { text: 'was cut, . The agency', errors: [{ range: [7, 10] }], output: 'was cut. The agency' },
        { text: 'the plan., which failed', errors: [{ range: [8, 10] }], output: 'the plan, which failed' },
      ],
    }));
});
