import { describe, it } from 'vitest';
import rule from '../../rules/mt-token-leak.js';
import { runRuleTests } from '../rule-tester.js';

describe('mt-token-leak', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        'Email us at info@example.com.',
        'The diff header @@ -1,3 +1,4 @@ shows the change.',
        'A <strong> tag and [brackets] are not model tokens.',
        { text: 'Write `<unk>` for unknown words.', syntax: 'markdown' },
      ],
      invalid: [
        { text: 'W@@ ait for more money', errors: [{ range: [1, 4], message: 'Subword joiner "@@" left in the text: join the pieces.' }], output: 'Wait for more money' },
        { text: 'kwa ukunju@@', errors: [{ range: [10, 12], messageId: 'joiner' }], output: 'kwa ukunju' },
        {
          text: 'the▁ministry▁said',
          errors: [{ range: [3, 4], message: 'SentencePiece space marker "▁" left in the text.' }, { range: [12, 13] }],
          output: 'the ministry said',
        },
        { text: '▁The start', errors: [{ range: [0, 1] }], output: 'The start' },
        { text: 'marriage between bahrain princess <unk> and', errors: [{ range: [34, 39], message: 'Model token "<unk>" left in the text: a word was lost here.' }] },
        { text: 'the end of the sentence </s>', errors: [{ range: [24, 28], messageId: 'unknown' }] },
        { text: 'a [UNK] b', errors: [{ range: [2, 7] }] },
        { text: '猜猜我有多爱你 ⁇ 哦', errors: [{ range: [8, 9], message: 'Model token "⁇" left in the text: a word was lost here.' }] },
      ],
    }));
});
