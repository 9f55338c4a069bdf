import { defineRule } from '../src/engine/define-rule.js';
import { dominantScript, scriptShare } from '../src/bilingual/scripts.js';
import { bilingualUnits } from '../src/bilingual/units.js';

export default defineRule({
  id: 'untranslated-script',
  meta: {
    description: 'A translation still written mostly in the script of its source (Han, kana, hangul, Cyrillic, ...)',
    category: 'untranslated',
    defaultSeverity: 'error',
    fixable: 'none',
    preset: 'recommended',
    messages: { script: 'The translation is still mostly in {{script}} ({{percent}}% of its letters), like its source.' },
    options: { minShare: 0.5 },
  },
  docs: {
    why: 'When a translation system gives up on part of a segment, or a translator pastes the wrong column, the English target keeps the letters of the source. A Chinese name glossed in brackets is fine; a target whose letters are mostly Chinese is not English.',
    valid: [
      'msgid "习近平会见普京"\nmsgstr "Xi Jinping (习近平) met Putin"',
      'msgid "Москва"\nmsgstr "Moscow"',
      'msgid "Datei öffnen"\nmsgstr "Open file"',
    ],
    invalid: [
      { text: 'msgid "经济增长放缓了"\nmsgstr "经济 growth 放缓了"' },
      { text: 'msgid "Доброе утро, друзья"\nmsgstr "Доброе утро, friends"' },
    ],
  },
  check(ctx) {
    const { minShare } = ctx.options as { minShare: number };
    for (const u of bilingualUnits(ctx.doc)) {
      const target = u.target.trim();
      if (!target || target === u.source.trim()) continue;
      const script = dominantScript(u.source);
      if (!script) continue;
      const share = scriptShare(target, script.language);
      if (share < minShare) continue;
      ctx.report({ range: [u.start, u.end], messageId: 'script', data: { script: script.name, percent: Math.round(share * 100) } });
    }
  },
});
