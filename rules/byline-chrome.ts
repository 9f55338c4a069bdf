import { defineRule } from '../src/engine/define-rule.js';
import { chromeLines, endsSentence, linesWithMatch, reportLine, reportPiece, short } from '../src/text/chrome-lines.js';

const DATE = String.raw`(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}(?:st|nd|rd|th)? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,? \d{4})`;
const CMS_USER = String.raw`(?:admin|administrator|site ?admin|web ?master|wp ?admin|root|moderator|user ?\d+|editor\d+|author\d+)`;

/** Whole-line patterns, by message id. */
const LINES: Array<[string, RegExp]> = [
  ['byline', new RegExp(String.raw`^(?:(?:Posted|Written|Published|Submitted|Created)\s+)?by\s*(?:[:：]\s*)?${CMS_USER}\b[^.!?]{0,60}$`, 'iu')],
  ['byline', new RegExp(String.raw`^(?:Posted|Published|Submitted)\s+(?:on\s+)?${DATE}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:by\s+\S[^.!?]{0,40})?$`, 'iu')],
  ['byline', new RegExp(String.raw`^(?:Posted|Filed)\s+in\s+[\p{Lu}\d][^.!?]{0,80}$`, 'u')],
  ['comments', /^(?:Leave (?:a|your) (?:comment|reply|message|response)s?|Post (?:a|your) comment|Add (?:a|your) comment|Write (?:a|your) comment|Submit (?:a |your )?comment|Be the first to comment|Join the (?:discussion|conversation)|Click to comment|Comments? (?:are|is) closed|No comments?(?: yet)?|Cancel reply|Show comments|View comments|Comments?|\d+ (?:comments?|replies|responses)|Comments? \(\d+\)|Leave your comment\s*\d+\s*comments?)(?:\s*[:：(]\s*\d*\)?)?\s*[.!]?$/i],
  ['comments', /^(?:Your email address will not be published|Save my name, email,? and website in this browser|You must be logged in to post a comment|Required fields are marked)\b[^\n]{0,120}$/i],
  ['share', /^(?:Share(?: (?:this|the|on|via|to))?(?: (?:article|post|story|page|news))?|Like this|Share this:?|Share on (?:Facebook|Twitter|WhatsApp|WeChat|Weibo|LinkedIn|Telegram|X))\s*[:：!]?$/i],
  ['share', /^(?:Follow us on|Follow (?:us|the author) (?:on|at)|Subscribe to (?:our|the) (?:newsletter|channel|podcast|blog|Telegram|YouTube)|Sign up for (?:our|the) newsletter|Scan (?:the )?QR code|Long press (?:to identify|the QR)|Click (?:on )?(?:the )?(?:blue (?:word|text)|above|top)|Download (?:our|the) app)\b[^\n]{0,120}$/i],
  ['share', /^(?:Font(?: size)?\s*(?:[:：]\s*)?(?:[[【(]\s*)?(?:Large|Big)\s+(?:Medium|Middle)\s+Small\s*[\]】)]?)$/i],
  ['tags', /^(?:Tags?|Tagged(?: with)?|Tag list|Filed under|Keywords?|Key words|Labels?|Categories)\s*[:：]\s*\S[^\n]{0,150}$/i],
  ['tags', /^(?:Category|Column|Section|Topics?|Channel)\s*[:：]\s*[\p{Lu}\d][^\n.!?]{0,60}$/u],
];

