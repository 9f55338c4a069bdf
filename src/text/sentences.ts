import type { Range } from '../types.js';

/** Words that start a new sentence after an initialism such as `U.S.` */
const SENTENCE_STARTERS = new Set([
  'The', 'A', 'An', 'It', 'He', 'She', 'They', 'We', 'I', 'This', 'That', 'These', 'Those', 'But', 'And',
  'In', 'On', 'At', 'For', 'As', 'If', 'When', 'However', 'There', 'Its', 'His', 'Her', 'Their', 'Our',
]);

const TERMINATOR_RE = /[.!?。！？]+(?:["'”’»)\]]+)?(?=\s|$)/g;

/** Splits one paragraph `[start, end)` of `prose` into trimmed sentence ranges. */
export function splitSentences(prose: string, start: number, end: number, isMasked: (start: number, end: number) => boolean): Range[] {
  const out: Range[] = [];
  let sentenceStart = start;
  const para = prose.slice(start, end);
  TERMINATOR_RE.lastIndex = 0;
  for (let m = TERMINATOR_RE.exec(para); m; m = TERMINATOR_RE.exec(para)) {
    const termStart = start + m.index;
    const termEnd = termStart + m[0].length;
    if (prose[termStart] === '.' && isMasked(termStart, termStart + 1)) {
      if (!startsNewSentenceAfterInitialism(prose, termStart, termEnd, end)) continue;
    }
    pushTrimmed(prose, sentenceStart, termEnd, out);
    sentenceStart = termEnd;
  }
  pushTrimmed(prose, sentenceStart, end, out);
  return out;
}

function startsNewSentenceAfterInitialism(prose: string, termStart: number, termEnd: number, end: number): boolean {
  // "in the U.S. The next day": an initialism that ends the sentence
  if (!/(?:[A-Z]\.){2,}$/.test(prose.slice(Math.max(0, termStart - 8), termStart + 1))) return false;
  const next = /^\s+([A-Z][a-z]*)/.exec(prose.slice(termEnd, Math.min(end, termEnd + 20)));
  return next !== null && SENTENCE_STARTERS.has(next[1]);
}

function pushTrimmed(prose: string, s: number, e: number, out: Range[]): void {
  while (s < e && /\s/.test(prose[s])) s++;
  while (e > s && /\s/.test(prose[e - 1])) e--;
  if (e > s) out.push([s, e]);
}
