import { describe, it } from 'vitest';
import rule from '../../rules/untranslated-script.js';
import { po, tgt } from '../formats/l10n-helpers.js';
import { runRuleTests } from '../rule-tester.js';

describe('untranslated-script', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        po('习近平会见普京', 'Xi Jinping (习近平) met Putin'),
        po('保存文件', '保存文件'),
        po('Datei öffnen', 'Open file'),
        po('打开', ''),
        'A target with no source: 经济增长放缓了.',
        { text: po('经济增长放缓了', '经济 growth 放缓了'), options: { minShare: 0.9 } },
      ],
      invalid: [
        {
          text: po('经济增长放缓了', '经济 growth 放缓了'),
          errors: [{ range: tgt('经济增长放缓了', 0, 13), message: 'The translation is still mostly in Chinese (63% of its letters), like its source.' }],
        },
        { text: po('ただいま戻りました', 'ただいま back'), errors: [{ range: tgt('ただいま戻りました', 0, 9), messageId: 'script' }] },
        { text: po('Доброе утро, друзья', 'Доброе утро, friends'), errors: [{ range: tgt('Доброе утро, друзья', 0, 20), message: /Cyrillic \(59%/ }] },
      ],
    }));
});
