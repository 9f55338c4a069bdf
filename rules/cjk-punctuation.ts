import { defineRule } from '../src/engine/define-rule.js';
import { mayContain } from '../src/text/charset.js';
import type { Document } from '../src/text/document.js';

/** Full-width and CJK punctuation (catalog #5); full-width letters and digits are `fullwidth-latin`'s. */
const MARK = String.raw`[\u3001\u3002\u3008-\u3011\u3014-\u301B\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65]`;
const RUN_RE = new RegExp(`${MARK}(?:[ \\t\\u3000]*${MARK})*`, 'gu');
/** A space, tab or ideographic space, as a run of marks may hold between them. */
const isRunSpace = (c: number): boolean => c === 32 || c === 9 || c === 0x3000;
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
/** What may follow a closing mark's English sign without a space: more closing punctuation. */
const NO_SPACE_AFTER = /[)\]}”’»,.;:!?…、。，．：；！？）］｝」』】〕〗〙〛\s]/u;

const FORMS = new Map<string, readonly [string, Kind]>();

/** The English sign for one full-width mark and how it is spaced (one shared, read-only pair per mark). */
function englishForm(ch: string): readonly [string, Kind] {
  const special = SPECIAL[ch];
  if (special) return special;
  let form = FORMS.get(ch);
  if (!form) {
    const ascii = String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
    FORMS.set(ch, (form = [ascii, CLOSE_ASCII.has(ascii) ? 'close' : 'neutral']));
  }
  return form;
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

/** A character every run holds. */
const ONE_MARK = new RegExp(MARK);

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
      { text: 'Hello，%s! The price，$5，is final.', output: 'Hello, %s! The price, $5, is final.' },
      { text: 'He said，"The plan works。" Then he left.', output: 'He said, "The plan works." Then he left.' },
      { text: 'He read 《The Three-Body Problem》 twice.' },
    ],
  },
  check(ctx) {
    if (!mayContain(ctx.doc, ONE_MARK)) return;
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

      // one walk over the run: each mark's English sign, and the spaces between marks kept next to
      // a neutral sign, one space between a closing and an opening mark
      const single = re - rs === 1;
      const pieces: string[] = [];
      let gap = '';
      let firstKind: Kind | undefined;
      let lastKind: Kind | undefined;
      let safe = true;
      for (let i = rs; i < re; ) {
        if (isRunSpace(prose.charCodeAt(i))) {
          let j = i + 1;
          while (j < re && isRunSpace(prose.charCodeAt(j))) j++;
          gap = prose.slice(i, j);
          i = j;
          continue;
        }
        // marks are single UTF-16 units
        const mark = prose[i++];
        if (SUGGEST_ONLY.has(mark)) safe = false;
        const [sign, markKind] = englishForm(mark);
        // 1，000 and 10：30 between digits keep their spacing
        const kind = single && DIGIT.test(prev) && DIGIT.test(next) ? 'neutral' : markKind;
        if (lastKind === undefined) firstKind = kind;
        else if (lastKind === 'neutral' || kind === 'neutral') pieces.push(gap);
        else if (lastKind === 'close' && kind === 'open') pieces.push(' ');
        pieces.push(sign);
        lastKind = kind;
        gap = '';
      }
      const body = pieces.join('');
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
        // a word, a number, an opening bracket or quote, a placeholder (%s, {name}, $5, #3): a space before it
        // (a straight quote opens a quotation when a word follows it: said，"The -> said, "The; said。" stays said.")
        else if (lastKind === 'close' && !NO_SPACE_AFTER.test(after) && !(/["']/.test(after) && !/[\p{L}\p{N}]/u.test(prose[to + 1] ?? ''))) suffix = ' ';
      }
      const edit = { range: [from, to] as [number, number], text: prefix + body + suffix };
      const fix = { title: `Use "${body.trim()}"`, edits: [edit] };
      ctx.report({
        range: [rs, re],
        messageId: 'fullwidth',
        data: { found: m[0], expected: body },
        ...(safe ? { fix } : { suggestions: [fix] }),
      });
    }
  },
});
