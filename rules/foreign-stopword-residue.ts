import { defineRule } from '../src/engine/define-rule.js';
import { firstAtOrAfter } from '../src/text/search.js';
import { matchAll } from '../src/text/matches.js';
import { firstWordEndingAfter, firstWordStartingAt } from '../src/text/words.js';

/**
 * Function words by language. `strong` words are not English words; `weak` ones are also
 * English words or common name particles (die, was, pour, Las, de) and only count beside strong ones.
 */
const LANGUAGES: Record<string, { strong: string; weak: string }> = {
  German: {
    strong: 'und der das nicht ist sie ich wir mit von zu auf für ein eine einen einem einer des im sind wird werden auch noch nur wie oder aber sich bei nach aus über dass wenn kein keine zum zur vom ihr ihre sehr schon haben wurde kann mehr',
    weak: 'die was war am an in so also will man hat den bald es er um',
  },
  French: {
    strong: 'les et est avec une dans qui sont nous vous ils elle cette ces du aux mais très été être avoir ses leur lui c\'est n\'est qu\'il d\'un d\'une l\'on j\'ai',
    weak: 'des pour sur pas que ne le la un de au sa son je il ou en',
  },
  Spanish: {
    strong: 'los las una por está muy pero sus más también porque cuando hay fue este esta ese esa',
    weak: 'para con del el la que es son como su sin lo al se un de y ser',
  },
  Italian: {
    strong: 'della degli delle che sono gli nel nella dei alla anche più questo questa',
    weak: 'il non per con una del come',
  },
  Portuguese: {
    strong: 'não são uma dos pelo pela mais está também',
    weak: 'com para os as do da das em que por mas',
  },
};

/**
 * Each function word's lexicon bits: bit 2k marks a strong word of `LEXICONS[k]`, bit 2k+1 a weak
 * one. Keys are lower case with `'` for `’`.
 */
const LEXICONS = Object.keys(LANGUAGES);
const WORD_BITS = new Map<string, number>();
LEXICONS.forEach((language, k) => {
  const { strong, weak } = LANGUAGES[language];
  for (const w of strong.split(' ')) WORD_BITS.set(w, (WORD_BITS.get(w) ?? 0) | (1 << (2 * k)));
  for (const w of weak.split(' ')) WORD_BITS.set(w, (WORD_BITS.get(w) ?? 0) | (2 << (2 * k)));
});
/** No function word is longer than this (in UTF-16 units): longer tokens are never looked up. */
const LONGEST = Math.max(...[...WORD_BITS.keys()].map((w) => w.length));
const CURLY_APOSTROPHE_RE = /’/g;
/** A hash filter of the ASCII function words: most ASCII words miss it and are never sliced or lower-cased. */
const FILTER_MASK = (1 << 12) - 1;
const FILTER = new Uint8Array(FILTER_MASK + 1);
for (const w of WORD_BITS.keys()) {
  const h = asciiHash(w, 0, w.length);
  if (h >= 0) FILTER[h] = 1;
}

/** A hash of `[start, end)` in lower case, or -1 when it holds a non-ASCII character. */
function asciiHash(text: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 128) return -1;
    if (c >= 65 && c <= 90) c |= 32;
    h = (Math.imul(h, 31) + c) | 0;
  }
  return h & FILTER_MASK;
}

/** Lexicon bits of the word `[start, end)`: 0 unless it is a function word of some language. */
function wordBits(prose: string, start: number, end: number): number {
  if (end - start > LONGEST) return 0;
  const h = asciiHash(prose, start, end);
  if (h >= 0 && FILTER[h] === 0) return 0;
  const key = prose.slice(start, end).toLowerCase();
  // tokens hold letters, digits, apostrophes and hyphens: a key with a digit or hyphen is never found
  return WORD_BITS.get(key.includes('’') ? key.replace(CURLY_APOSTROPHE_RE, "'") : key) ?? 0;
}

