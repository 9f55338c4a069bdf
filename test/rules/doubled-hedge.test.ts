import { describe, it } from 'vitest';
import rule from '../../rules/doubled-hedge.js';
import { runRuleTests } from '../rule-tester.js';

describe('doubled-hedge', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        'China is one of the largest trading partners of Germany.',
        'He ate the biggest one of them all.',
        'It is the largest one of the three.',
        'The oldest one of its kind.',
        'She is one of the best players in the world.',
      ],
      invalid: [
        {
          text: 'China is the largest (one of) trading partner of Germany.',
          errors: [{ range: [9, 29], message: '"the largest (one of)" renders 最…之一 twice: write "one of the largest ...".' }],
        },
        { text: 'China is the largest one of Germany’s trading partners.', errors: [{ range: [9, 35], messageId: 'doubled' }] },
        { text: 'It is one of the most important ports in the world one of the busiest.', errors: [{ range: [6, 57], messageId: 'doubled' }] },
      ],
    }));
});
