import { defineRule } from '../src/engine/define-rule.js';

/** Words a finished English paragraph cannot end in, stop or no stop. */
const NEVER_LAST = new Set(['the', 'a', 'an', 'and', 'or', 'its', 'their', 'our', 'your', 'my', 'very', 'whose', 'nor']);
/** Words that end a paragraph without a closing stop only when the output was cut. */
const LAST_WITHOUT_STOP = new Set([...NEVER_LAST, 'of', 'to', 'with', 'for', 'from', 'which', 'than', 'into', 'onto', 'but', 'at', 'that']);


export default defineRule({
  id: 'truncated-ending',
  meta: {
    description: 'A paragraph that ends in a word no finished sentence ends in ("the", "of", "and"): output cut off at a length limit',
    category: 'fragment',
    defaultSeverity: 'warning',
    fixable: 'none',
    preset: 'all',
    options: { minWords: 9 },
    messages: {
      truncated: 'The paragraph ends in "{{word}}": the translation looks cut off; restore the end of the sentence.',
    },
  },
  docs: {
    why: 'Translation systems stop at a length limit and leave a paragraph ending in an article, a preposition or a conjunction. Prepositions that legitimately end a sentence ("what it is made of.") are only reported when the closing stop is missing too; headings, list items and short lines are not reported.',
    valid: [
      'The ministry said that the plan would be delayed until next year.',
      'Nobody knows exactly what the new material is really made of.',
      'This is the world we live in and the one we fight for.',
      'Log in',
      '- a list item that ends with the word of',
    ],
    invalid: [
      { text: 'The ministry said on Tuesday that the plan for the new airport would be the' },
      { text: 'After the meeting, officials from both countries agreed to expand trade in the.' },
      { text: 'The report covers the situation in the eastern half of the country and the state of' },
    ],
  },
  check(ctx) {
    const { doc } = ctx;
    const minWords = Number((ctx.options as { minWords?: number }).minWords ?? 9);
    for (const p of doc.paragraphs()) {
      if (p.kind !== 'paragraph' && p.kind !== 'blockquote') continue;
      const lineStart = doc.prose.lastIndexOf('\n', p.end - 1) + 1;
      const start = Math.max(p.start, lineStart);
      const last = lastWord(doc.prose, start, p.end);
      if (!last) continue;
      const word = doc.prose.slice(last.start, last.end).toLowerCase();
      if (!(last.stop ? NEVER_LAST : LAST_WITHOUT_STOP).has(word)) continue;
      if (/^\s*(?:[-*•]|\d{1,3}[.)])\s/.test(doc.prose.slice(start, start + 6))) continue;
      if (doc.wordCountIn(start, p.end) < minWords) continue;
      ctx.report({ range: [last.start, last.end], messageId: 'truncated', data: { word: doc.prose.slice(last.start, last.end) } });
    }
  },
});

/** The last word of `[start, end)`, read backwards past closing quotes and one end mark. */
function lastWord(prose: string, start: number, end: number): { start: number; end: number; stop: boolean } | undefined {
  let i = end;
  while (i > start && /["”’)]/.test(prose[i - 1])) i--;
  const stop = i > start && /[.!?]/.test(prose[i - 1]);
  if (stop) i--;
  const wordEnd = i;
  while (i > start && /\p{L}/u.test(prose[i - 1])) i--;
  if (i === wordEnd || (i > start && /[\p{N}'’-]/u.test(prose[i - 1]))) return undefined;
  return { start: i, end: wordEnd, stop };
}
