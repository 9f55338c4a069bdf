import { defineRule } from '../src/engine/define-rule.js';

/** Two or three spaces between two visible characters on one line; longer runs are layout. */
const RE = /(?<=\S)( {2,3})(?=\S)/g;
const GAP_RE = /\S {2,}(?=\S)/g;
const AFTER_SENTENCE = /[.!?:]["'”’)\]]*$/;

export default defineRule<{ allowAfterSentence: boolean }>({
  id: 'multiple-spaces',
  meta: {
    description: 'Two or three spaces between words, as in "the  ministry"',
    category: 'spacing',
    defaultSeverity: 'warning',
    fixable: 'safe',
    preset: 'recommended',
    messages: { spaces: '{{count}} spaces where one belongs.' },
    options: { allowAfterSentence: true },
  },
  docs: {
    why: 'A doubled space is left where a word or a tag was dropped, or where two segments were joined. Two spaces after a sentence are a typing habit and are allowed unless "allowAfterSentence" is false. Lines with several wide gaps, or a gap lined up with one on the next or previous line, are tables; indented lines and runs of four or more spaces are layout; HTML is skipped, since browsers collapse its spaces.',
    valid: [
      'The ministry said so.',
      'It ended.  Then another began.',
      'Name    Age\nAlice   30',
      'Total:        45',
      'He said "Stop."  Then he left.',
    ],
    invalid: [
      { text: 'the  ministry said', output: 'the ministry said' },
      { text: 'rose 5%,   the most', output: 'rose 5%, the most' },
    ],
  },
  check(ctx) {
    if (ctx.doc.syntax === 'html') return;
    const { prose } = ctx.doc;
    const lines = ctx.doc.lines();
    /** Columns where a word starts after a wide gap, for spotting table columns. */
    const columns = (i: number): number[] => {
      const range = lines[i];
      if (!range) return [];
      const line = prose.slice(range[0], range[1]);
      return [...line.matchAll(GAP_RE)].map((g) => (g.index ?? 0) + g[0].length);
    };
    // only lines with two spaces in a row: found by searching the prose, line by line in order
    for (let at = prose.indexOf('  '), i = 0; at >= 0; ) {
      while (lines[i][1] < at) i++;
      const [lineStart, lineEnd] = lines[i];
      at = prose.indexOf('  ', lineEnd);
      const line = prose.slice(lineStart, lineEnd);
      // indented lines (code, verse, addresses) keep their layout
      if (/^(?: {4}|\t)/.test(line)) continue;
      const own = columns(i);
      if (own.length > 1) continue;
      const aligned = new Set([...columns(i - 1), ...columns(i + 1)]);
      if (own.some((c) => aligned.has(c))) continue;
      RE.lastIndex = 0;
      for (let m = RE.exec(line); m; m = RE.exec(line)) {
        const start = lineStart + m.index;
        const end = start + m[0].length;
        if (ctx.options.allowAfterSentence && m[0].length === 2 && AFTER_SENTENCE.test(line.slice(0, m.index))) continue;
        if (ctx.doc.isMasked(start - 1, end + 1)) continue;
        ctx.report({
          range: [start, end],
          messageId: 'spaces',
          data: { count: m[0].length === 2 ? 'Two' : 'Three' },
          fix: { title: 'Use one space', edits: [{ range: [start, end], text: ' ' }] },
        });
      }
    }
  },
});
