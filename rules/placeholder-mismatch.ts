import { defineRule } from '../src/engine/define-rule.js';
import { icuArguments, placeholderTokens } from '../src/bilingual/placeholders.js';
import { atomTexts, bilingualUnits, diffTokens, reportTokenDiff, type Token } from '../src/bilingual/units.js';

const BRACES = /^\{[^{]/;

export default defineRule({
  id: 'placeholder-mismatch',
  meta: {
    description: 'Placeholders, ICU arguments or inline tags of the source missing, added or changed in the translation',
    category: 'other',
    defaultSeverity: 'error',
    fixable: 'none',
    preset: 'recommended',
    messages: {
      missing: 'The translation lacks {{token}} from the source{{times}}.',
      extra: '{{token}} is not in the source.',
    },
  },
  docs: {
    why: 'A placeholder or tag lost, added or renamed in translation breaks the program that fills it in: a crash on a missing %s, a raw {name} shown to users, unbalanced markup. Translation systems split, translate or space them out. Each placeholder and tag of the source must appear in the translation as often as in the source.',
    valid: [
      'msgid "删除 %s 个文件？"\nmsgstr "Delete %s files?"',
      'msgid "%1$s 发送给 %2$s"\nmsgstr "%2$s received it from %1$s"',
      'msgid "你好，{name}"\nmsgstr "Hello, {name}"',
      'msgid "<b>注意</b>：已保存"\nmsgstr "<b>Note</b>: saved"',
      'msgid "{count, plural, other {# 个文件}}"\nmsgstr "{count, plural, one {# file} other {# files}}"',
    ],
    invalid: [
      { text: 'msgid "删除 %s 个文件？"\nmsgstr "Delete % s files?"' },
      { text: 'msgid "你好，{name}"\nmsgstr "Hello, {名字}"' },
      { text: 'msgid "<b>注意</b>：已保存"\nmsgstr "<b>Note: saved"' },
      { text: 'msgid "欢迎 {{user}}"\nmsgstr "Welcome {{user}} and {{user}}"' },
    ],
  },
  check(ctx) {
    for (const u of bilingualUnits(ctx.doc)) {
      if (!u.target.trim()) continue;
      const sourceIcu = icuArguments(u.source);
      const targetIcu = sourceIcu ? icuArguments(u.target) : undefined;
      const icu = sourceIcu !== undefined && targetIcu !== undefined;
      const keep = (t: Token): boolean => !(icu && BRACES.test(t.key));
      const source: Token[] = placeholderTokens(u.source).filter(keep);
      const target: Token[] = placeholderTokens(u.target, u.start).filter(keep);
      for (const atom of atomTexts(ctx.doc, u)) {
        for (const t of placeholderTokens(atom.text)) target.push({ key: t.key, start: atom.range[0], end: atom.range[1] });
      }
      if (icu) {
        source.push(...sourceIcu.map((key) => ({ key, start: 0, end: 0 })));
        target.push(...targetIcu.map((key) => ({ key, start: u.start, end: u.end })));
      }
      reportTokenDiff(ctx, u, diffTokens(source, target));
    }
  },
});
