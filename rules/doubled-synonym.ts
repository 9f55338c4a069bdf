import { defineRule } from '../src/engine/define-rule.js';

/** A letter (a code point, so one or two UTF-16 units). */
const LETTER_RE = /^\p{L}$/u;
/** Shorter words are neither doubled -ly adverbs, listed adjectives nor halves of a listed doublet. */
const SHORTEST = 4;
/** -ly words that are not manner adverbs. */
const NOT_ADVERBS = new Set('only early daily weekly monthly yearly hourly nightly family rally ally belly bully jelly holly lily reply supply apply fly july italy emily sally kelly molly billy jolly silly lovely friendly lonely likely ugly holy'.split(' '));
/** Adjectives that MT doubles when a Chinese reduplicated or four-character form is read literally. */
const ADJECTIVES = new Set('firm strong steady stable serious strict important active resolute thorough comprehensive positive solid sound profound'.split(' '));
/** Near-synonym doublets that render one Chinese expression twice (坚定不移, 认真负责, 持续不断). */
const DOUBLETS = [
  ['firmly', 'resolutely'], ['firmly', 'unswervingly'], ['resolutely', 'unswervingly'], ['firmly', 'steadfastly'],
  ['earnestly', 'conscientiously'], ['seriously', 'earnestly'], ['seriously', 'conscientiously'], ['strictly', 'rigorously'],
  ['continuously', 'constantly'], ['constantly', 'unceasingly'], ['continuously', 'unceasingly'], ['comprehensively', 'fully'],
  ['comprehensively', 'thoroughly'], ['vigorously', 'energetically'], ['actively', 'positively'], ['steadily', 'stably'],
  ['gradually', 'progressively'], ['mutually', 'reciprocally'], ['resolute', 'firm'], ['steady', 'stable'], ['unswerving', 'firm'],
];
const PAIRS = new Set(DOUBLETS.flatMap(([a, b]) => [`${a} ${b}`, `${b} ${a}`]));

export default defineRule({
  id: 'doubled-synonym',
  meta: {
    description: 'A word or a near-synonym coordinated with itself, as in "firmly and firmly" or "firmly and resolutely"',
    category: 'repetition',
    defaultSeverity: 'warning',
    fixable: 'suggest',
    preset: 'all',
    messages: {
      same: '"{{found}}" says the same word twice: keep "{{keep}}".',
      synonym: '"{{found}}" joins two words that mean the same: keep "{{keep}}".',
    },
  },
  docs: {
    why: 'Chinese stacks near-synonyms for emphasis (坚定不移, "firm and unwavering") and reduplicates adverbs; translated word for word this gives "firmly and firmly" or "resolutely and unswervingly". English idioms that repeat on purpose (more and more, again and again, closer and closer, years and years) are left alone.',
    valid: [
      'Relations became closer and closer.',
      'We tried again and again.',
      'It went on for years and years.',
      'He walked slowly and carefully.',
      'The order is null and void.',
      'She waited and waited.',
    ],
    invalid: [
      { text: 'China firmly and firmly supports the plan.' },
      { text: 'We will firmly and resolutely oppose it.' },
      { text: 'The growth was steady and stable this year.' },
    ],
  },
  check(ctx) {
    const { prose } = ctx.doc;
    let lastEnd = -1;
    // "WORD and WORD": find each "and" between spaces or tabs, then the letters on either side
    for (let at = prose.indexOf('and'); at >= 0; at = prose.indexOf('and', at + 3)) {
      if (!isBlank(prose.charCodeAt(at - 1)) || !isBlank(prose.charCodeAt(at + 3))) continue;
      let firstEnd = at - 1;
      while (firstEnd > 0 && isBlank(prose.charCodeAt(firstEnd - 1))) firstEnd--;
      let start = firstEnd;
      for (let n = letterBefore(prose, start); n > 0; n = letterBefore(prose, start)) start -= n;
      let secondStart = at + 4;
      while (isBlank(prose.charCodeAt(secondStart))) secondStart++;
      let end = secondStart;
      for (let n = letterAt(prose, end); n > 0; n = letterAt(prose, end)) end += n;
      if (firstEnd - start < SHORTEST || end - secondStart < SHORTEST) continue;
      const first = prose.slice(start, firstEnd);
      const a = first.toLowerCase();
      const b = prose.slice(secondStart, end).toLowerCase();
      let messageId: 'same' | 'synonym' | undefined;
      if (a === b && ((a.length >= 5 && a.endsWith('ly') && !NOT_ADVERBS.has(a)) || ADJECTIVES.has(a))) messageId = 'same';
      else if (PAIRS.has(`${a} ${b}`)) messageId = 'synonym';
      if (!messageId || start < lastEnd) continue;
      lastEnd = end;
      ctx.report({
        range: [start, end],
        messageId,
        data: { found: prose.slice(start, end), keep: first },
        suggestions: [{ title: `Keep "${first}"`, edits: [{ range: [firstEnd, end], text: '' }] }],
      });
    }
  },
});

const isBlank = (c: number): boolean => c === 32 || c === 9;

/** Length (1 or 2 units) of the letter that starts at `i`, or 0. */
function letterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122 ? 1 : 0;
  const n = c >= 0xd800 && c < 0xdc00 ? 2 : 1;
  return LETTER_RE.test(text.slice(i, i + n)) ? n : 0;
}

/** Length (1 or 2 units) of the letter that ends right before `i`, or 0. */
function letterBefore(text: string, i: number): number {
  const c = text.charCodeAt(i - 1);
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122 ? 1 : 0;
  const n = c >= 0xdc00 && c < 0xe000 && i >= 2 ? 2 : 1;
  return LETTER_RE.test(text.slice(i - n, i)) ? n : LETTER_RE.test(text.slice(i - 1, i)) ? 1 : 0;
}
