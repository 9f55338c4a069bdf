import { defineRule } from '../src/engine/define-rule.js';

const RE = /(?<!\p{L})(\p{L}+)([ \t]+and[ \t]+)(\p{L}+)(?!\p{L})/gu;
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
    RE.lastIndex = 0;
    let lastEnd = -1;
    for (let m = RE.exec(prose); m; m = RE.exec(prose)) {
      const [found, first, , second] = m;
      const start = m.index;
      const end = start + found.length;
      RE.lastIndex = start + first.length; // let the second word start the next pair
      const a = first.toLowerCase();
      const b = second.toLowerCase();
      let messageId: 'same' | 'synonym' | undefined;
      if (a === b && ((a.length >= 5 && a.endsWith('ly') && !NOT_ADVERBS.has(a)) || ADJECTIVES.has(a))) messageId = 'same';
      else if (PAIRS.has(`${a} ${b}`)) messageId = 'synonym';
      if (!messageId || start < lastEnd) continue;
      lastEnd = end;
      ctx.report({
        range: [start, end],
        messageId,
        data: { found, keep: first },
        suggestions: [{ title: `Keep "${first}"`, edits: [{ range: [start + first.length, end], text: '' }] }],
      });
    }
  },
});
