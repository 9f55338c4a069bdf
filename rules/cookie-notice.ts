import { defineRule } from '../src/engine/define-rule.js';
import { chromeLines, reportLine, short, type ChromeLine } from '../src/text/chrome-lines.js';

/** Notices that only a web page prints (no article sentence and no licence file reads like them): report them on any line of their own. */
const STRONG_RE =
  /\b(?:This (?:web ?site|site|page|blog) uses (?:cookies|Akismet)|We use cookies|uses Akismet to reduce spam|Learn how your comment data is processed|By (?:continuing to (?:use|browse)|using) (?:this|our) (?:web ?site|site)|Accept (?:all )?cookies|Cookie (?:policy|settings|preferences|consent)|Privacy (?:&|and) Cookies? Policy|Manage (?:cookie|privacy) (?:settings|preferences)|(?:enable|turn on|activate) JavaScript|JavaScript (?:is (?:disabled|required|turned off)|must be enabled)|(?:requires|needs) JavaScript|your browser does not support|Unauthori[sz]ed (?:reproduction|reprinting|copying|redistribution)|(?:reproduction|reprinting|redistribution)(?: and (?:redistribution|reproduction|use))? (?:is |are )?(?:strictly )?prohibited|may not be (?:reproduced|reprinted|republished)(?: or (?:redistributed|reproduced))? without)/i;
/** A footer link that an article or a licence might also mention: only as a line of its own at the edges of the page. */
const LEGAL_RE = /^(?:Privacy Policy|Terms (?:of (?:Use|Service)|and Conditions))$/i;
const NAV_RE = /\b(?:Contact us|About us|Sitemap|Site map|Imprint|Legal notice|Advertise with us|Careers|Help center|Feedback|Join us|Data protection|Terms)\b/gi;
/**
 * A copyright or licence line ("Copyright © 2024 Example Corp. All rights reserved.", "MIT License © 2025 Kevin Deng"):
 * the last line of many READMEs and licence files too, so it counts as page chrome only next to a web-page notice or footer.
 */
const COPYRIGHT_RE = /[©ⓒ]|&copy;|\(c\) ?\d{4}|\bCopyright\s*(?:[©ⓒ]|\(c\)|\d{4})|\bAll rights reserved\b/i;

/** Whether a short edge line is a site footer: a lone legal link, or a row of 2+ footer links. */
function isFooter(text: string): boolean {
  if (LEGAL_RE.test(text)) return true;
  return new Set(text.match(NAV_RE)?.map((m) => m.toLowerCase())).size >= 2;
}

export default defineRule({
  id: 'cookie-notice',
  meta: {
    description: 'A scraped cookie, JavaScript, comment-spam or reproduction notice ("This website uses cookies...", "Unauthorized reproduction prohibited"), and the copyright line of a page that has one',
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
    why: 'Cookie banners, "enable JavaScript" warnings, the Akismet line under comment forms and copyright footers are printed by the site, not written by the author. Scrapers keep them and translation systems translate them. A copyright or licence line on its own ("Copyright © 2024 Example Corp. All rights reserved.", "MIT License © 2025 Kevin Deng") ends many READMEs, licence files and books, so it is reported only when the text also carries a web-page notice or a row of footer links.',
    valid: [
      'Regulators say many websites use cookies to track users across the web.',
      'The company changed its privacy policy in 2018, and users were not told.',
      'She baked cookies for the whole street.',
      'The copyright on the novel expired in 1998, and new editions followed.',
      '# Parser\n\nReturns the number of items in the list.\n\nCopyright © 2024 Example Corp. All rights reserved.',
      '# Parser\n\nReturns the number of items in the list.\n\nMIT License © 2025-PRESENT Kevin Deng',
      'Returns the number of items in the list.\n\nCopyright (c) 2020 Evan Wallace\n\nTERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION',
    ],
    invalid: [
      { text: 'The talks ended in Geneva on Monday.\n\nThis website uses cookies to improve your experience. Accept Read More' },
      { text: 'The talks ended.\n\nThis site uses Akismet to reduce spam. Learn how your comment data is processed.' },
      { text: 'The talks ended.\n\nPrivacy & Cookies Policy' },
      { text: 'The talks ended.\n\nCopyright © 2023 Global News. All rights reserved. Unauthorized reproduction is prohibited.' },
      { text: 'The talks ended.\n\nAbout us | Contact us\n\nCopyright © 2023 Global News. All rights reserved.' },
      { text: 'The talks ended.\n\nAbout us | Contact us | Privacy Policy' },
    ],
  },
  check(ctx) {
    const copyrights: ChromeLine[] = [];
    let webChrome = false;
    for (const line of chromeLines(ctx.doc)) {
      if (!line.ownLine || line.words > 60) continue;
      const text = line.text;
      const strong = STRONG_RE.test(text);
      const edge = line.edge && line.words <= 15 && line.count > 1;
      const footer = !strong && edge && isFooter(text);
      if (strong || footer) {
        webChrome = true;
        reportLine(ctx, line, strong ? 'notice' : 'footer', { found: short(text) });
      } else if (edge && COPYRIGHT_RE.test(text)) copyrights.push(line);
    }
    // a copyright line is the site's footer only when the page's other chrome came with it
    if (webChrome) for (const line of copyrights) reportLine(ctx, line, 'footer', { found: short(line.text) });
  },
});
