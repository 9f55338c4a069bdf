import { defineRule } from '../src/engine/define-rule.js';

/** Only letters, two or more: numbers and one-letter words are not repeated words. */
const LETTERS = /^\p{L}{2,}$/u;
/** Whitespace with at most one line break between the two words. */
const GAP = /^(?:[ \t\u00A0]+|[ \t\u00A0]*\r?\n[ \t\u00A0]*)$/;
const TITLE = /^\p{Lu}\p{Ll}/u;
/** Words before "is is" that make it grammatical: "What it is is a trap." */
const WHAT_RE = /\b(?:what|where|how|who|all|thing|problem|question|point|fact|reason|truth)\b[^.!?\n]{0,40}$/i;

export interface RepeatedWordOptions {
  /** Doubled words that are correct English, written once each in lowercase: "had had". */
  allow: string[];
}

const DEFAULT_ALLOW = [
  'had had', 'that that', 'bye bye', 'very very', 'really really', 'so so', 'no no', 'ha ha', 'ho ho', 'he he',
  'hee hee', 'la la', 'blah blah', 'bla bla', 'yada yada', 'tut tut', 'tsk tsk', 'chop chop', 'knock knock',
  'well well', 'there there', 'now now', 'night night', 'hush hush', 'pooh pooh', 'boo boo', 'dum dum',
  'far far', 'many many', 'much much', 'walla walla', 'bora bora', 'duran duran', 'sing sing', 'pago pago',
  'mahi mahi', 'baden baden', 'can can', 'cha cha', 'tom tom', 'yo yo', 'go go', 'win win', 'ping ping',
  'ylang ylang', 'beep beep', 'choo choo', 'hip hip', 'pom pom', 'bang bang', 'zoom zoom',
];
const QUOTE = /["“”'‘’]/;

export default defineRule<RepeatedWordOptions>({
  id: 'repeated-word',
  meta: {
    description: 'A word written twice in a row, as in "the the" or "said said that"',
    category: 'repetition',
    defaultSeverity: 'error',
    fixable: 'suggest',
    preset: 'recommended',
    precision: 1,
    messages: { repeated: 'Repeated word "{{word}}".' },
    options: { allow: DEFAULT_ALLOW },
  },
  docs: {
    why: 'A decoder that stutters, or two segments joined at the seam, leaves a word twice ("is is", "the the"). Some doublings are English ("had had", "that that"); they are allowed by the "allow" option, and so are doubled names such as "Lang Lang" or "Walla Walla" (two capitalised words).',
    valid: [
      'He had had enough.',
      'She said that that was fine.',
      'What it is is a trap.',
      'The pianist Lang Lang played.',
      'They flew to Walla Walla and Bora Bora.',
      'It was a win-win deal.',
      'The river. The sea.',
      'Knock knock. Who is there?',
      'it seems it seems it seems',
      'He paid $10 10 times.',
    ],
    invalid: [{ text: 'the the ministry said' }, { text: 'This is is not true.' }, { text: 'The official said said that' }],
  },
  check(ctx) {
    const { prose } = ctx.doc;
    const allow = allowedPairs(ctx.options.allow);
    const { count, starts, ends } = ctx.doc.wordIndex();
    const hashes = ctx.doc.wordHashes();
    for (let i = 0; i + 1 < count; i++) {
      // different case-folded hashes: not the same word
      if (hashes[i] !== hashes[i + 1]) continue;
      const len = ends[i] - starts[i];
      // only whitespace may stand between them: look at the first character of the gap before slicing
      const gapStart = prose.charCodeAt(ends[i]);
      if (gapStart !== 32 && gapStart !== 9 && gapStart !== 0xa0 && gapStart !== 10 && gapStart !== 13) continue;
      const a = { start: starts[i], end: ends[i], text: prose.slice(starts[i], ends[i]) };
      const b = { start: starts[i + 1], end: ends[i + 1], text: prose.slice(starts[i + 1], ends[i + 1]) };
      if (a.text.toLowerCase() !== b.text.toLowerCase() || !LETTERS.test(a.text)) continue;
      if (!GAP.test(prose.slice(a.end, b.start))) continue;
      // three or more in a row is a decoder loop: ngram-loop reports it, with one fix for the whole run
      const same = (k: number): boolean => k < count && ends[k] - starts[k] === len && prose.slice(starts[k], ends[k]).toLowerCase() === a.text.toLowerCase() && GAP.test(prose.slice(ends[k - 1], starts[k]));
      if (same(i + 2)) {
        let k = i + 2;
        while (same(k + 1)) k++;
        i = k;
        continue;
      }
      i++;
      const [start, end] = [a.start, b.end];
      if (allow.has(`${a.text} ${b.text}`.toLowerCase())) continue;
      // Lang Lang, Fang Fang, Duran Duran: a doubled name
      if (TITLE.test(a.text) && TITLE.test(b.text)) continue;
      // "zoom zoom": a doubling quoted on its own is meant
      if (QUOTE.test(prose[start - 1] ?? '') && QUOTE.test(prose[end] ?? '')) continue;
      if (a.text.toLowerCase() === 'is' && WHAT_RE.test(prose.slice(Math.max(0, start - 60), start))) continue;
      if (ctx.doc.isMasked(start, end)) continue;
      ctx.report({
        range: [start, end],
        messageId: 'repeated',
        data: { word: b.text },
        suggestions: [{ title: `Delete the second "${b.text}"`, edits: [{ range: [a.end, end], text: '' }] }],
      });
    }
  },
});

/** The allowed doublings, folded, built once per options list (a run lints many files with one config). */
const allowCache = new WeakMap<readonly string[], Set<string>>();
function allowedPairs(list: readonly string[]): Set<string> {
  let set = allowCache.get(list);
  if (!set) allowCache.set(list, (set = new Set(list.map((p) => p.toLowerCase().replace(/\s+/g, ' ')))));
  return set;
}
