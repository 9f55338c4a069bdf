import { defineRule } from '../src/engine/define-rule.js';
import { matchAll } from '../src/text/matches.js';

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

interface Lexicon {
  language: string;
  strong: Set<string>;
  weak: Set<string>;
}
const LEXICONS: Lexicon[] = Object.entries(LANGUAGES).map(([language, w]) => ({
  language,
  strong: new Set(w.strong.split(' ')),
  weak: new Set(w.weak.split(' ')),
}));

/** Function words are short: longer tokens are never looked up. */
const FUNCTION_WORD_SHAPE = /^\p{L}[\p{L}'’]{0,9}$/u;
const CYRILLIC_RE = /\p{Script=Cyrillic}+(?:[\s\u00A0-]+\p{Script=Cyrillic}+)*/gu;
const LATIN_RE = /\p{Script=Latin}/u;
const OPENING_QUOTES = '“„«‹「『';
const CLOSING_QUOTES = '”»›」』';

/** Whether `offset` lies inside a quotation that opened earlier in its paragraph. */
function insideQuotes(prose: string, paraStart: number, offset: number): boolean {
  let straight = 0;
  let nearest = '';
  for (let i = offset - 1; i >= paraStart; i--) {
    const c = prose[i];
    if (c === '"') straight++;
    else if (!nearest && (OPENING_QUOTES.includes(c) || CLOSING_QUOTES.includes(c))) nearest = c;
  }
  return (nearest !== '' && OPENING_QUOTES.includes(nearest)) || straight % 2 === 1;
}

const isCapitalised = (w: string): boolean => /^\p{Lu}/u.test(w);

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
    for (const para of doc.paragraphs()) {
      const words = doc.wordsIn(para.start, para.end);
      const lower = words.map((w) => (FUNCTION_WORD_SHAPE.test(w.text) ? w.text.toLowerCase().replace(/’/g, "'") : ''));
      for (const lex of LEXICONS) {
        for (let i = 0; i < words.length; ) {
          let j = i;
          let strong = 0;
          while (j < words.length) {
            const isStrong = lex.strong.has(lower[j]);
            if (!isStrong && !lex.weak.has(lower[j])) break;
            if (j > i && !/^[\s\u00A0]+$/.test(prose.slice(words[j - 1].end, words[j].start))) break;
            if (isStrong) strong++;
            j++;
          }
          if (j - i >= 2 && strong >= 2) {
            const run = words.slice(i, j);
            const before = words[i - 1];
            const after = words[j];
            const sentenceStart = !before || /[.!?:]\s*$/.test(prose.slice(before.end, run[0].start));
            const nameBefore = before && isCapitalised(before.text) && !/[.!?:,;]/.test(prose.slice(before.end, run[0].start));
            const nameAfter = after && isCapitalised(after.text) && /^[\s\u00A0]+$/.test(prose.slice(run[run.length - 1].end, after.start));
            const title = run.every((w) => isCapitalised(w.text)) && !sentenceStart;
            if (!nameBefore && !nameAfter && !title && !insideQuotes(prose, para.start, run[0].start)) {
              const start = run[0].start;
              const end = run[run.length - 1].end;
              ctx.report({ range: [start, end], messageId: 'stopwords', data: { language: lex.language, found: prose.slice(start, end) } });
            }
          }
          i = Math.max(j, i + 1);
        }
      }
    }
    for (const { m, start, end } of matchAll(CYRILLIC_RE, prose)) {
      if (LATIN_RE.test(prose[start - 1] ?? '') || LATIN_RE.test(prose[end] ?? '')) {
        ctx.report({ range: [start, end], messageId: 'homoglyph', data: { found: m[0] } });
        continue;
      }
      // a gloss: "Siberia (Сибирь)", or a quotation
      if (prose[start - 1] === '(' && prose[end] === ')') continue;
      const para = doc.paragraphAt(start);
      if (insideQuotes(prose, para?.start ?? 0, start)) continue;
      ctx.report({ range: [start, end], messageId: 'cyrillic', data: { found: m[0] } });
    }
  },
});
