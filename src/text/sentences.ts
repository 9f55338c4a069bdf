import type { Range } from '../types.js';
import { isSpaceUnit } from './words.js';

/** Words that start a new sentence after an initialism such as `U.S.` */
const SENTENCE_STARTERS = new Set([
  'The', 'A', 'An', 'It', 'He', 'She', 'They', 'We', 'I', 'This', 'That', 'These', 'Those', 'But', 'And',
  'In', 'On', 'At', 'For', 'As', 'If', 'When', 'However', 'There', 'Its', 'His', 'Her', 'Their', 'Our',
]);

const TERMINATOR_RE = /[.!?。！？]+(?:["'”’»)\]]+)?(?=\s|$)/g;
/** One of `. ! ? 。 ！ ？`, the terminators of TERMINATOR_RE. */
const isTerminator = (c: number): boolean => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3002 || c === 0xff01 || c === 0xff1f;
/** One of `" ' ” ’ » ) ]`, the closers of TERMINATOR_RE. */
const isCloser = (c: number): boolean => c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x29 || c === 0x5d;

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

/**
 * Splits paragraph after paragraph of one prose, as `splitSentences` does, with one forward
 * regex scan over the prose when the paragraphs come in order (no slice per paragraph, no array
 * per sentence). A paragraph whose end is not followed by white space (a format's block) is split
 * as `splitSentences` splits it.
 */
export class SentenceSplitter {
  private readonly re = new RegExp(TERMINATOR_RE.source, 'g');
  /** The first terminator match at or after the last search's start: its start and end, or -1 (none left). */
  private next = -1;
  private nextEnd = -1;
  /** Where the last search started (the match above is the first one from there). */
  private searched = -1;

  constructor(
    private readonly prose: string,
    private readonly units: Uint16Array,
    private readonly isMasked: (start: number, end: number) => boolean,
  ) {}

  /** Calls `emit(start, end)` for each trimmed sentence of the paragraph `[start, end)`. */
  split(start: number, end: number, emit: (start: number, end: number) => void): void {
    const { prose, units } = this;
    if (!(end > start && (end === prose.length || isSpaceUnit(units[end])))) {
      for (const [s, e] of splitSentences(prose, start, end, this.isMasked)) emit(s, e);
      return;
    }
    // with white space after the paragraph, no terminator runs past its end and "(?=\s|$)" reads alike
    let sentenceStart = start;
    let from = start;
    for (;;) {
      const termStart = this.matchFrom(from);
      if (termStart < 0 || termStart >= end) break;
      const termEnd = this.nextEnd;
      from = termEnd;
      if (units[termStart] === 0x2e && this.isMasked(termStart, termStart + 1)) {
        if (!startsNewSentenceAfterInitialism(prose, termStart, termEnd, end)) continue;
      }
      this.emitTrimmed(sentenceStart, termEnd, emit);
      sentenceStart = termEnd;
    }
    this.emitTrimmed(sentenceStart, end, emit);
  }

  /** Start of the first terminator match at or after `from` (its end in `nextEnd`), or -1. */
  private matchFrom(from: number): number {
    // the match found from an earlier start is the first one from here too, when it lies at or after here
    if (this.searched >= 0 && this.searched <= from && (this.next < 0 || this.next >= from)) return this.next;
    this.searched = from;
    this.re.lastIndex = from;
    if (!this.re.test(this.prose)) return (this.next = this.nextEnd = -1);
    // no match object: the match is the run of terminators (from `from` on) and closers that ends here
    const units = this.units;
    const end = this.re.lastIndex;
    let start = end;
    while (start > from && isCloser(units[start - 1])) start--;
    while (start > from && isTerminator(units[start - 1])) start--;
    this.nextEnd = end;
    return (this.next = start);
  }

  private emitTrimmed(s: number, e: number, emit: (start: number, end: number) => void): void {
    const units = this.units;
    while (s < e && isSpaceUnit(units[s])) s++;
    while (e > s && isSpaceUnit(units[e - 1])) e--;
    if (e > s) emit(s, e);
  }
}
