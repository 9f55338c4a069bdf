import { defineRule } from '../src/engine/define-rule.js';
import { mayContain } from '../src/text/charset.js';

const SCRIPT = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}`;
/** A run of Han, kana or hangul; words of one run may be separated by spaces (Korean) or ー・々. */
const RUN_RE = new RegExp(`[${SCRIPT}][${SCRIPT}\\u30FC\\u30FB\\u3005\\u3006]*(?:[ \\u3000]+[${SCRIPT}][${SCRIPT}\\u30FC\\u30FB\\u3005\\u3006]*)*`, 'uy');
/** The UTF-16 units a Han, kana or hangul character can start with (a superset), found fast in Latin text. */
const CANDIDATE_RE = /[\u1100-\u11FF\u2E80-\u318E\u31F0-\u321E\u3260-\u327E\u32D0-\u3357\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97C\uAC00-\uD88D\uF900-\uFAD9\uFF66-\uFFDC]/g;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL = /\p{Script=Hangul}/u;
/** `Xi Jinping (习近平`, `the word minato (港`: a Latin word (or a quotation) and an opening bracket just before the run. */
const GLOSS_BEFORE = /(?:\p{Script=Latin}[\p{Script=Latin}\p{M}'’.-]*|[”"’])[ \t]*[(（][ \t]*$/u;
/** `习近平)` or `习近平, Xí Jìnpíng)`: the bracket closes after the run, perhaps after a romanisation. */
const GLOSS_AFTER = /^[ \t]*(?:[,;、，][ \t]*[\p{Script=Latin}\p{M} '’-]{1,40})?[)）]/u;
/** `the word “福” (fu)`: a quoted term followed by its gloss in brackets. */
const QUOTED_TERM = /^[”"][ \t]*[(（]/u;

/** How far before and after a run a gloss's brackets and romanisation are looked for. */
const GLOSS_WINDOW = 60;

/**
 * Whether the run `[start, end)` is glossed: in brackets after a Latin word, or a quoted term with
 * its gloss in brackets. The characters just before the run are looked at first, so that the
 * patterns run only where a bracket or a quote stands there.
 */
function isGloss(prose: string, start: number, end: number): boolean {
  const from = Math.max(0, start - GLOSS_WINDOW);
  let i = start - 1;
  while (i >= from && (prose.charCodeAt(i) === 32 || prose.charCodeAt(i) === 9)) i--;
  const bracket = i >= from ? prose.charCodeAt(i) : 0;
  if (bracket === 0x28 || bracket === 0xff08) {
    if (GLOSS_AFTER.test(prose.slice(end, end + GLOSS_WINDOW)) && GLOSS_BEFORE.test(prose.slice(from, start))) return true;
  }
  const quote = start > 0 ? prose.charCodeAt(start - 1) : 0;
  return (quote === 0x201c || quote === 0x22) && QUOTED_TERM.test(prose.slice(end, end + GLOSS_WINDOW));
}

/** A character every match starts with. */
const CANDIDATE = new RegExp(CANDIDATE_RE.source);

export default defineRule<{ allow: string[] }>({
  id: 'cjk-untranslated',
  meta: {
    description: 'Chinese, Japanese or Korean characters left untranslated in English prose',
    category: 'untranslated',
    defaultSeverity: 'error',
    fixable: 'none',
    preset: 'recommended',
    messages: { untranslated: 'Untranslated {{language}} text "{{found}}".' },
    options: { allow: [] },
  },
  docs: {
    why: 'Machine translation copies through words it cannot translate (names, rare terms, a whole credit line), and a scraper can keep the original next to the translation. In English prose a run of Han, kana or hangul is almost always such a leftover. The original in brackets after its English form, as in "Xi Jinping (习近平)" or "dumplings (饺子)", is a gloss and is allowed, as is a quoted term followed by its gloss ("the word “福” (fu)"); so are terms listed in the "allow" option.',
    valid: [
      'President Xi Jinping (习近平) spoke on Monday.',
      'Tokyo (東京) is the capital; so is Seoul (서울).',
      'The festival, called “Qixi” (七夕), falls in August.',
      'The ministry said prices rose.',
      'Mao Zedong (毛泽东, Máo Zédōng) led the party.',
    ],
    invalid: [
      { text: 'however, 强生 said that there were quite a few 诱惑 that had been called' },
      { text: '(Editor:张洪宇、Wang Jinxue)' },
      { text: 'The show どうしたの was popular.' },
      { text: 'The app 카카오톡 is popular in Korea.' },
    ],
  },
  check(ctx) {
    if (!mayContain(ctx.doc, CANDIDATE)) return;
    const { prose } = ctx.doc;
    const allow = new Set(ctx.options.allow);
    CANDIDATE_RE.lastIndex = 0;
    // both patterns are only tested, not executed: a candidate is one unit, and the run ends at lastIndex
    while (CANDIDATE_RE.test(prose)) {
      const start = CANDIDATE_RE.lastIndex - 1;
      RUN_RE.lastIndex = start;
      if (!RUN_RE.test(prose)) continue;
      const end = RUN_RE.lastIndex;
      CANDIDATE_RE.lastIndex = end;
      const found = prose.slice(start, end);
      if (allow.has(found) || ctx.doc.isMasked(start, end) || isGloss(prose, start, end)) continue;
      const language = HANGUL.test(found) ? 'Korean' : KANA.test(found) || ctx.sourceLanguage === 'ja' ? 'Japanese' : 'Chinese';
      ctx.report({ range: [start, end], messageId: 'untranslated', data: { language, found } });
    }
  },
});
