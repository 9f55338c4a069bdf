import { defineRule } from '../src/engine/define-rule.js';

const FUSED_RE = /\p{Ll}(?=\p{Lu}\p{Ll})/gu;
const LOWER_RE = /^\p{Ll}$/u;
const UPPER_RE = /^\p{Lu}$/u;
const LOWER = 1;
const UPPER = 2;
/** Case of each BMP UTF-16 unit, filled on first sight: 0 = not looked at, 3 = neither. */
const CASE = new Uint8Array(0x10000);
for (let c = 97; c <= 122; c++) CASE[c] = LOWER;
for (let c = 65; c <= 90; c++) CASE[c] = UPPER;

/** Case of the code point `cp` (1 lower, 2 upper, 3 neither). */
function caseOf(cp: number): number {
  if (cp < 0x10000 && CASE[cp] !== 0) return CASE[cp];
  const ch = String.fromCodePoint(cp);
  const k = LOWER_RE.test(ch) ? LOWER : UPPER_RE.test(ch) ? UPPER : 3;
  if (cp < 0x10000) CASE[cp] = k;
  return k;
}

/** Code point at `i` (a lone surrogate stands for itself). */
const codePointAt = (text: string, i: number): number => text.codePointAt(i) ?? -1;

/** Where a capital letter can be: an ASCII capital or any non-ASCII unit. */
const CAPITAL_CANDIDATE_RE = /[A-Z]|[^\x00-\x7f]/g;

/**
 * Start of the first lower-upper-lower letter sequence (`\p{Ll}\p{Lu}\p{Ll}`) at or after `from`,
 * or -1. It jumps to the next possible capital, then walks a run of non-ASCII text unit by unit.
 */
function nextJoin(text: string, from: number): number {
  let j = from + 1;
  for (;;) {
    CAPITAL_CANDIDATE_RE.lastIndex = j;
    const m = CAPITAL_CANDIDATE_RE.exec(text);
    if (!m) return -1;
    j = m.index;
    do {
      const p = joinAround(text, j, from);
      if (p >= 0) return p;
      j++;
    } while (j < text.length && text.charCodeAt(j) >= 128);
  }
}

