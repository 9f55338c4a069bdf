import { describe, it } from 'vitest';
import rule from '../../rules/untranslated-target.js';
import { po, tgt } from '../formats/l10n-helpers.js';
import { runRuleTests } from '../rule-tester.js';

describe('untranslated-target', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        po('打开文件', 'Open the file'),
        po('OK', 'OK'),
        po('%s', '%s'),
        'Saving the file failed.',
        { text: po('打开', ''), options: { reportEmpty: false } },
        { text: po('Datei speichern', 'Datei speichern'), options: { minWords: 3 } },
      ],
      invalid: [
        { text: po('保存文件', '保存文件'), errors: [{ range: tgt('保存文件', 0, 4), message: 'The translation is the source text unchanged: "保存文件".' }] },
        { text: po('Datei speichern', 'Datei speichern'), errors: [{ range: tgt('Datei speichern', 0, 15), messageId: 'identical' }] },
        // an empty msgstr is reported inside its quotes
        { text: po('打开', ''), errors: [{ range: tgt('打开', 0), message: 'The translation is empty: "打开" was not translated.' }] },
        { text: po('打开', '   '), errors: [{ range: tgt('打开', 0, 3), messageId: 'empty' }] },
      ],
    }));
});
