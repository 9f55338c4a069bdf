import { describe, it } from 'vitest';
import rule from '../../rules/pinyin-leak.js';
import { runRuleTests } from '../rule-tester.js';

describe('pinyin-leak', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        'The Haidian District Court heard the case.',
        'Xi Jinping met Li Qiang in Beijing.',
        'The Chaoyang Police Station is nearby.',
        'Wang Xiao Ming said he would come.',
        'The Big Red Ting was sold.',
      ],
      invalid: [
        {
          text: 'Residents complained to the Jiedao Office about the noise.',
          errors: [{ range: [28, 41], message: '"Jiedao Office": "Jiedao" is pinyin for "sub-district", a common noun, not a name: translate it.' }],
        },
        {
          text: 'The case went to the Xing Zheng Ting of the city court.',
          errors: [{ range: [21, 36], message: '"Xing Zheng Ting" is a run of single pinyin syllables ending in "Ting" (an office word): translate the title instead of spelling it out.' }],
        },
        { text: 'Hang Zheng Ting', errors: [{ range: [0, 15], messageId: 'run' }] },
      ],
    }));
});
