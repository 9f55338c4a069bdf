import { defineRule } from '../src/engine/define-rule.js';
import { chromeLines, endsSentence, linesWithMatch, reportLine, reportPiece, short } from '../src/text/chrome-lines.js';

/** "(End)", "【Finish】", "-END-": the 完 mark of Chinese news, in brackets or dashes. */
const END_RE = /^(?:[(（[【<〈«]\s*(?:The )?(?:End|Finish(?:ed)?|Complete(?:d)?|Over|Full text (?:ends|ended|end|finished|over)|End of (?:the )?(?:full )?(?:text|article))\s*[)）\]】>〉»]|[-—–=~]+\s*(?:The )?(?:END|End|Finish|FINISH)\s*[-—–=~]+)$/;
/** Labels that only page furniture uses: report on any line of their own. */
const STRONG_RE =
  /^[[【(（]?(?:Original (?:title|headline|link|address|article|text|URL)|Reprinted (?:from|with permission from)|Reproduced from|Transferred from|Forwarded from|Article source|News source|Source of (?:this|the) article|This article (?:is|was) (?:reprinted|reproduced|transferred) from|Copyright (?:statement|notice)|Special (?:statement|note|reminder)|Image source|Picture source|Photo source|Cover (?:image|picture|photo)(?: source)?|Title (?:image|picture)|Header image)\s*[:：]/i;
/** Labels a chart caption or a quoted document may also use: only at the page's edges. (Photo credits are left alone: human pages print them too.) */
const EDGE_RE = /^[[【(（]?(?:Sources?|Disclaimer|Statement|Declaration|Note from the editor)\s*[:：]/i;
/** "Release time: 2023-02-11 10:30 Source: Xinhua": a page's metadata row. */
const METADATA_RE =
  /^(?:(?:Release|Publish(?:ed|ing)?|Post(?:ed|ing)?|Update[ds]?|Issue) (?:time|date)|Time|Date)\s*[:：]\s*\d{4}[-/.年]\d{1,2}[^\n]{0,80}?\b(?:Source|From|Author|Editor|Views?|Clicks?)\s*[:：]/i;
const BRACKETED_RE = /[[【(（](?:Source|News source|Article source|Original title)\s*[:：][^\]】)）\n]{1,60}[\]】)）]/gi;
const BRACKETED_START_RE = /[[【(（](?:Source|News source|Article source|Original title)/gi;

export default defineRule({
  id: 'source-line',
  meta: {
    description: 'A scraped source, original-title, disclaimer or end-of-article line, as in "Source: Xinhua", "Original title: ..." or "(End)"',
    category: 'boilerplate',
    defaultSeverity: 'warning',
    fixable: 'suggest',
    preset: 'recommended',
    messages: {
      end: 'Scraped end-of-article mark "{{found}}": page chrome, not part of the text.',
      source: 'Scraped source or disclaimer line "{{found}}": page chrome, not part of the text.',
    },
  },
  docs: {
    why: 'Reposted news carries the page furniture of its first publisher: 来源 (source), 原标题 (original title), 声明 (disclaimer) and the closing （完） mark. Translated, they become "Source: ...", "Original title: ...", "Disclaimer: ..." and "(End)" lines.',
    valid: [
      'The source: a leaked memo from the ministry.',
      'The end of the war came in 1945.',
      'Sources said the talks would resume. Officials declined to comment on the report in detail.',
      'Statement of the problem follows in section two.',
    ],
    invalid: [
      { text: 'The talks ended.\n\n(End)' },
      { text: 'Original title: Russia and China are drifting apart\n\nThe talks ended.' },
      { text: 'The talks ended.\n\nSource: Xinhua News Agency' },
      { text: 'The talks ended.\n\nDisclaimer: this article represents only the author\'s views.' },
      { text: 'February 11, 2023 [Source: Xinhua News Agency]' },
    ],
  },
  check(ctx) {
    const bracketed = linesWithMatch(ctx.doc, BRACKETED_START_RE);
    for (const line of chromeLines(ctx.doc)) {
      const text = line.text;
      if (line.ownLine && line.words <= 60) {
        if (END_RE.test(text)) {
          reportLine(ctx, line, 'end', { found: text });
          continue;
        }
        const labelled = STRONG_RE.test(text) || METADATA_RE.test(text) || (line.edge && line.count > 1 && EDGE_RE.test(text) && (line.words <= 12 || !endsSentence(text) || /^[[【(（]?(?:Disclaimer|Statement|Declaration)/i.test(text)));
        if (labelled) {
          reportLine(ctx, line, 'source', { found: short(text) });
          continue;
        }
      }
      if (!bracketed.has(line.index)) continue;
      BRACKETED_RE.lastIndex = 0;
      for (let m = BRACKETED_RE.exec(text); m; m = BRACKETED_RE.exec(text)) {
        const start = line.textStart + m.index;
        reportPiece(ctx, line, [start, start + m[0].length], 'source', false, { found: m[0] });
      }
    }
  },
});
