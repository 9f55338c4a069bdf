import { describe, it } from 'vitest';
import rule from '../../rules/fullwidth-latin.js';
import { runRuleTests } from '../rule-tester.js';

describe('fullwidth-latin', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: ['AI chips grew 5% in 2023.', 'The slogan 「ＡＩ时代」 is quoted in Chinese.', 'Circled ① and superscript ² stay.'],
      invalid: [
        { text: 'ＡＩ chips are in demand.', errors: [{ range: [0, 2], message: 'Full-width characters "ＡＩ": write "AI".' }], output: 'AI chips are in demand.' },
        {
          text: 'Exports grew ５.２% in May.',
          errors: [{ range: [13, 14], messageId: 'fullwidth' }, { range: [15, 16], messageId: 'fullwidth' }],
          output: 'Exports grew 5.2% in May.',
        },
        { text: 'ＧＤＰ and ａｉ', errors: [{ range: [0, 3] }, { range: [8, 10], message: 'Full-width characters "ａｉ": write "ai".' }], output: 'GDP and ai' },
      ],
    }));
});
