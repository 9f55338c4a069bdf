import { describe, it } from 'vitest';
import rule from '../../rules/fused-link-text.js';
import { runRuleTests } from '../rule-tester.js';

describe('fused-link-text', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        'He bought an iPhone and watched YouTube.',
        'The PowerPoint deck mentioned McDonald and JavaScript.',
        'The first two are MacroBot and DeciBot.',
        'Call readMap() or getComments() in code.',
        'Follow @NewsDesk and #MondayMotivation.',
        'See https://example.com/TodayNews for more.',
      ],
      invalid: [
        {
          text: 'Posted 3 hours agoShare this article',
          errors: [{ range: [15, 23], message: 'Words fused in "agoShare": a link or line break was stripped here.', suggestion: 'Posted 3 hours ago Share this article' }],
        },
        { text: 'YesterdayBeijing announced new rules.', errors: [{ range: [0, 16], messageId: 'fused', suggestion: 'Yesterday Beijing announced new rules.' }] },
        { text: 'A 5 min readShare', errors: [{ range: [8, 17], suggestion: 'A 5 min read Share' }] },
      ],
    }));
});