const SHARE_TOKEN = String.raw`(?:share|print|e-?mail|tweet|facebook|twitter|linkedin|whats ?app|wechat|weibo|qq|qzone|telegram|pinterest|reddit|vk|vkontakte|odnoklassniki|kakao(?:talk)?|naver|flipboard|tumblr|messenger|copy link|copy url|comments?|favou?rites?|bookmark|font|large|medium|small|a\+|a-)`;
/** The font-size switch of Chinese news pages, wherever the scraper left it: "Font: [Large Medium Small]". */
const FONT_WIDGET_RE = /Font(?: size)?\s*[:：]\s*(?:[[【(]\s*)?(?:Large|Big)(?:,|\s+and)?\s+(?:Medium|Middle)(?:,|\s+and)?\s+(?:and\s+)?Small\s*[\]】)]?/gi;
const FONT_RE = /font/gi;
const SHARE_VERB_RE = /\b(?:share|print|e-?mail|tweet|facebook|twitter|linkedin|whats ?app|wechat|weibo|qzone|telegram|pinterest|reddit|vk|kakao|naver|comments?|bookmark)\b/i;
const WORD_START_RE = /^[\p{L}\p{N}]/u;
const SHARE_ROW_RE = new RegExp(String.raw`^(?:${SHARE_TOKEN}[\s|/·,:：()]*){2,}$`, 'i');

export default defineRule({
  id: 'byline-chrome',
  meta: {
    description: 'A scraped CMS byline, comment prompt, share/follow widget or tag list ("by admin", "Leave a Comment", "Share this", "Tags:")',
    category: 'boilerplate',
    defaultSeverity: 'warning',
    fixable: 'suggest',
    preset: 'recommended',
    messages: {
      byline: 'Scraped byline "{{found}}": page chrome, not part of the text.',
      comments: 'Scraped comment prompt "{{found}}": page chrome, not part of the text.',
      share: 'Scraped share or follow widget "{{found}}": page chrome, not part of the text.',
      tags: 'Scraped tag list "{{found}}": page chrome, not part of the text.',
    },
  },
  docs: {
    why: 'Blog and news templates print a CMS byline ("by admin", "Posted on May 3, 2023 by admin"), comment prompts ("Leave a Comment", "3 Comments"), share buttons and tag lists. Scraped with the article they reach the translation as lines of their own.',
    valid: [
      'The law was passed by admin staff in the ministry.',
      'Please leave a comment if you disagree, she wrote.',
      'Share prices fell 3% on Monday.',
      'Comments from readers poured in after the article ran.',
      'By Jane Smith, Reuters',
      'Tags are sewn into every shirt.',
      'Print and email are still used by most offices.',
    ],
    invalid: [
      { text: 'by admin\n\nThe talks ended in Geneva on Monday.' },
      { text: 'Posted on May 3, 2023 by admin' },
      { text: 'The talks ended.\n\nLeave a Comment' },
      { text: 'The talks ended.\n\nShare this:\n\nFacebook Twitter WhatsApp' },
      { text: 'The talks ended.\n\nTags: China, Russia, energy' },
      { text: '12 Comments' },
      { text: '2023-02-11 13:09:10 [Source: Xinhua] Font: [Large Medium Small] The meeting opened.' },
    ],
  },
  check(ctx) {
    let fonts: Set<number> | undefined;
    for (const line of chromeLines(ctx.doc)) {
      const text = line.text;
      // every whole-line pattern starts with a letter or a digit: other lines skip them all
      const candidate = line.ownLine && line.words <= 40 && WORD_START_RE.test(text);
      let id = candidate ? LINES.find(([, re]) => re.test(text))?.[0] : undefined;
      if (!id && candidate && SHARE_ROW_RE.test(text) && SHARE_VERB_RE.test(text) && (line.edge || !endsSentence(text))) id = 'share';
      if (!id) {
        if (!(fonts ??= linesWithMatch(ctx.doc, FONT_RE)).has(line.index)) continue;
        FONT_WIDGET_RE.lastIndex = 0;
        for (let m = FONT_WIDGET_RE.exec(text); m; m = FONT_WIDGET_RE.exec(text)) {
          const start = line.textStart + m.index;
          reportPiece(ctx, line, [start, start + m[0].length], 'share', false, { found: m[0] });
        }
        continue;
      }
      // a "Keywords:" or "Category:" line inside the body is part of the text
      if (id === 'tags' && (!line.edge || (line.words > 15 && endsSentence(text)))) continue;
      reportLine(ctx, line, id, { found: short(text) });
    }
  },
});
