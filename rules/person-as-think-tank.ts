import { defineRule } from '../src/engine/define-rule.js';
import type { Range } from '../src/types.js';

/** Words that make a capitalised name an organisation, not a person. */
const INSTITUTION_WORDS = new Set([
  'club', 'institute', 'institution', 'foundation', 'center', 'centre', 'council', 'academy', 'society', 'group', 'forum',
  'association', 'organization', 'organisation', 'university', 'college', 'school', 'commission', 'committee', 'office',
  'bureau', 'ministry', 'agency', 'department', 'network', 'trust', 'fund', 'project', 'lab', 'laboratory', 'initiative',
  'program', 'programme', 'house', 'exchange', 'endowment', 'corporation', 'company', 'inc', 'ltd', 'partners', 'alliance',
  'coalition', 'union', 'league', 'party', 'bank', 'federation', 'board', 'service', 'services', 'studies', 'research',
  'policy', 'affairs', 'analysis', 'economics', 'strategies', 'strategy', 'security', 'watch', 'review', 'report', 'times',
  'news', 'post', 'index', 'monitor', 'observatory', 'consortium', 'collective', 'circle', 'chamber', 'assembly',
  'congress', 'conference', 'summit', 'dialogue', 'debate', 'way', 'america', 'europe', 'asia', 'africa', 'china', 'russia',
  'institutes', 'centers', 'centres', 'labs', 'forum', 'platform', 'hub', 'futures', 'matters', 'partnership', 'lab',
]);

/** Words after "think tank" that make it a modifier of a person ("a think-tank fellow"). */
const PERSON_HEAD_RE = /^[- ](?:fellow|scholar|expert|researcher|analyst|member|director|president|head|founder|staffer|official|chief|economist|veteran|adviser|advisor|boss|leader|chair|chairman)s?\b/i;

const NAME = String.raw`\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}`;
const TANK = String.raw`an?\s+(?:[\p{L}-]+\s+){0,3}think[- ]tanks?`;
/** Where to look for the name or pronoun before a "think tank". */
const WINDOW = 160;
const TANK_RE = /think[- ]tanks?\b/g;
const RE = new RegExp(String.raw`(?:(?<name>${NAME}),\s+(?<appositive>${TANK})|\b(?<pronoun>[Hh]e|[Ss]he|[Hh]im|[Hh]er)\s+(?:is|was|as|became|becomes|remains|remained)\s+(?<predicate>${TANK}))$`, 'u');

export default defineRule({
  id: 'person-as-think-tank',
  meta: {
    description: 'A person described as a "think tank": 智囊/智库 used of an individual adviser',
    category: 'calque',
    defaultSeverity: 'warning',
    fixable: 'suggest',
    preset: 'all',
    messages: {
      person: '"{{match}}" is said of a person: 智囊 here means an adviser or expert, not an institution; write "{{expected}}".',
    },
  },
  docs: {
    why: 'Chinese 智囊 and 智库 can name a single adviser ("a brain trust"). MT renders it "think tank" even when the noun phrase describes a person. Organisations described as think tanks ("the Valdai Club, a Russian think tank") are fine, and so is a person who works at one ("a think-tank fellow").',
    valid: [
      'At the annual meeting of the Valdai International Debate Club, a well-known Russian think tank, Putin spoke.',
      'Bruegel, a Brussels think tank, published the study.',
      'He works for a New American Security, a Washington think tank.',
      'John Smith, a think-tank fellow in Washington, disagreed.',
      'The Heritage Foundation, an influential think tank, agreed.',
      'She is a senior fellow at a think tank in Berlin.',
    ],
    invalid: [
      { text: 'Alexander Lomanov, an important think tank in Russia and the deputy director of the institute, said so.' },
      { text: 'For years he was a senior think tank of the president.' },
    ],
  },
  check(ctx) {
    const prose = ctx.doc.prose;
    let reported = 0;
    TANK_RE.lastIndex = 0;
    for (let t = TANK_RE.exec(prose); t; t = TANK_RE.exec(prose)) {
      const windowStart = Math.max(reported, t.index - WINDOW);
      const window = prose.slice(windowStart, t.index + t[0].length);
      const found = RE.exec(window);
      if (!found) continue;
      const m = Object.assign(found, { index: windowStart + found.index });
      reported = m.index + m[0].length;
      const g = m.groups!;
      const phrase = g.appositive ?? g.predicate;
      const phraseStart = m.index + m[0].length - phrase.length;
      if (PERSON_HEAD_RE.test(prose.slice(phraseStart + phrase.length, phraseStart + phrase.length + 14))) continue;
      if (g.name && !looksLikePersonName(g.name, prose.slice(Math.max(0, m.index - 4), m.index))) continue;
      const range: Range = [phraseStart, phraseStart + phrase.length];
      const tank = /think[- ]tanks?$/.exec(phrase)!;
      const expected = phrase.slice(0, tank.index) + (tank[0].endsWith('s') ? 'advisers' : 'adviser');
      const fixed = /^an?\s+adviser/.test(expected) ? expected.replace(/^an?\s+/, 'an ') : expected.replace(/^an\s+(?=[^aeiou])/i, 'a ');
      ctx.report({
        range,
        messageId: 'person',
        data: { match: phrase, expected: fixed },
        suggestions: [{ title: `Replace with "${fixed}"`, edits: [{ range, text: fixed }] }],
      });
    }
  },
});

/** Two or three capitalised words, not an organisation and not introduced by an article. */
function looksLikePersonName(name: string, before: string): boolean {
  if (/\b(?:the|a|an|The|A|An)\s+$/.test(before)) return false;
  const words = name.split(/\s+/);
  if (words[0] === 'The') return false;
  return !words.some((w) => INSTITUTION_WORDS.has(w.toLowerCase().replace(/['’]s$/, '')));
}
