import { describe, it } from 'vitest';
import rule from '../../rules/edge-mismatch.js';
import { po, tgt } from '../formats/l10n-helpers.js';
import { runRuleTests } from '../rule-tester.js';

describe('edge-mismatch', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        po('文件已保存。', 'The file was saved.'),
        po('确定要删除吗？', 'Delete it?'),
        po('打开文件', 'Open file'),
        po('加载中……', 'Loading...'),
        po('他说：“好。”', 'He said, “Fine.”'),
        po('名称：\\n', 'Name:\\n'),
        po('强烈的阳光是如此地刺眼，', 'The strong sunlight is so dazzling.'),
        'Open the file. (no source)',
      ],
      invalid: [
        {
          text: po('打开文件', 'Open the file.'),
          errors: [{ range: tgt('打开文件', 13, 14), message: 'The source ends with "no final mark" but the translation with ".".', suggestion: po('打开文件', 'Open the file') }],
        },
        {
          text: po('完成\\n', 'Done'),
          errors: [{ range: tgt('完成\\n', 4), message: 'The source ends with "\\n" and the translation with "".' }],
        },
        {
          text: po('确定要删除吗？', 'Delete it.'),
          errors: [{ range: tgt('确定要删除吗？', 9, 10), message: 'The source ends with "？" but the translation with ".".', suggestion: po('确定要删除吗？', 'Delete it?') }],
        },
        {
          text: po(' 下一步', 'Next'),
          errors: [{ range: tgt(' 下一步', 0), messageId: 'leading', suggestion: po(' 下一步', ' Next') }],
        },
      ],
    }));
});
