import { defineRule } from '../src/engine/define-rule.js';
import { chromeLines, reportLine, short, wordCount } from '../src/text/chrome-lines.js';

const SEE_ALSO_RE = /^(?:See also|Read also|Also read|Also see|To read also|Also to read|Read too|More on (?:this|the) topic|You (?:may|might) (?:also )?be interested(?: in)?|Read more|Related(?: (?:articles?|reading|news|posts?|stories|story|content|topics?|links?|reports?|coverage))?|Recommended(?: (?:reading|articles?|for you|news|posts?|stories))?|Further reading|More (?:news|stories|articles|reading)|Previous(?: (?:article|post|page|story|chapter))?|Next(?: (?:article|post|page|story|chapter))?|Prev)\s*[:：>»|]?\s*/i;
const WIDGET_HEADING_RE = /^(?:You (?:may|might|will|could) also (?:like|be interested in|enjoy)|Recommended for you|Related (?:articles|reading|news|posts|stories|content|topics|links|reports|coverage)|More (?:news|stories|articles|reading)(?: from [\p{L} ]{1,30})?|Further reading|Hot (?:news|articles|topics)|Most (?:popular|read|viewed)(?: (?:articles|stories|news))?|Popular (?:articles|posts|stories)|Latest (?:news|articles|posts)|Editor'?s picks?|Trending(?: now)?|Don'?t miss|Read (?:more|next)|(?:Return|Back) to [\p{L} ]{1,20}(?:,|\s)\s*(?:see|view|read) more|Back to (?:top|list|home(?: ?page)?)|(?:Return|Go|Jump) to (?:the )?top(?: of (?:the )?page)?|To the top of (?:the )?page|Page top|Click here for (?:details|more)|More on (?:this|the) (?:topic|subject)|(?:To read|Also to read|Read) (?:also|too)|You (?:may|might) (?:also )?be interested(?: in)?)[ \t]*[:：.!>»]?$/iu;

const LETTER_START_RE = /^\p{L}/u;

/** Whether a headline-shaped remainder follows a link prompt ("See also <Headline>"). */
function headlineAfter(rest: string): boolean {
  if (!/^["“'‘«(\[]?[\p{Lu}\p{N}]/u.test(rest)) return false;
  if (wordCount(rest) < 2) return false;
  // a reference in running text ends like a sentence: "See also chapter 3."
  if (/\(\d{4}\w?\)|\bpp?\.\s*\d/.test(rest)) return false;
  return !/[.;,](?:["'”’)\]]*)$/.test(rest) || /\?|!/.test(rest.slice(-2));
}

/** A headline in a link list: a few words, capitalised, not ending like a sentence. */
function headlineLine(text: string): boolean {
  const n = wordCount(text);
  return n >= 2 && n <= 25 && /^["“'‘«(\[]?[\p{Lu}\p{N}]/u.test(text) && !/[.;,:](?:["'”’)\]]*)$/.test(text);
}

export default defineRule({
  id: 'related-links',
  meta: {
    description: 'A scraped "See also <headline>", "Related articles" or "Previous/Next" link line',
    category: 'boilerplate',
    defaultSeverity: 'warning',
    fixable: 'suggest',
    preset: 'recommended',
    messages: {
      link: 'Scraped related-link line "{{found}}": page navigation, not part of the text.',
      listed: 'Headline "{{found}}" listed under a related-links heading: page navigation, not part of the text.',
      widget: 'Scraped "{{found}}" widget heading: page navigation, not part of the text.',
    },
  },
  docs: {
    why: 'Pages are scraped with their link boxes: "See also" plus another article\'s headline, "Related reading", "Previous/Next article". They are not part of the article, and a translation keeps them as if they were.',
    valid: [
      'See also chapter 3 of the report.',
      'For details, see also the appendix, which lists every source.',
      'The results are related to the ones above.',
      'Read more books, she said, and the children nodded.',
      '## See also',
      'Next, the committee voted on the budget.',
    ],
    invalid: [
      { text: 'The talks ended.\n\nSee also  Experts on the Real Estate Tax | Chinese Economy\n\nThe next round starts in May.' },
      { text: 'Related reading: Why the yuan fell in March' },
      { text: 'The talks ended.\n\nYou may also like' },
      { text: 'Previous article: Beijing raises rates again' },
    ],
  },
  check(ctx) {
    const lines = chromeLines(ctx.doc);
    for (let k = 0; k < lines.length; k++) {
      const line = lines[k];
      if (!line.ownLine || line.kind === 'heading' || line.words > 40) continue;
      const text = line.text;
      // both patterns start with a word: other lines skip them
      if (!LETTER_START_RE.test(text)) continue;
      if (WIDGET_HEADING_RE.test(text)) {
        reportLine(ctx, line, 'widget', { found: text.replace(/[\s:：.!>»]+$/, '') });
        // the headlines listed right under the widget heading, without a blank line between
        while (k + 1 < lines.length && !lines[k + 1].afterBlank && headlineLine(lines[k + 1].text)) {
          k++;
          reportLine(ctx, lines[k], 'listed', { found: short(lines[k].text) });
        }
        continue;
      }
      const m = SEE_ALSO_RE.exec(text);
      if (!m) continue;
      const prompt = m[0];
      const rest = text.slice(prompt.length);
      // "Next, the committee voted": a comma or lowercase word means running text
      if (/^(?:Next|Previous|Prev|Related|Recommended)$/i.test(prompt.trim()) && !/[:：>»|]/.test(prompt) && !/\s{2,}|\t/.test(prompt)) continue;
      if (!/[:：>»|]|\s{2,}/.test(prompt) && !/^(?:See also|Read also|Also read|Also see)\b/i.test(prompt)) continue;
      if (!headlineAfter(rest)) continue;
      reportLine(ctx, line, 'link', { found: short(text) });
    }
  },
});
