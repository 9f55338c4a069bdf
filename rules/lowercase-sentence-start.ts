import { defineRule } from '../src/engine/define-rule.js';
import type { Range } from '../src/types.js';

/** Abbreviations (units, references) that the shared masks may not know and that a lowercase word follows. */
const ABBREVIATIONS = new Set([
  'ft', 'in', 'lb', 'lbs', 'oz', 'mi', 'yd', 'min', 'max', 'incl', 'esp', 'approx', 'resp', 'ibid', 'cf', 'vs', 'sq',
  'hr', 'hrs', 'yr', 'yrs', 'mo', 'mos', 'wk', 'pt', 'pts', 'tsp', 'tbsp', 'govt', 'dept', 'misc', 'ref', 'refs', 'vol',
  'no', 'nos', 'op', 'cit', 'al', 'ca', 'c', 'ed', 'eds', 'trans', 'sec', 'secs', 'etc', 'viz', 'fl', 'pp', 'p', 'av',
  'est', 'jr', 'sr', 'st', 'mt', 'co', 'corp', 'inc', 'ltd', 'bros', 'dist', 'div', 'gal', 'qt', 'temp', 'ver',
]);
/** Words after which a comma, not a full stop, was probably meant. */
const CONJUNCTIONS = new Set(['and', 'but', 'or', 'so', 'which', 'while', 'whereas', 'because', 'then', 'as', 'who', 'where', 'when', 'thus']);

const RE = /([.!?])([ \t\u00A0]*(?:\r?\n[ \t\u00A0]*)?)(\p{Ll}[\p{L}\p{M}'’-]*)/gu;

export default defineRule({
  id: 'lowercase-sentence-start',
  meta: {
    description: 'A sentence that starts with a lowercase letter right after a full stop, as in "The price rose. and the ministry said"',
    category: 'fragment',
    defaultSeverity: 'warning',
    fixable: 'suggest',
    preset: 'all',
    precision: 0.89,
    messages: {
      lowercase: 'Sentence starts lowercase after "{{mark}}": capitalise "{{word}}".',
      conjunction: 'Sentence starts lowercase with "{{word}}" after a full stop: the stop should probably be a comma, or capitalise "{{word}}".',
    },
  },
  docs: {
    why: 'When segments are re-joined, or a comma in the source becomes a full stop, the next clause starts lowercase. Brand names with an inner capital (iPhone, eBay, mRNA, pH), abbreviations (e.g., etc., ft.), ellipses, decimals and dialogue tags after a quotation are left alone.',
    valid: [
      'The price rose. And the ministry said so.',
      'Prices rose, e.g. in May and June.',
      'Apple sold the phone. iPhone sales grew.',
      'The robots are 12 ft. long and move slowly.',
      'Wait . . . what happened?',
      '"Why?" he asked.',
      'It costs 3.5 dollars.',
      'See example.com/page for details.',
      'Books, pens, etc. are on sale.',
    ],
    invalid: [
      { text: 'The price rose. and the ministry said it would act.' },
      { text: 'It was approved last year. the plan failed anyway.' },
    ],
  },
  check(ctx) {
    const { doc } = ctx;
    const prose = doc.prose;
    RE.lastIndex = 0;
    for (let m = RE.exec(prose); m; m = RE.exec(prose)) {
      const mark = m.index;
      const wordStart = mark + 1 + m[2].length;
      const word = m[3];
      if (m[2].length === 0 || doc.isMasked(mark) || doc.isMasked(wordStart, wordStart + word.length)) continue;
      if (/\p{Lu}/u.test(word.slice(1))) continue;
      const before = /([\p{L}\p{N}]+)$/u.exec(prose.slice(Math.max(0, mark - 20), mark))?.[1] ?? '';
      if (before === '' || ABBREVIATIONS.has(before.toLowerCase()) || (before.length === 1 && m[1] === '.')) continue;
      if (/^\p{N}+$/u.test(before) && isLineStart(prose, mark - before.length)) continue;
      const capital: Range = [wordStart, wordStart + 1];
      const capitalise = { title: `Capitalise "${word}"`, edits: [{ range: capital, text: word[0].toUpperCase() }] };
      const range: Range = [wordStart, wordStart + word.length];
      if (m[1] === '.' && CONJUNCTIONS.has(word)) {
        const comma = { title: 'Replace the full stop with a comma', edits: [{ range: [mark, mark + 1] as Range, text: ',' }] };
        ctx.report({ range, messageId: 'conjunction', data: { word }, suggestions: [comma, capitalise] });
      } else {
        ctx.report({ range, messageId: 'lowercase', data: { mark: m[1], word }, suggestions: [capitalise] });
      }
    }
  },
});

function isLineStart(prose: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (prose[i] === ' ' || prose[i] === '\t')) i--;
  return i < 0 || prose[i] === '\n' || prose[i] === '\r';
}
