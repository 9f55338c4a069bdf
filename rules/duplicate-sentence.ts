import { defineRule } from '../src/engine/define-rule.js';
import type { Document } from '../src/text/document.js';
import { firstWordStartingAt } from '../src/text/words.js';

const MIN_WORDS = 6;
const NEAR = 0.9;
const WORD_RE = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;
const QUOTED_RE = /^(["'`]).*\1$/s;
const ENDED_RE = /[.!?。！？]["'”’»)\]]*$/;

export default defineRule({
  id: 'duplicate-sentence',
  meta: {
    description: 'A sentence that repeats the sentence right before it, word for word or nearly',
    category: 'repetition',
    defaultSeverity: 'error',
    fixable: 'suggest',
    preset: 'recommended',
    options: { minWords: MIN_WORDS, similarity: NEAR },
    messages: {
      identical: 'This sentence repeats the one before it.',
      near: 'This sentence nearly repeats the one before it ({{similarity}}% of its words are shared).',
    },
  },
  docs: {
    why: 'A decoder loop or a bad join of segments can emit the same sentence twice. The copy is compared after folding case and punctuation; short sentences ("Thank you.") and headlines repeated as a lead are left alone.',
    valid: [
      'Thank you. Thank you.',
      'The meeting was held in Beijing. The talks were held in Shanghai.',
      'Prices rose in May.\n\nPrices rose in May.',
      "'This string will not include any backslashes.'\n'This string will not include any backslashes.'",
    ],
    invalid: [
      { text: 'The meeting was held in Beijing on Monday. The meeting was held in Beijing on Monday.' },
      { text: 'The ministry said on Monday that the new plan would start early next year. The ministry said on Monday that the new plan would start next year.' },
    ],
  },
  check(ctx) {
    const { doc } = ctx;
    const { prose } = doc;
    const minWords = Number(ctx.options.minWords ?? MIN_WORDS);
    const near = Number(ctx.options.similarity ?? NEAR);
    const sentences = doc.sentences();
    const blocks = doc.paragraphs();
    // read the file text: inline code is one placeholder character in the prose view
    const keyOf = (s: { start: number; end: number }): string[] => {
      const [fileStart, fileEnd] = doc.map.range([s.start, s.end]);
      return (doc.text.slice(fileStart, fileEnd).match(WORD_RE) ?? []).map((w) => w.toLowerCase().replace(/’/g, "'"));
    };
    const signatures = new WordSignatures(doc);
    let prevKey: string[] | undefined;
    for (let k = 1; k < sentences.length; k++) {
      const s = sentences[k];
      const prev = sentences[k - 1];
      // sentences of very different lengths cannot be near-copies: skip before splitting them into words
      const a = s.end - s.start;
      const b = prev.end - prev.start;
      if (Math.min(a, b) / Math.max(a, b) < 0.5 || signatures.fewerWords(k, minWords) || signatures.fewerWords(k - 1, minWords) || !signatures.mayBeNear(k - 1, k, near)) {
        prevKey = undefined;
        continue;
      }
      // nor can sentences whose letters differ much
      const hist = letterCounts(prose, s.start, s.end);
      const prevHist = letterCounts(prose, prev.start, prev.end);
      let diff = 0;
      let total = 0;
      for (let c = 0; c < 27; c++) {
        diff += Math.abs(hist[c] - prevHist[c]);
        total += hist[c] + prevHist[c];
      }
      if (total > 0 && diff / total > 0.35) {
        prevKey = undefined;
        continue;
      }
      const key = keyOf(s);
      const prevWords = prevKey ?? keyOf(prev);
      prevKey = key;
      if (key.length < minWords || prevWords.length < minWords) continue;
      // word sets this different in size cannot reach the similarity: skip before building them
      if (Math.min(key.length, prevWords.length) / Math.max(key.length, prevWords.length) < near * 0.8) continue;
      // a string shown again in an example: >>> 'text.' 'text.'
      if (QUOTED_RE.test(prose.slice(s.start, s.end))) continue;
      // across paragraphs only body sentences count: a headline repeated as the lead is boilerplate
      if (prev.paragraph !== s.paragraph && !(ENDED_RE.test(prose.slice(prev.start, prev.end)) && ENDED_RE.test(prose.slice(s.start, s.end)))) continue;
      const identical = key.length === prevWords.length && key.every((w, i) => w === prevWords[i]);
      let similarity = 1;
      if (!identical) {
        const a = new Set(prevWords);
        const b = new Set(key);
        let shared = 0;
        for (const w of b) if (a.has(w)) shared++;
        similarity = shared / (a.size + b.size - shared);
        // list items and table cells are parallel by design: only exact copies count there
        const parallel = prev.paragraph !== s.paragraph && [prev, s].some((x) => blocks[x.paragraph]?.kind !== 'paragraph');
        if (similarity < near || parallel) continue;
      }
      ctx.report({
        range: [s.start, s.end],
        messageId: identical ? 'identical' : 'near',
        data: { similarity: Math.round(similarity * 100) },
        suggestions: [{ title: 'Remove the repeated sentence', edits: [{ range: [prev.end, s.end], text: '' }] }],
      });
    }
  },
});

/** Counts of a-z (case folded) and of all other characters in `[start, end)`. */
function letterCounts(text: string, start: number, end: number): Uint32Array {
  const counts = new Uint32Array(27);
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i) | 32;
    counts[c >= 97 && c <= 122 ? c - 97 : 26]++;
  }
  return counts;
}

/**
 * A 128-bit set of the hashed words of each sentence, to rule out most pairs without building
 * their word lists: every bit set in one signature and not in the other comes from a word the
 * other sentence lacks, so more such bits than `(1 - near)` of the two word counts means the
 * similarity cannot reach `near`. Only sentences whose file text is their prose text are
 * signed (the word lists are read from the file text); the others always pass.
 */
class WordSignatures {
  private readonly bits: Int32Array;
  private readonly counts: Int32Array;

  constructor(doc: Document) {
    const sentences = doc.sentences();
    const { starts } = doc.wordIndex();
    const hashes = doc.wordHashes();
    const same = doc.text === doc.prose;
    this.bits = new Int32Array(sentences.length * 4);
    this.counts = new Int32Array(sentences.length).fill(-1);
    let w = firstWordStartingAt(doc.wordIndex(), 0);
    for (let k = 0; k < sentences.length; k++) {
      const { start, end } = sentences[k];
      if (!same) {
        const [fileStart, fileEnd] = doc.map.range([start, end]);
        if (fileEnd - fileStart !== end - start || !doc.text.startsWith(doc.prose.slice(start, end), fileStart)) continue;
      }
      while (w < hashes.length && starts[w] < start) w++;
      let count = 0;
      for (; w < hashes.length && starts[w] < end; w++, count++) {
        const bit = hashes[w] >>> 25;
        this.bits[k * 4 + (bit >>> 5)] |= 1 << (bit & 31);
      }
      this.counts[k] = count;
    }
  }

  /** Whether sentence `i` surely has fewer than `n` words (one word of slack, as in `mayBeNear`). */
  fewerWords(i: number, n: number): boolean {
    return this.counts[i] >= 0 && this.counts[i] + 1 < n;
  }

  /** Whether sentences `i` and `j` may share `near` of their words (false: they surely do not). */
  mayBeNear(i: number, j: number, near: number): boolean {
    if (this.counts[i] < 0 || this.counts[j] < 0) return true;
    let differing = 0;
    for (let q = 0; q < 4; q++) differing += popcount(this.bits[i * 4 + q] ^ this.bits[j * 4 + q]);
    // (plus two: a word cut by a sentence edge may be read differently from the file text)
    return differing <= (1 - near) * (this.counts[i] + this.counts[j]) + 2;
  }
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}
