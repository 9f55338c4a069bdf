import { describe, it } from 'vitest';
import rule from '../../rules/number-mismatch.js';
import { po, tgt } from '../formats/l10n-helpers.js';
import { runRuleTests } from '../rule-tester.js';

describe('number-mismatch', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        po('共有1,000个文件', 'There are 1000 files'),
        po('人口达3亿', 'The population reached 300 million'),
        po('人口达1.5万', 'The population reached 15,000'),
        po('140亿年过去了', 'Fourteen billion years have passed'),
        po('50万个部件', 'half a million parts'),
        po('2021年12月23日', 'December 23, 2021'),
        po('三个人', '3 people'),
        po('第%1$s页，共%2$d页', 'Page %1$s of %2$d'),
        po('ＧＤＰ增长５．２％', 'GDP grew 5.2%'),
        po('Es kostet 2.500 Euro', 'It costs 2,500 euros'),
        'A text with 25 and no source.',
      ],
      invalid: [
        { text: po('人口达3亿', 'The population reached 3 billion'), errors: [
          { range: tgt('人口达3亿', 0, 32), message: 'The source number "3亿" is missing from the translation.' },
          { range: tgt('人口达3亿', 23, 32), message: 'The number "3 billion" is not in the source.' },
        ] },
        { text: po('共有25个文件', 'There are 52 files'), errors: [{ range: tgt('共有25个文件', 0, 18), messageId: 'missing' }, { range: tgt('共有25个文件', 10, 12), messageId: 'extra' }] },
        { text: po('2021年增长了5%', 'It grew in 2021'), errors: [{ range: tgt('2021年增长了5%', 0, 15), message: 'The source number "5" is missing from the translation.' }] },
      ],
    }));
});
