import { defineRule } from '../src/engine/define-rule.js';
import { bilingualUnits } from '../src/bilingual/units.js';

const quote = (s: string): string => (s.length > 40 ? `${s.slice(0, 39)}…` : s).replace(/\s+/g, ' ').trim();

export default defineRule({
  id: 'untranslated-target',
  meta: {
    description: 'A translation that is empty or the source text copied unchanged (PO, XLIFF)',
    category: 'untranslated',
    defaultSeverity: 'error',
    fixable: 'none',
    preset: 'recommended',
    messages: {
      empty: 'The translation is empty: "{{source}}" was not translated.',
      identical: 'The translation is the source text unchanged: "{{source}}".',
    },
    options: { minWords: 2, reportEmpty: true },
  },
  docs: {
    why: 'A translation system that fails on a segment often passes the source through or returns nothing, and a file that was never fully translated ships source-language strings. Both only show when the source is at hand. A single word such as a product name may rightly stay as it is, so copies are reported from two words on, or when they are in another script.',
    valid: [
      'msgid "打开文件"\nmsgstr "Open the file"',
      'msgid "OK"\nmsgstr "OK"',
      'msgid "Linux"\nmsgstr "Linux"',
      'An English sentence with no source at all.',
    ],
    invalid: [
      { text: 'msgid "保存文件"\nmsgstr "保存文件"' },
      { text: 'msgid "Datei speichern"\nmsgstr "Datei speichern"' },
      { text: 'msgid "打开"\nmsgstr ""' },
    ],
  },
  check(ctx) {
    const { minWords, reportEmpty } = ctx.options as { minWords: number; reportEmpty: boolean };
    for (const u of bilingualUnits(ctx.doc)) {
      const target = u.target.trim();
      const source = u.source.trim();
      if (!source) continue;
      if (!target) {
        if (reportEmpty) ctx.report({ range: [u.start, u.end], messageId: 'empty', data: { source: quote(source) } });
        continue;
      }
      if (target !== source || !/\p{L}/u.test(source)) continue;
      const words = source.match(/\p{L}+/gu)?.length ?? 0;
      if (words >= minWords || /[^\p{Script=Latin}\P{L}]/u.test(source)) {
        ctx.report({ range: [u.start, u.end], messageId: 'identical', data: { source: quote(source) } });
      }
    }
  },
});