/** Start of the lower-upper-lower sequence whose capital is at `j`, when it starts at or after `from`; else -1. */
function joinAround(text: string, j: number, from: number): number {
  const c = text.charCodeAt(j);
  if (c >= 0xdc00 && c < 0xe000) return -1;
  const upper = c < 0xd800 || c >= 0xe000 ? c : codePointAt(text, j);
  if (caseOf(upper) !== UPPER) return -1;
  // the lower-case letter before (a whole surrogate pair when there is one)
  const lo = text.charCodeAt(j - 1);
  const p = lo >= 0xdc00 && lo < 0xe000 && j >= 2 && codePointAt(text, j - 2) > 0xffff ? j - 2 : j - 1;
  if (p < from || caseOf(codePointAt(text, p)) !== LOWER) return -1;
  return caseOf(codePointAt(text, j + (upper > 0xffff ? 2 : 1))) === LOWER ? p : -1;
}
const TOKEN_CHAR_RE = /[\p{L}\p{N}_$@#'’.\/-]/u;

/** Camel-case names that are spelled that way (compared in lower case). */
const BRANDS = new Set(
  ('iPhone iPad iPod iMac iTunes iCloud eBay YouTube PowerPoint McDonald McDonalds JavaScript TypeScript GitHub GitLab LinkedIn PayPal ' +
    'WhatsApp WeChat TikTok FedEx MasterCard PlayStation DeepMind DeepSeek BlackRock JPMorgan HarperCollins McKinsey MacBook ' +
    'DreamWorks BuzzFeed SoftBank HuffPost WordPress DiCaprio LeBron DeSantis McCain McConnell MacArthur ByteDance PetroChina ' +
    'AliExpress NetEase MediaTek SenseTime BioNTech GlaxoSmithKline AstraZeneca ExxonMobil SharePoint OneDrive SoundCloud FaceTime ' +
    'AirPods CrowdStrike SolarWinds ServiceNow QuickBooks TurboTax WikiLeaks DuckDuckGo MasterChef NordVPN FireEye InDesign ' +
    'HubSpot MailChimp SkyTeam JetBlue EasyJet UnionPay OnePlus BlackBerry GameStop StarCraft WarCraft MySpace SundayTimes')
    .split(' ')
    .map((b) => b.toLowerCase()),
);
/** Page chrome that fuses onto the text before it when links are stripped. */
const CHROME = /^(?:Share|Shares|Comments?|Reply|Likes?|Read|More|Print|Email|Tweet|Follow|Subscribe|Home|Next|Previous|Prev|Related|Advertisement|Photos?|Videos?|Source|Editor|Tags?|Login|Register|Search|Menu|Top|Download|Report|Save|Close)$/;
/** The last word of a timestamp or counter that page templates print before a button: "3 hours ago", "5 min read". */
const STAMP_TAIL = /^(?:ago|am|pm|read|min|mins|minutes|hours|days|views|comments|likes|shares|reads)$/;
/** Dates that page templates print right before a headline: "YesterdayBeijing". */
const DATE_WORD = /^(?:Yesterday|Today|Tomorrow|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)$/;

export default defineRule({
  id: 'fused-link-text',
  meta: {
    description: 'Words glued together where links or markup were stripped, as in "3 hours agoShare" or "YesterdayBeijing"',
    category: 'spacing',
    defaultSeverity: 'warning',
    fixable: 'suggest',
    preset: 'all',
    messages: { fused: 'Words fused in "{{found}}": a link or line break was stripped here.' },
  },
  docs: {
    why: 'A scraper that drops HTML tags without leaving a space joins the text of neighbouring elements: a timestamp and a share button, a date and a headline. The join shows as a capital letter inside a word. Only joins with a page-template shape are reported (a timestamp before a button, a date before a headline); camel-case brands and names (iPhone, YouTube, McDonald, PowerPoint) and code identifiers are spelled that way and are left alone.',
    valid: [
      'He bought an iPhone and watched YouTube.',
      'The PowerPoint deck mentioned McDonald and JavaScript.',
      'Leonardo DiCaprio met LeBron James.',
      'Follow @NewsDesk and #ClimateAction for updates.',
      'See https://example.com/NewsRoom for more.',
      'The OpenAI and ChatGPT names are brands.',
    ],
    invalid: [
      { text: 'Posted 3 hours agoShare this article' },
      { text: 'YesterdayBeijing announced new rules.' },
      { text: 'A 5 min readShare' },
    ],
  },
  check(ctx) {
    const { doc } = ctx;
    const { prose } = doc;
    const counts = new Map<string, number>();
    const found: Array<[number, number, string]> = [];
    let lastStart = -1;
    for (let at = nextJoin(prose, 0); at >= 0; ) {
      let start = at;
      let end = at + 3;
      while (start > 0 && TOKEN_CHAR_RE.test(prose[start - 1])) start--;
      while (end < prose.length && TOKEN_CHAR_RE.test(prose[end])) end++;
      at = nextJoin(prose, end);
      if (start === lastStart) continue;
      lastStart = start;
      const token = prose.slice(start, end).replace(/[.'’-]+$/, '');
      end = start + token.length;
      counts.set(token, (counts.get(token) ?? 0) + 1);
      if (/[_$@#\/.\d]/.test(token) || /^['’-]/.test(token) || prose[end] === '(') continue;
      if (BRANDS.has(token.toLowerCase().replace(/['’]s$/, ''))) continue;
      found.push([start, end, token]);
    }
    for (const [start, end, token] of found) {
      // a join that recurs is a name the text spells that way
      if ((counts.get(token) ?? 0) > 2 || doc.isMasked(start, end)) continue;
      // exactly one join, so two parts: a third part is never looked for
      const cuts: number[] = [];
      FUSED_RE.lastIndex = 0;
      for (let c = FUSED_RE.exec(token); c && cuts.length < 2; c = FUSED_RE.exec(token)) cuts.push(c.index + 1);
      if (cuts.length !== 1) continue;
      const left = token.slice(0, cuts[0]);
      const right = token.slice(cuts[0]);
      if (!(DATE_WORD.test(left) || (STAMP_TAIL.test(left) && CHROME.test(right)))) continue;
      ctx.report({
        range: [start, end],
        messageId: 'fused',
        data: { found: token },
        suggestions: [{ title: 'Separate the words', edits: cuts.map((c) => ({ range: [start + c, start + c] as [number, number], text: ' ' })) }],
      });
    }
  },
});
