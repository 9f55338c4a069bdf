import { defineRule } from '../src/engine/define-rule.js';

const FUSED_RE = /\p{Ll}(?=\p{Lu}\p{Ll})/gu;
const JOIN_RE = /\p{Ll}\p{Lu}\p{Ll}/gu;
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
    JOIN_RE.lastIndex = 0;
    for (let m = JOIN_RE.exec(prose); m; m = JOIN_RE.exec(prose)) {
      let start = m.index;
      let end = m.index + 3;
      while (start > 0 && TOKEN_CHAR_RE.test(prose[start - 1])) start--;
      while (end < prose.length && TOKEN_CHAR_RE.test(prose[end])) end++;
      JOIN_RE.lastIndex = end;
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
      if (doc.isMasked(start, end)) continue;
      const cuts: number[] = [];
      FUSED_RE.lastIndex = 0;
      for (let c = FUSED_RE.exec(token); c; c = FUSED_RE.exec(token)) cuts.push(c.index + 1);
      const bounds = [0, ...cuts, token.length];
      const parts = bounds.slice(0, -1).map((s, i) => token.slice(s, bounds[i + 1]));
      if (parts.length !== 2) continue;
      const [left, right] = parts;
      if (!(DATE_WORD.test(left) || (STAMP_TAIL.test(left) && CHROME.test(right)))) continue;
      if ((counts.get(token) ?? 0) > 2) continue;
      ctx.report({
        range: [start, end],
        messageId: 'fused',
        data: { found: token },
        suggestions: [{ title: 'Separate the words', edits: cuts.map((c) => ({ range: [start + c, start + c] as [number, number], text: ' ' })) }],
      });
    }
  },
});
