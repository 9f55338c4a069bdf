import { defineRule } from '../src/engine/define-rule.js';
import { chromeLines, endsSentence, linesWithMatch, reportLine, short } from '../src/text/chrome-lines.js';

const HOME = String.raw`(?:Home(?: ?page)?|Main page|Front page|Homepage|Index|首页|主页)`;
const STRONG_SEP = String.raw`[»›→]|>>|&gt;`;
const WEAK_SEP = String.raw`[>/|＞]`;
/** `Home » News » World`, `Home > Politics`; a strong separator (» › →) needs no "Home". */
const HOME_TRAIL_RE = new RegExp(String.raw`^${HOME}\s*(?:${STRONG_SEP}|${WEAK_SEP})\s*\S`, 'iu');
const STRONG_TRAIL_RE = new RegExp(String.raw`^[^»›→\n]{1,40}(?:\s*(?:${STRONG_SEP})\s*[^»›→\n]{1,60}){2,}$`, 'u');
const LOCATION_RE = /^(?:You are here|Current location|Your (?:current )?location|Current position|Your position|Location of this page)\s*[:：>»]/i;
/** A trail starts with "Home" or a location label, or holds a strong separator somewhere. */
const TRAIL_START_RE = /^(?:you|current|your|location|home|main|front|index|首页|主页)/i;
const STRONG_SEP_RE = /[»›→]|>>|&gt;/g;

export default defineRule({
  id: 'breadcrumb',
  meta: {
    description: 'A scraped navigation trail such as "Home » News » World" or "You are here:"',
    category: 'boilerplate',
    defaultSeverity: 'warning',
    fixable: 'suggest',
    preset: 'recommended',
    messages: { trail: 'Scraped navigation trail "{{found}}": page chrome, not part of the text.' },
  },
  docs: {
    why: 'A page\'s breadcrumb trail ("Home » News » World", "Current location: Home > Politics") is navigation. Scraped with the article, it reaches the translation as a line of its own.',
    valid: [
      'Home is where the heart is.',
      'Home > Away in the table means the hosts scored more.',
      'She came home > tired, and went to bed.',
      'The price rose 5% » a sharp jump.',
      'Prices: 10 → 20 → 30 in three years, a steep rise for families.',
    ],
    invalid: [
      { text: 'Home » News » World\n\nThe talks ended in Geneva on Monday.' },
      { text: 'Current location: Home > Politics > Diplomacy' },
      { text: 'News › China › Economy' },
    ],
  },
  check(ctx) {
    const separated = linesWithMatch(ctx.doc, STRONG_SEP_RE);
    for (const line of chromeLines(ctx.doc)) {
      if (!line.ownLine || line.words > 60) continue;
      const text = line.text;
      if (!separated.has(line.index) && !TRAIL_START_RE.test(text)) continue;
      const isTrail =
        LOCATION_RE.test(text) ||
        (HOME_TRAIL_RE.test(text) && !/^Home\s*[>/|＞]\s*\p{Ll}/u.test(text) && (/[»›→]/.test(text) || (line.edge && !endsSentence(text)))) ||
        (STRONG_TRAIL_RE.test(text) && !/[.!?]$/.test(text) && !/\d\s*[→»]\s*\d/.test(text));
      if (!isTrail) continue;
      reportLine(ctx, line, 'trail', { found: short(text) });
    }
  },
});
