import { defineRule } from '../src/engine/define-rule.js';
import type { Document } from '../src/text/document.js';

/** Full-width and CJK punctuation (catalog #5); full-width letters and digits are `fullwidth-latin`'s. */
const MARK = String.raw`[\u3001\u3002\u3008-\u3011\u3014-\u301B\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65]`;
const RUN_RE = new RegExp(`${MARK}(?:[ \\t\\u3000]*${MARK})*`, 'gu');
const IS_MARK = new RegExp(MARK, 'u');
const PART_RE = /[ \t\u3000]+|[^]/gu;
const LATIN_RE = /\p{Script=Latin}/gu;
const CJK_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const CJK_LETTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const DIGIT = /[0-9\uFF10-\uFF19]/;

type Kind = 'open' | 'close' | 'neutral';

/** Marks whose English form is not the same sign (a title in 《》, a wave dash): a person decides. */
const SUGGEST_ONLY = new Set(['《', '》', '〈', '〉', '～', '｟', '｠', '･']);
const SPECIAL: Record<string, [string, Kind]> = {
  '、': [',', 'close'], '。': ['.', 'close'], '｡': ['.', 'close'], '､': [',', 'close'],
  '（': ['(', 'open'], '）': [')', 'close'], '［': ['[', 'open'], '］': [']', 'close'], '｛': ['{', 'open'], '｝': ['}', 'close'],
  '【': ['[', 'open'], '】': [']', 'close'], '〔': ['[', 'open'], '〕': [']', 'close'], '〖': ['[', 'open'], '〗': [']', 'close'],
  '〘': ['[', 'open'], '〙': [']', 'close'], '〚': ['[', 'open'], '〛': [']', 'close'],
  '「': ['“', 'open'], '」': ['”', 'close'], '｢': ['“', 'open'], '｣': ['”', 'close'], '『': ['‘', 'open'], '』': ['’', 'close'],
  '《': ['“', 'open'], '》': ['”', 'close'], '〈': ['“', 'open'], '〉': ['”', 'close'],
  '｟': ['((', 'open'], '｠': ['))', 'close'], '･': ['·', 'neutral'],
};
const CLOSE_ASCII = new Set([',', '.', ':', ';', '!', '?']);

/** The English sign for one full-width mark and how it is spaced. */
function englishForm(ch: string): [string, Kind] {
  const special = SPECIAL[ch];
  if (special) return special;
  const ascii = String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
  return [ascii, CLOSE_ASCII.has(ascii) ? 'close' : 'neutral'];
}

/** Share of Latin letters among the Latin and CJK letters of `[start, end)`, or undefined with fewer than 4 letters. */
function latinShare(prose: string, start: number, end: number): number | undefined {
  const text = prose.slice(start, end);
  const latin = text.match(LATIN_RE)?.length ?? 0;
  const cjk = text.match(CJK_RE)?.length ?? 0;
  return latin + cjk < 4 ? undefined : latin / (latin + cjk);
}

/** Latin shares of sentences and paragraphs already counted, by their range (each is counted once). */
type ShareCache = Map<string, number | undefined>;

function cachedShare(cache: ShareCache, key: string, prose: string, start: number, end: number): number | undefined {
  if (!cache.has(key)) cache.set(key, latinShare(prose, start, end));
  return cache.get(key);
}

/** Whether the mark at `at` stands in English text: its sentence (or, if that has no letters, its paragraph) is mostly Latin. */
function inEnglish(doc: Document, at: number, minShare: number, cache: ShareCache): boolean {
  const sentences = doc.sentences();
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid].start <= at) lo = mid;
    else hi = mid - 1;
  }
  const s = sentences[lo];
  const share = s && s.start <= at && at < s.end ? cachedShare(cache, `s${s.start}:${s.end}`, doc.prose, s.start, s.end) : undefined;
  if (share !== undefined) return share >= minShare;
  const p = doc.paragraphAt(at);
  const pShare = p ? cachedShare(cache, `p${p.start}:${p.end}`, doc.prose, p.start, p.end) : undefined;
  return pShare === undefined || pShare >= minShare;
}

