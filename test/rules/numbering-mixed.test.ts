import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import rule from '../../rules/numbering-mixed.js';
import { lintWithRule, runRuleTests } from '../rule-tester.js';

const SEED_SHAPE =
  '1. Will Russia detonate the keg?\n\nThe crisis grew.\n\nSecond, the EU leader Germany bound its hands and feet\n\nThe gas flowed.\n\n3. Will Russia and China form an alliance?';

describe('numbering-mixed', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        '1. The first point\n\n2. The second point\n\n3. The third point',
        'I. Background\n\nII. Method\n\nIII. Results',
        'i. lower case\n\n2. two\n\n3. three',
        'First, we met.\n\nSecond, we talked.\n\nThird, we agreed.',
        'The draft includes: 1. NATO stops. 2. Troops leave.\n\nCase 1: In January two men were arrested.\n\nIn the second case, a man was fined.\n\nIn the third case, a court ruled.',
        '1. Intro\n\nFirst, a heading.\n\n2. Methods\n\n3. Results',
        '1. Intro\n\nSecond, this is a long body paragraph that goes on and on about many things, with more than twenty words in it, so it is body text.\n\n3. End',
        '一、总体\n\n(一) a\n\n(二) b\n\n二、c\n\n(一) d\n\n(二) e\n\n三、f',
        { text: '1. one\n1. two\n1. three', syntax: 'markdown' },
      ],
      invalid: [
        {
          text: SEED_SHAPE,
          errors: [
            {
              range: [52, 59],
              message: '"Second," is numbered differently from its siblings (1., 3.): write "2.".',
              suggestion: SEED_SHAPE.replace('Second,', '2.'),
            },
          ],
        },
        { text: '1. Background\n\nText.\n\n2. Method\n\nText.\n\n2. Results\n\nText.', errors: [{ range: [40, 42], message: 'Number 2 is used twice in this series.' }] },
        { text: '1. A\n\n2. B\n\n4. D\n\n5. E', errors: [{ range: [12, 14], message: 'The series jumps from 2 to 4: 3 is missing.' }] },
        { text: '1. A\n\n2) B\n\n3. C\n\n4. D', errors: [{ range: [6, 8], messageId: 'mixed', suggestion: '1. A\n\n2. B\n\n3. C\n\n4. D' }] },
        { text: 'I. Background\n\nText.\n\nII. Method\n\nText.\n\n3. Results\n\nText.\n\nIV. Outlook', errors: [{ range: [41, 43], message: '"3." is numbered differently from its siblings (I., II., IV.): write "III.".' }] },
        { text: '（1）Growth\n\n（2）Trade\n\nThird, jobs\n\n（4）Prices', errors: [{ range: [21, 27], messageId: 'mixed', suggestion: '（1）Growth\n\n（2）Trade\n\n(3) jobs\n\n（4）Prices' }] },
        { text: '一、总体\n\n(二) x\n\n三、y', errors: [{ range: [6, 9], message: '"(二)" is numbered differently from its siblings (一、, 三、): write "二、".' }] },
        {
          text: '1. Will Russia act?\n\nBody.\n\nSecond, Germany waits\n\nBody.\n\n3. Will China act?',
          syntax: 'markdown',
          errors: [{ range: [28, 35], messageId: 'mixed' }],
        },
      ],
    }));

  it('reports the "Second," heading of the seed article and nothing else', () => {
    const seed = readFileSync(new URL('../fixtures/seed.txt', import.meta.url), 'utf8');
    const found = lintWithRule(rule, seed);
    expect(found.map((d) => [seed.slice(d.range[0], d.range[1]), d.message])).toEqual([
      ['Second,', '"Second," is numbered differently from its siblings (1., 3., 4., 5.): write "2.".'],
    ]);
  });
});
