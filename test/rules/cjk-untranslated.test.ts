import { describe, it } from 'vitest';
import rule from '../../rules/cjk-untranslated.js';
import { runRuleTests } from '../rule-tester.js';

describe('cjk-untranslated', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        // the documented valid examples run in docs.test.ts; these are further look-alikes
        'Beijing（北京）is large.',
        'The dumplings (饺子) were hot.',
        'The word “福” (fu) means luck.',
        { text: 'Type `你好` to greet.', syntax: 'markdown' },
        { text: 'The firm 强生 said so.', options: { allow: ['强生'] } },
        'Café, naïve, Ångström and Œuvre are Latin.',
        'Tokyo (\t東京 ) and Seoul  （서울）.',
        'The word "福" (fu) means luck.',
      ],
      invalid: [
        {
          text: 'however, 强生 said that there were quite a few 诱惑 that had been called',
          errors: [
            { range: [9, 11], message: 'Untranslated Chinese text "强生".' },
            { range: [45, 47], message: 'Untranslated Chinese text "诱惑".' },
          ],
        },
        { text: '(Editor:张洪宇、Wang Jinxue)', errors: [{ range: [8, 11], message: 'Untranslated Chinese text "张洪宇".' }] },
        { text: 'The show どうしたの was popular.', errors: [{ range: [9, 14], message: 'Untranslated Japanese text "どうしたの".' }] },
        { text: 'ドナルド・トランプ said', errors: [{ range: [0, 9], message: 'Untranslated Japanese text "ドナルド・トランプ".' }] },
        { text: 'The app 카카오톡 is popular.', errors: [{ range: [8, 12], message: 'Untranslated Korean text "카카오톡".' }] },
        { text: '안녕 하세요 friends', errors: [{ range: [0, 6], message: 'Untranslated Korean text "안녕 하세요".' }] },
        { text: 'The city 東京 grew.', sourceLanguage: 'ja', errors: [{ range: [9, 11], message: 'Untranslated Japanese text "東京".' }] },
        // not a gloss: the bracket holds more than the original
        { text: 'the dumplings (饺子 are hot) were hot', errors: [{ range: [15, 17] }] },
        { text: 'Xi Jinping (习近平 said', errors: [{ range: [12, 15] }] },
        { text: 'A *bold* 强生 move', syntax: 'markdown', errors: [{ range: [9, 11] }] },
        // a bracket after a number, a quoted term with no gloss, and a run before its English form
        {
          text: 'It was 123 (東京) and the word “福”, then 東京 (Tokyo).',
          errors: [
            { range: [12, 14], message: 'Untranslated Chinese text "東京".' },
            { range: [30, 31], message: 'Untranslated Chinese text "福".' },
            { range: [39, 41], message: 'Untranslated Chinese text "東京".' },
          ],
        },
      ],
    }));
});