const CYRILLIC_RE = /\p{Script=Cyrillic}+(?:[\s\u00A0-]+\p{Script=Cyrillic}+)*/gu;
const LATIN_RE = /\p{Script=Latin}/u;
const OPENING_QUOTES = '“„«‹「『';
const CLOSING_QUOTES = '”»›」』';
const QUOTE_RE = /["“„«‹「『”»›」』]/g;

/**
 * Whether an offset lies inside a quotation that opened earlier in its paragraph: an odd number of
 * straight quotes before it, or a nearest curly quote that opens. The quotes of the whole prose are
 * listed once, so that each question is two binary searches, not a scan back to the paragraph's start.
 */
class QuoteIndex {
  private readonly straight: number[] = [];
  private readonly curly: number[] = [];

  constructor(private readonly prose: string) {
    for (const m of prose.matchAll(QUOTE_RE)) (m[0] === '"' ? this.straight : this.curly).push(m.index);
  }

  inside(paraStart: number, offset: number): boolean {
    const straight = firstAtOrAfter(this.straight, offset) - firstAtOrAfter(this.straight, paraStart);
    const k = firstAtOrAfter(this.curly, offset) - 1;
    const nearest = k >= 0 && this.curly[k] >= paraStart ? this.prose[this.curly[k]] : '';
    return (nearest !== '' && OPENING_QUOTES.includes(nearest)) || straight % 2 === 1;
  }
}

/** Whether `[start, end)` is a non-empty run of whitespace. */
function allSpace(prose: string, start: number, end: number): boolean {
  if (end <= start) return false;
  for (let i = start; i < end; i++) {
    const c = prose.charCodeAt(i);
    if (c !== 32 && !(c >= 9 && c <= 13) && !SPACE_RE.test(prose[i])) return false;
  }
  return true;
}
const SPACE_RE = /\s/;

const isCapitalised = (prose: string, offset: number): boolean => CAPITAL_RE.test(prose.slice(offset, offset + 2));
const CAPITAL_RE = /^\p{Lu}/u;

export default defineRule({
  id: 'foreign-stopword-residue',
  meta: {
    description: 'Function words of the source language, or Cyrillic words, left in English, as in "the plan und der die Regierung"',
    category: 'untranslated',
    defaultSeverity: 'warning',
    fixable: 'none',
    preset: 'all',
    messages: {
      stopwords: 'Untranslated {{language}} words "{{found}}".',
      cyrillic: 'Untranslated Cyrillic text "{{found}}".',
      homoglyph: 'Cyrillic letters "{{found}}" inside a Latin word: they look the same but are different characters.',
    },
  },
  docs: {
    why: 'When a translation system gives up on a stretch of text it copies the source through. The clearest sign in English is a run of the source language\'s function words ("und der", "les et", "que los"), or Cyrillic script. Names and titles (Der Spiegel, Las Vegas, de la Cruz), quotations and glosses in parentheses after a name are left alone.',
    valid: [
      'She reads Der Spiegel and Le Monde.',
      'They moved from Los Angeles to Las Vegas.',
      'The painter Juan de la Cruz arrived.',
      'It was the crème de la crème of society.',
      'The Russian name for China (Китай) comes from the Khitan people.',
      'He shouted “und der Staat ist nicht tot” at the crowd.',
      'Prices die down in winter, and it was so.',
    ],
    invalid: [
      { text: 'The talks failed und der die government resigned.' },
      { text: 'The minister said that les et the rest would follow.' },
      { text: 'The report was published by Минобороны on Monday.' },
    ],
  },
  check(ctx) {
    const { doc } = ctx;
    const { prose } = doc;
    const index = doc.wordIndex();
    const { starts, ends } = index;
    const bits = new Uint16Array(index.count);
    for (let i = 0; i < index.count; i++) bits[i] = wordBits(prose, starts[i], ends[i]);
    let quotes: QuoteIndex | undefined;
    const inQuotes = (paraStart: number, offset: number): boolean => (quotes ??= new QuoteIndex(prose)).inside(paraStart, offset);
    for (const para of doc.paragraphs()) {
      const first = firstWordEndingAfter(index, para.start);
      const last = firstWordStartingAt(index, para.end);
      let present = 0;
      for (let i = first; i < last; i++) present |= bits[i];
      LEXICONS.forEach((language, k) => {
        const strongBit = 1 << (2 * k);
        const anyBit = strongBit | (strongBit << 1);
        if (!(present & strongBit)) return;
        // maximal runs of this language's function words joined by whitespace
        for (let i = first; i < last; ) {
          let j = i;
          let strong = 0;
          while (j < last && bits[j] & anyBit && (j === i || allSpace(prose, ends[j - 1], starts[j]))) {
            if (bits[j] & strongBit) strong++;
            j++;
          }
          if (j - i >= 2 && strong >= 2) {
            const start = starts[i];
            const end = ends[j - 1];
            const before = i > first ? i - 1 : -1;
            const after = j < last ? j : -1;
            const sentenceStart = before < 0 || /[.!?:]\s*$/.test(prose.slice(ends[before], start));
            const nameBefore = before >= 0 && isCapitalised(prose, starts[before]) && !/[.!?:,;]/.test(prose.slice(ends[before], start));
            const nameAfter = after >= 0 && isCapitalised(prose, starts[after]) && allSpace(prose, end, starts[after]);
            let title = !sentenceStart;
            for (let w = i; title && w < j; w++) title = isCapitalised(prose, starts[w]);
            if (!nameBefore && !nameAfter && !title && !inQuotes(para.start, start)) {
              ctx.report({ range: [start, end], messageId: 'stopwords', data: { language, found: prose.slice(start, end) } });
            }
          }
          i = Math.max(j, i + 1);
        }
      });
    }
    for (const { m, start, end } of matchAll(CYRILLIC_RE, prose)) {
      if (LATIN_RE.test(prose[start - 1] ?? '') || LATIN_RE.test(prose[end] ?? '')) {
        ctx.report({ range: [start, end], messageId: 'homoglyph', data: { found: m[0] } });
        continue;
      }
      // a gloss: "Siberia (Сибирь)", or a quotation
      if (prose[start - 1] === '(' && prose[end] === ')') continue;
      const para = doc.paragraphAt(start);
      if (inQuotes(para?.start ?? 0, start)) continue;
      ctx.report({ range: [start, end], messageId: 'cyrillic', data: { found: m[0] } });
    }
  },
});
