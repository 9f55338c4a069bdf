import { describe, it } from 'vitest';
import rule from '../../rules/length-mismatch.js';
import { po, tgt } from '../formats/l10n-helpers.js';
import { runRuleTests } from '../rule-tester.js';

const LONG_ZH = '我们对宇宙的大部分了解都来自于光，而光来自遥远的恒星。';

describe('length-mismatch', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        po('我们对宇宙的大部分了解都来自于光。', 'Most of what we know about the universe comes from light.'),
        po('打开', 'Open the file in a new window'),
        po(LONG_ZH, LONG_ZH),
        { text: po(LONG_ZH, 'We know light.'), options: { bounds: { zh: [0.3, 6] } } },
        { text: po(LONG_ZH, 'We know light.'), options: { minSourceLength: 40 } },
      ],
      invalid: [
        {
          text: po(LONG_ZH, 'We know light.'),
          errors: [{ range: tgt(LONG_ZH, 0, 14), message: 'The translation is 0.4× the length of the source (expected 1.2–6× from zh): something may be missing.' }],
        },
        {
          text: po('Die Datei wurde gespeichert.', 'The file has been saved, and the file has been saved again, and again, and again.'),
          errors: [{ range: tgt('Die Datei wurde gespeichert.', 0, 81), message: /^The translation is 2\.6× .*expected 0\.5–2\.2× from this source.*added or repeated\.$/ }],
        },
        {
          text: po('Доброе утро, друзья мои', 'Hi'),
          errors: [{ range: tgt('Доброе утро, друзья мои', 0, 2), message: /expected 0\.5–2\.2× from ru/ }],
          sourceLanguage: 'ru',
          options: { bounds: { ru: [0.5, 2.2] } },
        },
      ],
    }));
});
