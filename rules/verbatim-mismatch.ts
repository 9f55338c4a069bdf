import { defineRule } from '../src/engine/define-rule.js';
import { verbatimTokens } from '../src/bilingual/placeholders.js';
import { bilingualUnits, diffTokens, reportTokenDiff } from '../src/bilingual/units.js';

export default defineRule({
  id: 'verbatim-mismatch',
  meta: {
    description: 'A URL, e-mail address or code span of the source missing or changed in the translation',
    category: 'other',
    defaultSeverity: 'error',
    fixable: 'none',
    preset: 'recommended',
    messages: {
      missing: 'The translation lacks "{{token}}" from the source.',
      extra: '"{{token}}" is not in the source: a URL, address or code span should be carried over unchanged.',
    },
  },
  docs: {
    why: 'Addresses and code are not translated: a translation system that "translates" a URL path, drops an e-mail address or changes the text inside backticks sends readers to the wrong place or gives them commands that do not run.',
    valid: [
      'msgid "访问 https://example.com/help 获取帮助"\nmsgstr "Visit https://example.com/help for help"',
      'msgid "请运行 `npm install`。"\nmsgstr "Run `npm install`."',
      'msgid "联系 Support@Example.com"\nmsgstr "Contact support@example.com"',
    ],
    invalid: [
      { text: 'msgid "访问 https://example.com/帮助"\nmsgstr "Visit https://example.com/help"' },
      { text: 'msgid "请运行 `npm install`。"\nmsgstr "Run `npm installation`."' },
      { text: 'msgid "联系 support@example.com"\nmsgstr "Contact us"' },
    ],
  },
  check(ctx) {
    for (const u of bilingualUnits(ctx.doc)) {
      if (!u.target.trim()) continue;
      reportTokenDiff(ctx, u, diffTokens(verbatimTokens(u.source), verbatimTokens(u.target, u.start)));
    }
  },
});
