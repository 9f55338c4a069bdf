import { defineRule } from '../src/engine/define-rule.js';
import { chromeLines, endsSentence, linesWithMatch, reportPiece } from '../src/text/chrome-lines.js';

const NUMBER = String.raw`\d[\d,.]*\s*(?:[kKmMwW]|万|thousand|million)?\+?`;
/** "Views: 1,204", "Reads 10w+", "Page views：3562" — a label, a colon, a count. */
const LABELLED_RE = new RegExp(String.raw`(?:^|(?<=[\s|·•/]))(?:Views?|Page ?views|Reads?|Readings?|Reading (?:volume|count)|Read count|Hits|Clicks|Visits|Visitors|Browse(?:s| count)?|Views count|View count|Number of (?:views|readings|visits|clicks))\s*[:：]\s*${NUMBER}(?=\s|$|[|·•/])`, 'giu');
/** NUMBER where spaces follow: the spaces are left to the pattern after it (two free runs of spaces in a row are quadratic). */
const COUNT_NUMBER = String.raw`\d[\d,.]*(?:\s*(?:[kKmMwW]|万|thousand|million)\+?|\s*\+)?`;
/** "1.2k reads", "3,456 views" on a short line of its own or among dates and bars. */
const COUNTED_RE = new RegExp(String.raw`(?:^|(?<=[\s|·•/]))${COUNT_NUMBER}\s*(?:views|reads|readings|page views|clicks|hits|visits|times read|people (?:have )?read)(?=\s|$|[|·•/])`, 'giu');
/** What either pattern needs: a colon before a number, or a number (from its first digit) before a count word. */
const COUNT_RE = /[:：]\s*\d|\d(?<![\d,.]\d)[\d,.]*(?:\s*(?:[kmw]|万|thousand|million)\+?|\s*\+)?\s*(?:views|reads|readings|page views|clicks|hits|visits|times read|people)/gi;
const META_REST_RE = /^[\s|·•/,:：\-–—()[\]【】0-9年月日时分秒APMapm.]*$/;

export default defineRule({
  id: 'view-counter',
  meta: {
    description: 'A scraped view or read counter, as in "Views: 1,204" or "1.2k reads"',
    category: 'boilerplate',
    defaultSeverity: 'warning',
    fixable: 'suggest',
    preset: 'recommended',
    messages: { counter: 'Scraped view counter "{{found}}": page chrome, not part of the text.' },
  },
  docs: {
    why: 'News and blog pages print how often an article was read (阅读量, 浏览次数, 조회수). Scraped with the text, the counter survives translation as "Views: 1,204" or "Reading 10w+".',
    valid: [
      'The video had 1.2 million views in a day.',
      'Her views: 3 points, all of them wrong.',
      'Reads 3 books a week, she said of her son.',
      'The clip drew 3,456 views before it was taken down, the company said.',
    ],
    invalid: [
      { text: 'The talks ended.\n\nViews: 1,204' },
      { text: '2023-02-11 10:30 | Reads: 10w+' },
      { text: 'The talks ended.\n\n1.2k reads' },
    ],
  },
  check(ctx) {
    const counted = linesWithMatch(ctx.doc, COUNT_RE);
    for (const line of chromeLines(ctx.doc)) {
      if (!line.ownLine || line.words > 25 || !counted.has(line.index)) continue;
      const text = line.text;
      const found: Array<[number, number]> = [];
      for (const re of [LABELLED_RE, COUNTED_RE]) {
        if (re === COUNTED_RE && endsSentence(text)) continue;
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) found.push([m.index, m.index + m[0].length]);
      }
      if (found.length === 0) continue;
      let rest = text;
      for (const [s, e] of [...found].sort((a, b) => b[0] - a[0])) rest = rest.slice(0, s) + rest.slice(e);
      // the line is a metadata row when what is left is dates, times and separators
      const lineIsChrome = META_REST_RE.test(rest);
      if (!lineIsChrome && found.every(([s]) => s > 0) && !/[|·•]/.test(text)) continue;
      for (const [s, e] of found) reportPiece(ctx, line, [line.textStart + s, line.textStart + e], 'counter', lineIsChrome, { found: text.slice(s, e) });
    }
  },
});
