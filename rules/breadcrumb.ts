import { defineRule } from '../src/engine/define-rule.js';
import { chromeLines, endsSentence, linesWithMatch, reportLine, short } from '../src/text/chrome-lines.js';

const HOME = String.raw`(?:Home(?: ?page)?|Main page|Front page|Homepage|Index|首页|主页)`;
const STRONG_SEP = String.raw`[»›→]|>>|&gt;`;
const WEAK_SEP = String.raw`[>/|＞]`;
/** `Home » News » World`, `Home > Politics`; a strong separator (» › →) needs no "Home". */
const HOME_TRAIL_RE = new RegExp(String.raw`^${HOME}\s*(?:${STRONG_SEP}|${WEAK_SEP})\s*\S`, 'iu');
const LOCATION_RE = /^(?:You are here|Current location|Your (?:current )?location|Current position|Your position|Location of this page)\s*[:：>»]/i;
/** A trail starts with "Home" or a location label, or holds a strong separator somewhere. */
const TRAIL_START_RE = /^(?:you|current|your|location|home|main|front|index|首页|主页)/i;
const STRONG_SEP_RE = /[»›→]|>>|&gt;/g;
const SEPARATOR_RE = new RegExp(STRONG_SEP, 'g');

/** `»`, `›`, `→`: characters that only a separator can be. */
const isStrongMark = (cp: number): boolean => cp === 0xbb || cp === 0x203a || cp === 0x2192;
const LF = 10;
const SPACE_RE = /\s/;

/**
 * Whether a line is a trail of strong separators, as the pattern
 * `^[^»›→\n]{1,40}(?:\s*(?:[»›→]|>>|&gt;)\s*[^»›→\n]{1,60}){2,}$` (with the `u` flag) says: a first
 * crumb of 1 to 40 characters, then two or more separators, each followed by a crumb of 1 to 60.
 * A backtracking matcher tries every way to share a run of spaces between a crumb and the spaces
 * around a separator, which is quadratic in the run ("a » " and 10,000 spaces took seconds); this
 * decides the same thing in one pass over the separators, counting in code points as `u` does.
 */
export function strongTrail(text: string): boolean {
  // two separators that do not overlap are needed: most lines are answered here
  SEPARATOR_RE.lastIndex = 0;
  if (!SEPARATOR_RE.test(text) || !SEPARATOR_RE.test(text)) return false;
  const cps: number[] = [];
  for (const ch of text) cps.push(ch.codePointAt(0) as number);
  const n = cps.length;
  // the places a separator can stand, in order
  const sepAt: number[] = [];
  const sepEnd: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = cps[i];
    let len = 0;
    if (isStrongMark(c)) len = 1;
    else if (c === 0x3e && cps[i + 1] === 0x3e) len = 2;
    else if (c === 0x26 && cps[i + 1] === 0x67 && cps[i + 2] === 0x74 && cps[i + 3] === 0x3b) len = 4;
    if (len) {
      sepAt.push(i);
      sepEnd.push(i + len);
    }
  }
  if (sepAt.length < 2) return false;
  // nextSolid[i]: first non-space at or after i; solidEnd[i]: just after the last non-space before i;
  // hard[i] and lf[i]: how many characters before i no crumb can hold (» › → and line feeds), and line feeds
  const nextSolid = new Int32Array(n + 1);
  const solidEnd = new Int32Array(n + 1);
  const hard = new Int32Array(n + 1);
  const lf = new Int32Array(n + 1);
  const space = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const c = cps[i];
    space[i] = c < 128 ? (c === 32 || (c >= 9 && c <= 13) ? 1 : 0) : SPACE_RE.test(String.fromCodePoint(c)) ? 1 : 0;
    solidEnd[i + 1] = space[i] ? solidEnd[i] : i + 1;
    hard[i + 1] = hard[i] + (isStrongMark(c) || c === LF ? 1 : 0);
    lf[i + 1] = lf[i] + (c === LF ? 1 : 0);
  }
  nextSolid[n] = n;
  for (let i = n - 1; i >= 0; i--) nextSolid[i] = space[i] ? nextSolid[i + 1] : i;
  const holdsHard = (a: number, b: number): boolean => hard[b] - hard[a] > 0;
  // [0, b) as a first crumb and spaces; its shortest crumb is best
  const firstFits = (b: number): boolean => {
    const m = Math.max(solidEnd[b], 1);
    return m <= Math.min(b, 40) && !holdsHard(0, m);
  };
  // [a, b) between two separators as spaces, a crumb and spaces
  const middleFits = (a: number, b: number): boolean => {
    if (b <= a) return false;
    const l = nextSolid[a];
    if (l >= b) return lf[b] - lf[a] < b - a;
    const r = solidEnd[b];
    return r - l <= 60 && !holdsHard(l, r);
  };
  // [a, n) after the last separator as spaces and a crumb that runs to the end
  const lastFits = (a: number): boolean => {
    if (n <= a) return false;
    const l = nextSolid[a];
    if (l >= n) return cps[n - 1] !== LF;
    return n - l <= 60 && !holdsHard(l, n);
  };
  // reached[j]: 1 when separator j can be the first, 2 when it can be the second or a later one
  const reached = new Uint8Array(sepAt.length);
  for (let j = 0; j < sepAt.length; j++) {
    if (firstFits(sepAt[j])) reached[j] |= 1;
    if (!reached[j]) continue;
    if (reached[j] & 2 && lastFits(sepEnd[j])) return true;
    const a = sepEnd[j];
    const l = nextSolid[a];
    for (let k = j + 1; k < sepAt.length; k++) {
      const b = sepAt[k];
      if (b < a) continue;
      if (middleFits(a, b)) reached[k] |= 2;
      // once the crumb between is too long or holds a strong mark, no later separator can follow
      const r = solidEnd[b];
      if (l < b && (r - l > 60 || holdsHard(l, r))) break;
    }
  }
  return false;
}

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
        (strongTrail(text) && !/[.!?]$/.test(text) && !/\d\s*[→»]\s*\d/.test(text));
      if (!isTrail) continue;
      reportLine(ctx, line, 'trail', { found: short(text) });
    }
  },
});
