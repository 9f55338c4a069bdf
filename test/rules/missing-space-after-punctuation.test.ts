import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import rule from '../../rules/missing-space-after-punctuation.js';
import { fix } from '../../src/engine/fix.js';
import { lintWithRule, onlyRule, runRuleTests } from '../rule-tester.js';

describe('missing-space-after-punctuation', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        // the documented valid examples run in docs.test.ts; these are further look-alikes
        'Call Foo.Bar() or Foo.Bar.baz to start.',
        'The item(s) will ship.',
        'He was (re)elected; (s)he agreed.',
        'Use f(x) for the function and print(a, b) for output.',
        'She wrote “Star Wars”s sequel.',
        'The [1] and [2] sources agree.',
        '1.Build a strong community\n2.Keep it',
        'Email jo.smith@example.org today.',
        'The iPhone.The next.',
        'Pairs like x,y and a;b stay.',
        'Read it at example.org/Path.Now',
        { text: 'Run `end.The` in code.', syntax: 'markdown' },
        'In 2019 the report came out.',
        'Numbers like 1,000 and 1;2 stay.',
      ],
      invalid: [
        {
          text: 'the talks ended.The total was high.',
          errors: [{ range: [15, 17], message: 'No space after ".": two sentences are joined.' }],
          output: 'the talks ended. The total was high.',
        },
        { text: 'Was it real?Yes. It is!Now go.', errors: [{ range: [11, 13] }, { range: [22, 24] }], output: 'Was it real? Yes. It is! Now go.' },
        {
          text: 'This is in Russia.The report',
          errors: [{ range: [17, 19], suggestion: 'This is in Russia. The report' }],
        },
        {
          text: '[Epoch Times, December 23, 2021]Russia is creating a crisis.',
          errors: [{ range: [31, 33], message: 'No space after "]".', suggestion: '[Epoch Times, December 23, 2021] Russia is creating a crisis.' }],
        },
        {
          text: 'He said “we will”and left.',
          errors: [{ range: [16, 18], message: 'No space after "”".', suggestion: 'He said “we will” and left.' }],
        },
        {
          text: 'It has grown since 2019The report says so.',
          errors: [{ range: [22, 24], message: 'Number "2019" glued to the word "The".', suggestion: 'It has grown since 2019 The report says so.' }],
        },
        {
          text: 'They visited Beijing,Shanghai and Shenzhen;then left.',
          errors: [
            { range: [20, 22], message: 'No space after ",".', suggestion: 'They visited Beijing, Shanghai and Shenzhen;then left.' },
            { range: [42, 44], message: 'No space after ";".' },
          ],
        },
        {
          text: 'The plan(approved in 2021) was delayed.',
          errors: [{ range: [7, 9], message: 'No space before "(".', suggestion: 'The plan (approved in 2021) was delayed.' }],
        },
        { text: 'He said“we will” go.', errors: [{ range: [6, 8], message: 'No space before "“".' }] },
        { text: 'The *end*.Then more.', syntax: 'markdown', errors: [{ range: [9, 11] }], output: 'The *end*. Then more.' },
      ],
    }));

  it('reports "2021]Russia" on the seed article with a suggestion, and --fix leaves it', () => {
    const seed = readFileSync(new URL('../fixtures/seed.txt', import.meta.url), 'utf8');
    const found = lintWithRule(rule, seed);
    expect(found.map((d) => [seed.slice(...d.range), d.message, d.fix, d.suggestions?.map((f) => f.edits)])).toEqual([
      [']R', 'No space after "]".', undefined, [[{ range: [335, 335], text: ' ' }]]],
    ]);
    expect(fix(seed, { config: onlyRule(rule) }).output).toBe(seed);
  });
});
