import { describe, it } from 'vitest';
import rule from '../../rules/repeated-title.js';
import { runRuleTests } from '../rule-tester.js';

const BODY = 'The talks ended in Geneva on Monday after three days of meetings between the two delegations, officials from both sides said.';

describe('repeated-title', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        `Growth slows\n\n${BODY}\n\nGrowth slows`,
        `Talks end in Geneva\n\n${BODY}\n\nTalks end in Geneva`,
        'Chapter one\n\nChapter two',
        'Yes, we can.\n\nYes, we can.',
        `${BODY}\n\n${BODY}`,
      ],
      invalid: [
        {
          text: `Russia and China form a new alliance\n\nRussia and China form a new alliance\n\n${BODY}`,
          errors: [{ range: [38, 74], messageId: 'repeated', suggestion: `Russia and China form a new alliance\n\n${BODY}` }],
        },
        {
          text: 'Home » News\nRussia and China form a new alliance\nby admin\nRussia and China form a new alliance\nThe talks ended.',
          errors: [{ range: [58, 94], messageId: 'repeated', suggestion: 'Home » News\nRussia and China form a new alliance\nby admin\nThe talks ended.' }],
        },
      ],
    }));
});
