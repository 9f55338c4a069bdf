import { describe, it } from 'vitest';
import rule from '../../rules/line-start-punctuation.js';
import { runRuleTests } from '../rule-tester.js';

describe('line-start-punctuation', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        // the documented valid examples run in docs.test.ts; these are further look-alikes
        'Editor in charge: Zhu Ying\n\n.',
        '. . . and so it went.',
        '…and then nothing.',
        '!Kung is a language.',
        ':) a smile',
        'Question?\nAnswer.',
        { text: '```\n, code\n```', syntax: 'markdown' },
      ],
      invalid: [
        {
          text: 'The talks ended\n, and then the total rose.',
          errors: [{ range: [16, 17], message: 'Line starts with ",": it belongs at the end of the previous line.', suggestion: 'The talks ended,\nand then the total rose.' }],
        },
        { text: 'It rose  \n; the ministry said so.', errors: [{ range: [10, 11], suggestion: 'It rose;\nthe ministry said so.' }] },
        { text: 'Was it over\n? Nobody knew.', errors: [{ range: [12, 13], suggestion: 'Was it over?\nNobody knew.' }] },
        { text: 'A paragraph.\n\n, and a stray comma', errors: [{ range: [14, 15], suggestion: 'A paragraph.\n\nand a stray comma' }] },
        { text: 'It ended\n  . Then more.', errors: [{ range: [11, 12], suggestion: 'It ended.\nThen more.' }] },
      ],
    }));
});
