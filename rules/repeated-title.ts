import { defineRule } from '../src/engine/define-rule.js';
import { chromeLines, reportLine, short } from '../src/text/chrome-lines.js';

const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();

export default defineRule({
  id: 'repeated-title',
  meta: {
    description: 'The page title printed again as a line of its own before the article starts',
    category: 'boilerplate',
    defaultSeverity: 'warning',
    fixable: 'suggest',
    preset: 'recommended',
    messages: { repeated: 'The title "{{found}}" is repeated: the page printed it twice.' },
  },
  docs: {
    why: 'A scraped page often holds its title twice, once from the <title> element and once from the headline, one after the other at the top. The second copy is not part of the article.',
    valid: [
      'Growth slows\n\nThe economy grew 2% in the quarter, less than the 3% that analysts had expected, the statistics office said on Monday.\n\nGrowth slows',
      'Chapter one\n\nChapter two',
      'Yes.\n\nYes.',
    ],
    invalid: [{ text: 'Russia and China form a new alliance\n\nRussia and China form a new alliance\n\nThe talks ended in Geneva on Monday after three days of meetings, officials said.' }],
  },
  check(ctx) {
    const lines = chromeLines(ctx.doc);
    const seen = new Set<string>();
    for (const line of lines) {
      // only the lines above the first paragraph of body text, and only the first six
      if (line.body || line.index >= 6) break;
      if (line.words < 3 || line.words > 30 || /[.;,:]$/.test(line.text)) continue;
      const key = norm(line.text);
      if (seen.has(key)) reportLine(ctx, line, 'repeated', { found: short(line.text) });
      seen.add(key);
    }
  },
});
