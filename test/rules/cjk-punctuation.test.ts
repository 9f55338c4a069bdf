import { describe, it } from 'vitest';
import rule from '../../rules/cjk-punctuation.js';
import { runRuleTests } from '../rule-tester.js';

describe('cjk-punctuation', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        // the documented valid examples run in docs.test.ts; these are further look-alikes
        '这是中文。我们走吧！',
        'Hoshimi says どうしたの？',
        'From 3～5 years, or 3 ～ 5.',
        'It ended。。。 then',
        { text: 'Use `a，b` in code.', syntax: 'markdown' },
        { text: 'rose 5%，the', options: { minLatinShare: 1.01 } },
        'Prices rose, and the ministry (in May) said so: “yes!”',
      ],
      invalid: [
        {
          // a run with a space inside is one problem; 。。 and marks inside a Chinese phrase or a mostly Chinese sentence are left alone
          text: 'The talks（in Geneva） ，ended。。 He said 你好，世界 to them！',
          errors: [
            { range: [9, 10], message: 'Full-width "（" in English: use "(".' },
            { range: [19, 22], message: 'Full-width "） ，" in English: use "),".' },
          ],
          output: 'The talks (in Geneva), ended。。 He said 你好，世界 to them！',
        },
        {
          // a title mark is only suggested, also in a run with a comma; a run of two marks with spaces between
          text: 'He read《The Book》 ，and left （ ok ）。',
          errors: [
            { range: [7, 8], message: 'Full-width "《" in English: use "“".', suggestion: 'He read “The Book》 ，and left （ ok ）。' },
            { range: [16, 19], message: 'Full-width "》 ，" in English: use "”,".', suggestion: 'He read《The Book”, and left （ ok ）。' },
            { range: [28, 29] },
            { range: [33, 35], message: 'Full-width "）。" in English: use ").".' },
          ],
          output: 'He read《The Book》 ，and left (ok).',
        },
        {
          text: 'rose 5% ，　（ in May ）see, 1，000 and 10 ：30',
          errors: [{ range: [8, 11], message: 'Full-width "，　（" in English: use ", (".' }, { range: [19, 20] }, { range: [26, 27] }, { range: [38, 39] }],
          output: 'rose 5%, (in May) see, 1,000 and 10: 30',
        },
        {
          text: 'rose 5%，the ministry said。',
          errors: [
            { range: [7, 8], message: 'Full-width "，" in English: use ",".' },
            { range: [25, 26], message: 'Full-width "。" in English: use ".".' },
          ],
          output: 'rose 5%, the ministry said.',
        },
        { text: '(Editor:张洪宇、Wang Jinxue)', errors: [{ range: [11, 12] }], output: '(Editor:张洪宇, Wang Jinxue)' },
        {
          text: 'The report（published in May）was clear！',
          errors: [{ range: [10, 11] }, { range: [27, 28] }, { range: [37, 38] }],
          output: 'The report (published in May) was clear!',
        },
        {
          text: 'Font:【Large Medium Small】',
          errors: [{ range: [5, 6], message: 'Full-width "【" in English: use "[".' }, { range: [24, 25] }],
          output: 'Font: [Large Medium Small]',
        },
        { text: 'the everyday creation 。', errors: [{ range: [22, 23] }], output: 'the everyday creation.' },
        { text: 'Hoshimi？\u3000What now?', errors: [{ range: [7, 8] }], output: 'Hoshimi? What now?' },
        {
          text: 'It costs 1，000 yuan at 10：30．',
          errors: [{ range: [10, 11] }, { range: [25, 26] }, { range: [28, 29] }],
          output: 'It costs 1,000 yuan at 10:30.',
        },
        {
          text: 'It was said： “yes”。「Next」 came.',
          errors: [{ range: [11, 12] }, { range: [18, 20], message: 'Full-width "。「" in English: use ". “".' }, { range: [24, 25] }],
          output: 'It was said: “yes”. “Next” came.',
        },
        { text: 'Say ＂hi＂ ＆ go ％ now', errors: [{ range: [4, 5] }, { range: [7, 10] }, { range: [14, 15] }], output: 'Say "hi" & go % now' },
        { text: 'A （ spaced ） thing', errors: [{ range: [2, 3] }, { range: [11, 12] }], output: 'A (spaced) thing' },
        {
          text: 'He read 《The Three-Body Problem》 twice.',
          errors: [
            { range: [8, 9], message: 'Full-width "《" in English: use "“".', suggestion: 'He read “The Three-Body Problem》 twice.' },
            { range: [31, 32], suggestion: 'He read 《The Three-Body Problem” twice.' },
          ],
        },
        { text: 'and so on～ more', errors: [{ range: [9, 10], suggestion: 'and so on~ more' }] },
        { text: 'A *bold* claim，then', syntax: 'markdown', errors: [{ range: [14, 15] }], output: 'A *bold* claim, then' },
        { text: 'Line one，\nline two', errors: [{ range: [8, 9] }], output: 'Line one,\nline two' },
      ],
    }));
});
