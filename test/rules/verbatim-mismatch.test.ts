import { describe, it } from 'vitest';
import rule from '../../rules/verbatim-mismatch.js';
import { po, tgt } from '../formats/l10n-helpers.js';
import { runRuleTests } from '../rule-tester.js';

describe('verbatim-mismatch', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        po('访问 https://example.com/help 获取帮助', 'Visit https://example.com/help for help'),
        po('访问 https://example.com/help/。', 'Go to https://example.com/help.'),
        po('请运行 `npm install`。', 'Run `npm install`.'),
        po('联系 Support@Example.com', 'Contact support@example.com'),
        'Visit https://example.com with no source.',
      ],
      invalid: [
        { text: po('访问 https://example.com/帮助', 'Visit https://example.com/help'), errors: [
          { range: tgt('访问 https://example.com/帮助', 0, 30), message: 'The translation lacks "https://example.com/帮助" from the source.' },
          { range: tgt('访问 https://example.com/帮助', 6, 30), message: '"https://example.com/help" is not in the source: a URL, address or code span should be carried over unchanged.' },
        ] },
        { text: po('请运行 `npm install`。', 'Run `npm installation`.'), errors: [{ range: tgt('请运行 `npm install`。', 0, 23), messageId: 'missing' }, { range: tgt('请运行 `npm install`。', 4, 22), messageId: 'extra' }] },
        { text: po('联系 support@example.com', 'Contact us'), errors: [{ range: tgt('联系 support@example.com', 0, 10), messageId: 'missing' }] },
      ],
    }));
});
