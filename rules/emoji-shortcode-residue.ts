import { defineRule } from '../src/engine/define-rule.js';
import { matchAll } from '../src/text/matches.js';

const BRACKETED = String.raw`\[[A-Za-z][a-z]+(?: [a-z]+)?\]`;
const RUN_RE = new RegExp(`${BRACKETED}(?:[ \\t]*${BRACKETED})*|(?<![\\w:]):[a-z][a-z0-9+-]*(?:_[a-z0-9+-]+)*:(?![\\w:])`, 'g');

/** Names of emoji and stickers as chat apps render them in brackets or colons. */
const EMOJI_NAMES = new Set(
  ('clap tears doge facepalm smile smiley smirk grin grinning laugh laughing lol cry crying sob heart hearts broken heart thumbs up thumbsup ' +
    'like ok rose kiss hug shy sweat angry rage awkward cool wow haha hehe shocked sleepy yawn bye strong cheers party ' +
    'fireworks pray fist handshake victory sad tongue wink blush drool dizzy sigh shh surprised scream poop skull pig ' +
    'sun moon coffee cake gift beer joy love lovely cute speechless embarrassed sneer naughty doubt shocked tired ' +
    'onlooker eating melon eat melon red packet fighting go for it sweat smile crazy pouting grievance')
    .split(' '),
);
for (const two of ['broken heart', 'thumbs up', 'red packet', 'eat melon', 'go for', 'sweat smile']) EMOJI_NAMES.add(two);
/** Bracketed words that are editorial or transcript notes, not emoji. */
const NOTES = new Set(['sic', 'applause', 'laughter', 'music', 'inaudible', 'crosstalk', 'edit', 'citation needed', 'sighs', 'laughs', 'cheers and applause']);

const names = (run: string): string[] => [...run.matchAll(/\[([^\]]+)\]|:([^:]+):/g)].map((m) => (m[1] ?? m[2]).toLowerCase().replace(/_/g, ' '));

export default defineRule({
  id: 'emoji-shortcode-residue',
  meta: {
    description: 'Emoji or stickers rendered as bracketed names, as in "So touching [Tears][Tears]" or ":thumbs_up:"',
    category: 'encoding',
    defaultSeverity: 'warning',
    fixable: 'none',
    preset: 'recommended',
    messages: { shortcode: 'Emoji code "{{found}}" shown as text: use the emoji or remove it.' },
  },
  docs: {
    why: 'Weibo, WeChat and chat platforms store emoji as codes such as "[doge]" or "[Clap]", and scrapers and translation keep the code, often repeated, instead of the picture.',
    valid: [
      'The text [sic] is quoted as written.',
      '[Applause] The speaker returned.',
      'He [the minister] said so.',
      'The ratio is 3:2:1 today.',
      'Love [heart] is a theme in his songs.',
    ],
    invalid: [
      { text: 'So touching [Tears][Tears]' },
      { text: 'Great job, everyone [Clap] [Clap] [Clap]' },
      { text: 'Nice work :thumbs_up:' },
      { text: 'What a day [doge]' },
    ],
  },
  check(ctx) {
    const { prose } = ctx.doc;
    for (const { m, start, end } of matchAll(RUN_RE, prose)) {
      const list = names(m[0]);
      if (list.some((n) => NOTES.has(n)) || ctx.doc.isMasked(start, end)) continue;
      const colon = m[0].startsWith(':');
      if (colon && ctx.doc.syntax === 'markdown') continue; // GitHub renders :shortcodes: as emoji
      const known = list.every((n) => EMOJI_NAMES.has(n));
      const repeated = list.length >= 2 && list.every((n) => n === list[0]);
      if (colon ? !known && !m[0].includes('_') : !repeated && !list.some((n) => EMOJI_NAMES.has(n))) continue;
      // a single bracketed word in mid-sentence is an editor's insertion
      if (list.length === 1 && !colon && /^[ \t]+\p{Ll}/u.test(prose.slice(end, end + 3))) continue;
      ctx.report({ range: [start, end], messageId: 'shortcode', data: { found: m[0] } });
    }
  },
});
