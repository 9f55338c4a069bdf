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
        '3 hours agoShare. 4 hours agoShare. 5 hours agoShare.',
        'YesterdayBeijingNews announced it.',
        `A token ${'aB'.repeat(20000)}b with twenty thousand joins.`,
        'The letters 𝐚𝐀𝐚 and 𐐨𐐀𐐨 are math and Deseret.',
      ],
      invalid: [
        {
          text: 'Posted 3 hours agoShare this article',
          errors: [{ range: [15, 23], message: 'Words fused in "agoShare": a link or line break was stripped here.', suggestion: 'Posted 3 hours ago Share this article' }],
        },
        { text: 'YesterdayBeijing announced new rules.', errors: [{ range: [0, 16], messageId: 'fused', suggestion: 'Yesterday Beijing announced new rules.' }] },
        { text: 'A 5 min readShare', errors: [{ range: [8, 17], suggestion: 'A 5 min read Share' }] },
        { text: 'YesterdayÉcole reopened.', errors: [{ range: [0, 14], message: 'Words fused in "YesterdayÉcole": a link or line break was stripped here.', suggestion: 'Yesterday École reopened.' }] },
        { text: 'MondayÉlysée: Todayélan, TodayŒuvre', errors: [{ range: [0, 12] }, { range: [25, 35], suggestion: 'MondayÉlysée: Todayélan, Today Œuvre' }] },
        { text: '3 hours agoShare. 4 hours agoShare.', errors: [{ range: [8, 16] }, { range: [26, 34] }] },
      ],
    }));
});
