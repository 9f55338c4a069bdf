import { describe, it } from 'vitest';
import rule from '../../rules/lone-fragment.js';
import { runRuleTests } from '../rule-tester.js';

describe('lone-fragment', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        'Thank you. (Applause)',
        'It was late. Yes. We went home anyway.',
        'He paused. "Wait." Then he left the room.',
        'Up',
        'Up.',
        '1. Up. The first step of the plan.',
        'The U.S. Navy said so. It left.',
        'Robots as big as 12 ft. long proteins. They move.',
        'They met in 2019. Xi Jinping. Putin came later.',
        'It was 1998. 2001. The years went by.',
      ],
      invalid: [
        {
          text: 'Chinese people have lived there for decades. Up. Local residents welcome them.',
          errors: [{ range: [45, 48], message: '"Up." stands alone as a sentence: probably one source character translated on its own (上 "up", 等 "wait" for "etc."); join it to its neighbour or delete it.' }],
        },
        {
          text: 'Russia’s only response is Russia. American alliance. This view reflects it.',
          errors: [{ range: [34, 52], message: '"American alliance." is a fragment without a verb between two sentences: a clause cut off by a stray full stop; join it to its neighbour.' }],
        },
        { text: 'Prices of rice, wheat. Wait. All rose in May.', errors: [{ range: [23, 28], messageId: 'listed' }] },
        { text: 'The talks ended. Of the. Both sides left.', errors: [{ range: [17, 24], messageId: 'listed' }] },
      ],
    }));
});
