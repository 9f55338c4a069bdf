import { defineRule } from '../src/engine/define-rule.js';
import { compareNumbers, numberFacts } from '../src/bilingual/numbers.js';
import { placeholderTokens } from '../src/bilingual/placeholders.js';
import { bilingualUnits } from '../src/bilingual/units.js';

const spans = (text: string): Array<[number, number]> => placeholderTokens(text).map((t) => [t.start, t.end]);

export default defineRule({
  id: 'number-mismatch',
  meta: {
    description: 'A number of the source missing from the translation, or a number the source does not have',
    category: 'numbering',
    defaultSeverity: 'error',
    fixable: 'none',
    preset: 'all',
    precision: 0.88,
    messages: {
      missing: 'The source number "{{number}}" is missing from the translation.',
      extra: 'The number "{{number}}" is not in the source.',
    },
  },
  docs: {
    why: 'Numbers are what a reader acts on, and translation systems drop them, copy them twice or get scales wrong: 3亿 is 300 million, not 3 billion. Numbers are compared by value, so 1,000 matches 1000, 1.5万 matches 15,000 and a month name matches its number.',
    valid: [
      'msgid "共有1,000个文件"\nmsgstr "There are 1000 files"',
      'msgid "人口达3亿"\nmsgstr "The population reached 300 million"',
      'msgid "12月23日"\nmsgstr "December 23"',
      'msgid "三个人"\nmsgstr "3 people"',
      'msgid "第%1$s页"\nmsgstr "Page %1$s"',
    ],
    invalid: [
      { text: 'msgid "人口达3亿"\nmsgstr "The population reached 3 billion"' },
      { text: 'msgid "共有25个文件"\nmsgstr "There are 52 files"' },
      { text: 'msgid "2021年增长了5%"\nmsgstr "It grew in 2021"' },
    ],
  },
  check(ctx) {
    for (const u of bilingualUnits(ctx.doc)) {
      if (!u.target.trim() || u.target.trim() === u.source.trim()) continue;
      const source = numberFacts(u.source, spans(u.source));
      const target = numberFacts(u.target, spans(u.target));
      const { missing, extra } = compareNumbers(source, target);
      for (const n of missing) ctx.report({ range: [u.start, u.end], messageId: 'missing', data: { number: n.text } });
      for (const n of extra) ctx.report({ range: [u.start + n.start, u.start + n.end], messageId: 'extra', data: { number: n.text } });
    }
  },
});
