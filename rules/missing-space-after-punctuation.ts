import { defineRule } from '../src/engine/define-rule.js';
import type { Document } from '../src/text/document.js';
import type { Range } from '../src/types.js';

/** `ended.The`: a sentence mark between a lowercase word (or digit, bracket, quote) and a capitalised word. */
const SENTENCE_RE = /([.!?])(?<=[\p{Ll}\p{N})\]”’"'][.!?])(?=\p{Lu}\p{Ll})/gu;
/** `2021]Russia`, `“yes”and`: a closing bracket or quote glued to the next word. */
const CLOSER_RE = /[)\]”](?=\p{L})/gu;
/** `plan(approved in 2021)`: an opening bracket glued to the previous word. */
const OPENER_RE = /[([](?<=\p{L}{2}[([])(?=[^()[\]\n]{0,200}[)\]])/gu;
/** `said“we`: an opening quote glued on both sides. */
const OPEN_QUOTE_RE = /“(?<=\p{L}“)(?=\p{L})/gu;
/** `since 2019The`: a number of two or more digits glued to a capitalised word. */
const NUMBER_RE = /\d(?<!\d\d)\d+(?:[.,]\d+)*(?=\p{Lu}\p{Ll}{2,}(?![\p{L}\p{N}]))/gu;
/** `however,the`: a comma or semicolon between two lowercase words. */
const COMMA_RE = /[,;](?<=\p{Ll}{2}[,;])(?=\p{L}{2})/gu;

/** How far an opening bracket's partner is looked for. */
const CONTENT_MAX = 400;
const UNITS = new Set(['bps', 'kbps', 'mbps', 'gbps', 'tbps', 'hz', 'khz', 'mhz', 'ghz', 'thz', 'kwh', 'mwh', 'gwh', 'twh', 'mah']);
const BRACKET_OPEN: Record<string, string> = { ')': '(', ']': '[' };

export default defineRule({
  id: 'missing-space-after-punctuation',
  meta: {
    description: 'Punctuation glued to the next word: "talks ended.The total", "2021]Russia", "since 2019The", "however,the"',
    category: 'spacing',
    defaultSeverity: 'error',
    fixable: 'safe',
    preset: 'recommended',
    precision: 1,
    messages: {
      sentence: 'No space after "{{mark}}": two sentences are joined.',
      closer: 'No space after "{{mark}}".',
      opener: 'No space before "{{mark}}".',
      number: 'Number "{{number}}" glued to the word "{{word}}".',
      comma: 'No space after "{{mark}}".',
    },
  },
  docs: {
    why: 'When segments are translated one by one and joined again, the space between them is often lost: a sentence runs into the next ("ended.The"), a bracketed source line into the first word ("[Global Times]The"), a year into the next sentence ("2019The"). Converted Chinese commas lose the space that followed them ("Beijing,Shanghai"). Only the clear sentence join is fixed unattended; the other cases are suggestions.',
    valid: [
      'The talks ended. The total was high.',
      'Visit Amazon.com or the U.S.A. today.',
      'She has a Ph.D. in physics.',
      'Version 2.1.0 is out.',
      'It is 3.5 times larger.',
      'Call Console.WriteLine to print.',
      'The item(s) will ship.',
      'He was (re)elected in 2020.',
      'Upgrade to 5G and 100Mbps now.',
      'The 1,000,000th visitor came.',
      'We met at 3:30 p.m. in the hall.',
      'Use f(x) for the function.',
      'Node.js and ASP.NET are frameworks.',
    ],
    invalid: [
      { text: 'the talks ended.The total was high.', output: 'the talks ended. The total was high.' },
      { text: '[Epoch Times, December 23, 2021]Russia is creating a crisis.' },
      { text: 'It has grown since 2019The report says so.' },
      { text: 'They visited Beijing,Shanghai and Shenzhen.' },
      { text: 'The plan(approved in 2021) was delayed.' },
    ],
  },
  check(ctx) {
    const doc = ctx.doc;
    const { prose } = doc;
    const insertSpace = (at: number) => ({ title: 'Insert a space', edits: [{ range: [at, at] as Range, text: ' ' }] });

    SENTENCE_RE.lastIndex = 0;
    for (let m = SENTENCE_RE.exec(prose); m; m = SENTENCE_RE.exec(prose)) {
      const i = m.index;
      if (doc.isMasked(i, i + 2) || doc.isMasked(i - 1, i)) continue;
      const before = tokenBefore(prose, i).replace(/^[(["“‘']+/u, '');
      const after = /^[\p{L}\p{N}_]*/u.exec(prose.slice(i + 1, i + 41))![0];
      const next = prose.slice(i + 1 + after.length, i + 3 + after.length);
      // code and names, not prose: obj.Method(), Foo.Bar.baz, path/File, iPhone.The, NATO.The
      if (/[./@_\\]/.test(before) || /.\p{Lu}/u.test(before)) continue;
      // a list number at the start of a line: "1.Build a community" is a list, not a join
      if (/^\d{1,3}$/.test(before) && /(?:^|\n)[ \t]*$/.test(prose.slice(Math.max(0, i - before.length - 8), i - before.length))) continue;
      if (/\p{Lu}/u.test(after.slice(1)) || /[\p{N}_]/u.test(after) || /^(?:[(\[:/@]|\.[\p{L}\p{N}])/u.test(next)) continue;
      const safe = /^[\p{Ll}\p{N}]+[)\]”’"']?$/u.test(before);
      const fix = insertSpace(i + 1);
      ctx.report({
        range: [i, i + 2],
        messageId: 'sentence',
        data: { mark: m[1] },
        ...(safe ? { fix } : { suggestions: [fix] }),
      });
    }

    let openQuotes: number[] | undefined;
    CLOSER_RE.lastIndex = 0;
    for (let m = CLOSER_RE.exec(prose); m; m = CLOSER_RE.exec(prose)) {
      const i = m.index;
      const mark = m[0];
      const letterEnd = i + 1 + (prose.codePointAt(i + 1)! > 0xffff ? 2 : 1);
      if (doc.isMasked(i, letterEnd)) continue;
      if (mark === '”') {
        if (/^s(?![\p{L}\p{N}])/u.test(prose.slice(i + 1, i + 3))) continue;
        if (!hasOpenerBefore(doc, openQuotes ??= positionsOf(prose, '“'), i)) continue;
      } else {
        const content = bracketContent(doc, prose, i, BRACKET_OPEN[mark]);
        if (content === undefined || content.trim() === '') continue;
        // (re)elected, (s)he, item(s)are: a bracketed word part
        if (!/\s/.test(content) && /\p{Ll}/u.test(prose[i + 1])) continue;
      }
      ctx.report({ range: [i, letterEnd], messageId: 'closer', data: { mark }, suggestions: [insertSpace(i + 1)] });
    }

    OPENER_RE.lastIndex = 0;
    for (let m = OPENER_RE.exec(prose); m; m = OPENER_RE.exec(prose)) {
      const i = m.index;
      if (doc.isMasked(i - 1, i + 1)) continue;
      const close = m[0] === '(' ? ')' : ']';
      const end = prose.slice(i, i + CONTENT_MAX).indexOf(close) + i;
      if (end < i) continue;
      const content = prose.slice(i + 1, end);
      // f(x), item(s), print(a, b), word[1]: not two or more words of prose
      if (!/^\p{L}[\p{L}'’-]*\s+\p{L}/u.test(content) || /[=<>{};]/.test(content)) continue;
      if (/[._]/.test(tokenBefore(prose, i))) continue;
      ctx.report({ range: [i - 1, i + 1], messageId: 'opener', data: { mark: m[0] }, suggestions: [insertSpace(i)] });
    }

    OPEN_QUOTE_RE.lastIndex = 0;
    for (let m = OPEN_QUOTE_RE.exec(prose); m; m = OPEN_QUOTE_RE.exec(prose)) {
      const i = m.index;
      if (doc.isMasked(i - 1, i + 1)) continue;
      ctx.report({ range: [i - 1, i + 1], messageId: 'opener', data: { mark: '“' }, suggestions: [insertSpace(i)] });
    }

    NUMBER_RE.lastIndex = 0;
    for (let m = NUMBER_RE.exec(prose); m; m = NUMBER_RE.exec(prose)) {
      const end = m.index + m[0].length;
      const word = /^\p{L}+/u.exec(prose.slice(end, end + 40))![0];
      if (/[\p{L}\p{N}.,]/u.test(prose[m.index - 1] ?? '') || UNITS.has(word.toLowerCase()) || doc.isMasked(m.index, end + word.length)) continue;
      ctx.report({
        range: [end - 1, end + 1],
        messageId: 'number',
        data: { number: m[0], word },
        suggestions: [insertSpace(end)],
      });
    }

    COMMA_RE.lastIndex = 0;
    for (let m = COMMA_RE.exec(prose); m; m = COMMA_RE.exec(prose)) {
      const i = m.index;
      if (doc.isMasked(i - 2, i + 3)) continue;
      if (/[./@_\\]/.test(tokenBefore(prose, i))) continue;
      ctx.report({ range: [i, i + 2], messageId: 'comma', data: { mark: m[0] }, suggestions: [insertSpace(i + 1)] });
    }
  },
});

/** The whitespace-delimited token that ends at `end`. */
function tokenBefore(prose: string, end: number): string {
  let s = end;
  while (s > 0 && !/\s/.test(prose[s - 1]) && end - s < 80) s--;
  return prose.slice(s, end);
}

/** The text between the closing bracket at `close` and its opener in the same paragraph, if any. */
function bracketContent(doc: Document, prose: string, close: number, opener: string): string | undefined {
  const para = doc.paragraphAt(close);
  const floor = para ? para.start : Math.max(0, close - 300);
  const closer = prose[close];
  let depth = 0;
  for (let j = close - 1; j >= floor && close - j < 300; j--) {
    if (prose[j] === closer) depth++;
    else if (prose[j] === opener) {
      if (depth === 0) return prose.slice(j + 1, close);
      depth--;
    }
  }
  return undefined;
}

/** Offsets of a character in the text. */
function positionsOf(prose: string, char: string): number[] {
  const out: number[] = [];
  for (let i = prose.indexOf(char); i >= 0; i = prose.indexOf(char, i + 1)) out.push(i);
  return out;
}

/** Whether one of the (sorted) opening quote offsets lies before `at` in its paragraph. */
function hasOpenerBefore(doc: Document, openers: number[], at: number): boolean {
  const para = doc.paragraphAt(at);
  const from = para ? para.start : 0;
  let lo = 0;
  let hi = openers.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (openers[mid] <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && openers[lo - 1] >= from;
}
