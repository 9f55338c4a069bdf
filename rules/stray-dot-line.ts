import { defineRule } from '../src/engine/define-rule.js';
import { chromeLines, reportLine } from '../src/text/chrome-lines.js';

/** The marks a removed element leaves behind on a line of their own. */
const STRAY = '.。,，';

export default defineRule({
  id: 'stray-dot-line',
  meta: {
    description: 'A line that holds nothing but a full stop or a comma',
    category: 'boilerplate',
    defaultSeverity: 'warning',
    fixable: 'suggest',
    preset: 'recommended',
    messages: { stray: 'Line holding only "{{found}}": a leftover of a removed element.' },
  },
  docs: {
    why: 'When a scraper drops an image, a link or a widget, the punctuation around it can remain as a line of its own: a lone "." or "," between paragraphs. It carries nothing and should go.',
    valid: ['The talks ended.', 'Wait...\n\n...\n\nthen what?', 'Section one\n\n---\n\nSection two', 'Yes.\n\n*'],
    invalid: [{ text: 'The talks ended.\n\n.\n\nThe next round starts in May.' }, { text: 'The talks ended.\n\n。' }],
  },
  check(ctx) {
    for (const line of chromeLines(ctx.doc)) {
      const { text } = line;
      if (text.length === 1 && STRAY.includes(text) && line.start === line.textStart) reportLine(ctx, line, 'stray', { found: text });
    }
  },
});
