import { defineRule } from '../src/engine/define-rule.js';
import { curlyQuotes, type CurlyQuote, type QuoteIssue } from '../src/text/quotes.js';
import type { Edit } from '../src/types.js';

const APOSTROPHE_RE = /‘(?<=\p{L}‘)(?=(?:s|t|d|ll|re|ve|m)(?![\p{L}\p{N}]))/gu;

const MESSAGE_ID: Partial<Record<QuoteIssue, string>> = {
  'orphan-close': 'orphan',
  'turned-open': 'turnedOpen',
  'turned-close': 'turnedClose',
  'misplaced-open': 'misplacedOpen',
  'misplaced-close': 'misplacedClose',
};

export default defineRule({
  id: 'stray-quote',
  meta: {
    description: 'A curly quote with no partner, turned the wrong way, or spaced on the wrong side, as in "he used ” In theory" or "the world‘s"',
    category: 'quotes-brackets',
    defaultSeverity: 'error',
    fixable: 'suggest',
    preset: 'recommended',
    precision: 1,
    messages: {
      orphan: 'Stray closing quote "”": no opening quote before it.',
      turnedOpen: 'Opening quote "“" where a closing quote "”" belongs.',
      turnedClose: 'Closing quote "”" where an opening quote "“" belongs.',
      misplacedOpen: 'Opening quote "“" with the space after it instead of before.',
      misplacedClose: 'Closing quote "”" with the space before it instead of after.',
      apostrophe: 'Opening quote "‘" used as an apostrophe: write "’".',
    },
  },
  docs: {
    why: 'When a translation system drops or moves words, a quotation mark can lose its partner ("he used ” In theory") or end up on the wrong side of a space ("He said“ we will”"). An opening single quote is also often typed for an apostrophe ("the world‘s"). Which repair is right needs a reader, so the fixes are suggestions.',
    valid: [
      'He said “we will continue” and left.',
      'She called it “a trap.” Then she left.',
      '“Is it over?” he asked.',
      'The word “noose” (“petlya”) recurs.',
      '“The first paragraph of a long quotation.\n\n“The second paragraph, which closes it.”',
      'He said, “They told me ‘never’ twice.”',
      'Hawai‘i is an island state.',
      'It is the world’s leader.',
      'Er sagte „Hallo“ und ging.',
    ],
    invalid: [
      { text: 'last year he used ” In theory, hypothetical language' },
      { text: 'He said“ we will” continue.' },
      { text: 'to become the world‘s leader.' },
      { text: 'He said “no.“ Then he left.' },
    ],
  },
  check(ctx) {
    const { prose } = ctx.doc;
    for (const q of curlyQuotes(ctx.doc)) {
      const messageId = MESSAGE_ID[q.issue];
      if (!messageId) continue;
      ctx.report({ range: [q.at, q.at + 1], messageId, suggestions: [repair(prose, q)] });
    }
    APOSTROPHE_RE.lastIndex = 0;
    for (let m = APOSTROPHE_RE.exec(prose); m; m = APOSTROPHE_RE.exec(prose)) {
      if (ctx.doc.isMasked(m.index)) continue;
      ctx.report({
        range: [m.index, m.index + 1],
        messageId: 'apostrophe',
        suggestions: [{ title: 'Use an apostrophe', edits: [{ range: [m.index, m.index + 1], text: '’' }] }],
      });
    }
  },
});

function repair(prose: string, q: CurlyQuote): { title: string; edits: Edit[] } {
  const at = q.at;
  switch (q.issue) {
    case 'turned-open':
      return { title: 'Use a closing quote', edits: [{ range: [at, at + 1], text: '”' }] };
    case 'turned-close':
      return q.partner === undefined
        ? remove(prose, at)
        : { title: 'Use an opening quote', edits: [{ range: [at, at + 1], text: '“' }] };
    case 'misplaced-open':
      return q.partner === undefined
        ? remove(prose, at)
        : { title: 'Move the space before the quote', edits: [{ range: [at, at + 2], text: ' “' }] };
    case 'misplaced-close':
      return { title: 'Move the space after the quote', edits: [{ range: [at - 1, at + 1], text: '” ' }] };
    default:
      return remove(prose, at);
  }
}

/** Deletes the quote at `at`, with the space before it when it stands between two spaces. */
function remove(prose: string, at: number): { title: string; edits: Edit[] } {
  const free = at > 0 && /[ \t]/.test(prose[at - 1]) && /[ \t]/.test(prose[at + 1] ?? '');
  return { title: 'Delete the stray quote', edits: [{ range: [free ? at - 1 : at, at + 1], text: '' }] };
}
