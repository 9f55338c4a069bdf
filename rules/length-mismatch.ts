import { defineRule } from '../src/engine/define-rule.js';
import { placeholderTokens } from '../src/bilingual/placeholders.js';
import { contentLength, dominantScript } from '../src/bilingual/scripts.js';
import { bilingualUnits } from '../src/bilingual/units.js';

/** English letters per source letter, by source language: 99% of clean zh→en references fall in 1.45–4.9. */
const BOUNDS: Record<string, [number, number]> = {
  zh: [1.2, 6], ja: [0.8, 5], ko: [0.8, 5], default: [0.5, 2.2],
};

/** The text with placeholders and tags taken out: `<g id="1">` is not translated text. */
function withoutPlaceholders(text: string): string {
  let out = '';
  let last = 0;
  for (const t of placeholderTokens(text)) {
    out += text.slice(last, t.start);
    last = t.end;
  }
  return out + text.slice(last);
}

export default defineRule({
  id: 'length-mismatch',
  meta: {
    description: 'A translation far shorter or longer than its source: something may be missing or added',
    category: 'other',
    defaultSeverity: 'warning',
    fixable: 'none',
    preset: 'all',
    precision: 0.56,
    messages: {
      short: 'The translation is {{ratio}}× the length of the source (expected {{min}}–{{max}}× from {{language}}): something may be missing.',
      long: 'The translation is {{ratio}}× the length of the source (expected {{min}}–{{max}}× from {{language}}): something may be added or repeated.',
    },
    options: { bounds: BOUNDS, minSourceLength: 10 },
  },
  docs: {
    why: 'A sentence dropped or repeated by a translation system reads fluently and is invisible without the source; the length of the translation against the source shows it. Lengths count letters and digits; the expected range depends on the source language (a Chinese character carries about three English letters) and can be set per language with the `bounds` option.',
    valid: [
      'msgid "我们对宇宙的大部分了解都来自于光。"\nmsgstr "Most of what we know about the universe comes from light."',
      'msgid "打开"\nmsgstr "Open the file in a new window"',
    ],
    invalid: [
      { text: 'msgid "我们对宇宙的大部分了解都来自于光，而光来自遥远的恒星。"\nmsgstr "We know light."' },
      { text: 'msgid "Die Datei wurde gespeichert."\nmsgstr "The file has been saved, and the file has been saved again, and again, and again."' },
    ],
  },
  check(ctx) {
    const { bounds, minSourceLength } = ctx.options as { bounds: Record<string, [number, number]>; minSourceLength: number };
    for (const u of bilingualUnits(ctx.doc)) {
      const sourceLength = contentLength(withoutPlaceholders(u.source));
      const targetLength = contentLength(withoutPlaceholders(u.target));
      if (sourceLength < minSourceLength || targetLength === 0 || u.target.trim() === u.source.trim()) continue;
      const language = dominantScript(u.source)?.language ?? ctx.sourceLanguage;
      const [min, max] = bounds[language] ?? BOUNDS[language] ?? bounds.default ?? BOUNDS.default;
      const ratio = targetLength / sourceLength;
      if (ratio >= min && ratio <= max) continue;
      const name = language === 'und' || !(language in bounds || language in BOUNDS) ? 'this source' : language;
      ctx.report({
        range: [u.start, u.end],
        messageId: ratio < min ? 'short' : 'long',
        data: { ratio: ratio.toFixed(1), min, max, language: name },
      });
    }
  },
});
