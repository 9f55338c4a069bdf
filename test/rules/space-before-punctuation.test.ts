import { describe, expect, it } from 'vitest';
import rule from '../../rules/space-before-punctuation.js';
import { fix } from '../../src/engine/fix.js';
import { lintWithRule, onlyRule, runRuleTests } from '../rule-tester.js';

describe('space-before-punctuation', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        // the documented valid examples run in docs.test.ts; these are further look-alikes
        'Go to .NET now.',
        // left to doubled-period and period-comma
        'in military strategy. .',
        'no less than 300,000. , The total',
        // a mark starting a line is line-start-punctuation's
        'Editor in charge: Zhu Ying\n\n.',
        { text: 'Run `ls -a ,` first.', syntax: 'markdown' },
        'He said “no” and left.',
        'Why?! Because.',
      ],
      invalid: [
        {
          text: 'the ministry , which',
          errors: [{ range: [12, 14], message: 'Space before ",".' }],
          output: 'the ministry, which',
        },
        { text: 'What is your name ?', errors: [{ range: [17, 19], message: 'Space before "?".' }], output: 'What is your name?' },
        {
          text: 'The loop must , again , be beneath the slats .',
          errors: [{ range: [13, 15] }, { range: [21, 23] }, { range: [44, 46], message: 'Space before ".".' }],
          output: 'The loop must, again, be beneath the slats.',
        },
        { text: 'Prices rose 5 % in May.', errors: [{ range: [13, 15], message: 'Space before "%".' }], output: 'Prices rose 5% in May.' },
        { text: 'He called it “a trap” , then left.', errors: [{ range: [21, 23] }], output: 'He called it “a trap”, then left.' },
        { text: 'The rule is simple\u00A0: obey.', errors: [{ range: [18, 20], message: 'Space before ":".' }], output: 'The rule is simple: obey.' },
        { text: 'Two  spaces  ;\nnext', errors: [{ range: [11, 14] }], output: 'Two  spaces;\nnext' },
        { text: 'A **bold** claim , then', syntax: 'markdown', errors: [{ range: [16, 18] }], output: 'A **bold** claim, then' },
      ],
    }));

  it('leaves the seed article alone', async () => {
    const { readFileSync } = await import('node:fs');
    const seed = readFileSync(new URL('../fixtures/seed.txt', import.meta.url), 'utf8');
    expect(lintWithRule(rule, seed)).toEqual([]);
    expect(fix(seed, { config: onlyRule(rule) }).output).toBe(seed);
  });
});
