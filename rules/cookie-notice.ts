import { defineRule } from '../src/engine/define-rule.js';
import { chromeLines, reportLine, short } from '../src/text/chrome-lines.js';

/** Notices that no article sentence reads like: report them on any line of their own. */
const STRONG_RE =
  /\b(?:This (?:web ?site|site|page|blog) uses (?:cookies|Akismet)|We use cookies|uses Akismet to reduce spam|Learn how your comment data is processed|By (?:continuing to (?:use|browse)|using) (?:this|our) (?:web ?site|site)|Accept (?:all )?cookies|Cookie (?:policy|settings|preferences|consent)|Privacy (?:&|and) Cookies? Policy|Manage (?:cookie|privacy) (?:settings|preferences)|(?:enable|turn on|activate) JavaScript|JavaScript (?:is (?:disabled|required|turned off)|must be enabled)|(?:requires|needs) JavaScript|your browser does not support|All rights reserved|Unauthori[sz]ed (?:reproduction|reprinting|copying|redistribution)|(?:reproduction|reprinting|redistribution)(?: and (?:redistribution|reproduction|use))? (?:is |are )?(?:strictly )?prohibited|may not be (?:reproduced|reprinted|republished)(?: or (?:redistributed|reproduced))? without)/i;
/** Footer words an article might also use: only on short lines at the edges of the page. */
const LEGAL_RE = /\bPrivacy Policy\b|\bTerms (?:of (?:Use|Service)|and Conditions)\b|[©ⓒ]|\(c\) ?\d{4}|\bCopyright\s*(?:[©ⓒ]|\(c\)|\d{4})/i;
const NAV_RE = /\b(?:Contact us|About us|Sitemap|Site map|Imprint|Legal notice|Advertise with us|Careers|Help center|Feedback|Join us|Data protection|Terms)\b/gi;

/** Whether a short edge line is a site footer: a legal line, or a row of 2+ footer links. */
function isFooter(text: string): boolean {
  if (LEGAL_RE.test(text)) return !/[.!?]$/.test(text) || /[©ⓒ]|\(c\)/i.test(text);
  return new Set(text.match(NAV_RE)?.map((m) => m.toLowerCase())).size >= 2;
}

export default defineRule({
  id: 'cookie-notice',
  meta: {
    description: 'A scraped cookie, JavaScript, comment-spam or copyright notice ("This website uses cookies...", "All rights reserved")',
    category: 'boilerplate',
    defaultSeverity: 'warning',
    fixable: 'suggest',
    preset: 'recommended',
    messages: {
      notice: 'Scraped site notice "{{found}}": page chrome, not part of the text.',
      footer: 'Scraped page footer "{{found}}": page chrome, not part of the text.',
    },
  },
  docs: {
    why: 'Cookie banners, "enable JavaScript" warnings, the Akismet line under comment forms and copyright footers are printed by the site, not written by the author. Scrapers keep them and translation systems translate them.',
    valid: [
      'Regulators say many websites use cookies to track users across the web.',
      'The company changed its privacy policy in 2018, and users were not told.',
      'She baked cookies for the whole street.',
      'The copyright on the novel expired in 1998, and new editions followed.',
    ],
    invalid: [
      { text: 'The talks ended in Geneva on Monday.\n\nThis website uses cookies to improve your experience. Accept Read More' },
      { text: 'The talks ended.\n\nThis site uses Akismet to reduce spam. Learn how your comment data is processed.' },
      { text: 'The talks ended.\n\nPrivacy & Cookies Policy' },
      { text: 'The talks ended.\n\nCopyright © 2023 Global News. All rights reserved.' },
      { text: 'The talks ended.\n\nAbout us | Contact us | Privacy Policy' },
    ],
  },
  check(ctx) {
    for (const line of chromeLines(ctx.doc)) {
      if (!line.ownLine || line.words > 60) continue;
      const text = line.text;
      const strong = STRONG_RE.test(text);
      const footer = !strong && line.edge && line.words <= 15 && line.count > 1 && isFooter(text);
      if (!strong && !footer) continue;
      reportLine(ctx, line, strong ? 'notice' : 'footer', { found: short(text) });
    }
  },
});