export default defineRule({
  id: 'cjk-punctuation',
  meta: {
    description: 'Full-width Chinese or Japanese punctuation in an English sentence, as in "rose 5%，the ministry said。"',
    category: 'punctuation',
    defaultSeverity: 'error',
    fixable: 'safe',
    preset: 'recommended',
    precision: 1,
    messages: { fullwidth: 'Full-width "{{found}}" in English: use "{{expected}}".' },
    options: { minLatinShare: 0.8 },
  },
  docs: {
    why: 'Chinese and Japanese punctuation is full-width and carries its own spacing; a translation that keeps it ("，", "。", "（）", "【】", "「」") looks broken in English. Each mark has one English counterpart, so the fix maps it and re-spaces; titles in 《》 and the wave dash ～ are only suggested. Sentences that are mostly Chinese, Japanese or Korean (a quotation in the original language) are left alone; leftover Han, kana or hangul is cjk-untranslated\'s.',
    valid: [
      'The ministry said prices rose 5%, the most in a year.',
      'The slogan “为人民服务。” was everywhere.',
      'Wang said “你好，世界” to the crowd.',
      'The range is 3～5 years.',
      'A dot: .5 percent, and 1,000.',
    ],
    invalid: [
      { text: 'rose 5%，the ministry said。', output: 'rose 5%, the ministry said.' },
      { text: '(Editor:张洪宇、Wang Jinxue)', output: '(Editor:张洪宇, Wang Jinxue)' },
      { text: 'The report（published in May）was clear！', output: 'The report (published in May) was clear!' },
      { text: 'According to 【Global Times】the plan works.', output: 'According to [Global Times] the plan works.' },
      { text: 'He read 《The Three-Body Problem》 twice.' },
    ],
  },
  check(ctx) {
    const doc = ctx.doc;
    const { prose } = doc;
    const minShare = Number(ctx.options.minLatinShare);
    const shares: ShareCache = new Map();
    RUN_RE.lastIndex = 0;
    for (let m = RUN_RE.exec(prose); m; m = RUN_RE.exec(prose)) {
      const rs = m.index;
      const re = rs + m[0].length;
      if (doc.isMasked(rs, re)) continue;
      const prev = prose[rs - 1] ?? '';
      const next = prose[re] ?? '';
      // 3～5 and 。。。 are cjk-ellipsis-dash's
      if (m[0] === '～' && /[0-9\uFF10-\uFF19][ \t]*$/.test(prose.slice(Math.max(0, rs - 3), rs)) && /^[ \t]*[0-9\uFF10-\uFF19]/.test(prose.slice(re, re + 3))) continue;
      if (m[0].includes('。。') || (m[0] === '。' && (prev === '。' || next === '。'))) continue;
      // 你好，世界 and 为人民服务。” : punctuation inside a Chinese or Japanese phrase belongs to it
      if (CJK_LETTER.test(prev) && !/^[ \t]*[\p{Script=Latin}\p{N}]/u.test(prose.slice(re, re + 4))) continue;
      if (!inEnglish(doc, rs, minShare, shares)) continue;

      const parts = m[0].match(PART_RE)!;
      const marks = parts.filter((c) => IS_MARK.test(c));
      const forms = marks.map(englishForm);
      // 1，000 and 10：30 between digits keep their spacing
      if (forms.length === 1 && DIGIT.test(prev) && DIGIT.test(next)) forms[0] = [forms[0][0], 'neutral'];
      // spaces inside the run: kept next to a neutral sign, one between a closing and an opening mark
      let body = '';
      let gap = '';
      let k = 0;
      for (const part of parts) {
        if (!IS_MARK.test(part)) {
          gap = part;
          continue;
        }
        if (k > 0) {
          const [left, right] = [forms[k - 1][1], forms[k][1]];
          if (left === 'neutral' || right === 'neutral') body += gap;
          else if (left === 'close' && right === 'open') body += ' ';
        }
        body += forms[k++][0];
        gap = '';
      }
      const firstKind = forms[0][1];
      const lastKind = forms[forms.length - 1][1];
      let from = rs;
      let to = re;
      let prefix = '';
      let suffix = '';
      if (firstKind !== 'neutral') {
        while (from > 0 && /[ \t\u3000]/.test(prose[from - 1])) from--;
        const before = prose[from - 1] ?? '\n';
        if (before === '\n' || before === '\r') from = rs;
        else if (firstKind === 'open' && !/[\s([{“‘]/.test(before)) prefix = ' ';
      }
      if (lastKind !== 'neutral') {
        while (to < prose.length && /[ \t\u3000]/.test(prose[to])) to++;
        const after = prose[to] ?? '\n';
        if (after === '\n' || after === '\r') to = re;
        else if (lastKind === 'close' && /[\p{L}\p{N}([{“‘\uFFFC]/u.test(after)) suffix = ' ';
      }
      const edit = { range: [from, to] as [number, number], text: prefix + body + suffix };
      const fix = { title: `Use "${body.trim()}"`, edits: [edit] };
      const safe = !marks.some((c) => SUGGEST_ONLY.has(c));
      ctx.report({
        range: [rs, re],
        messageId: 'fullwidth',
        data: { found: m[0], expected: body },
        ...(safe ? { fix } : { suggestions: [fix] }),
      });
    }
  },
});
