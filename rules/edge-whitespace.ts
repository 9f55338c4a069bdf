import { defineRule } from '../src/engine/define-rule.js';

/** One stray space (or no-break space) before the first word of a line. */
const LEAD_RE = /^[ \u00A0](?=[\p{L}\p{N}“"‘'(\[])/u;
/** A space, tab, no-break space or ideographic space. */
const isEdgeSpace = (c: number): boolean => c === 32 || c === 9 || c === 0xa0 || c === 0x3000;
/** A space or no-break space, as LEAD_RE starts. */
const isLeadSpace = (c: number): boolean => c === 32 || c === 0xa0;

export default defineRule({
  id: 'edge-whitespace',
  meta: {
    description: 'A stray space at the start of a line, or spaces at its end, as in " The report said"',
    category: 'spacing',
    defaultSeverity: 'warning',
    fixable: 'safe',
    preset: 'all',
    messages: {
      leading: 'Stray space at the start of the line.',
      trailing: 'Trailing whitespace at the end of the line.',
    },
  },
  docs: {
    why: 'Segments joined back into a document often keep the space that separated them, so a line starts with one space (" The report said"), and lines end in invisible spaces. Indentation (two or more spaces, or a tab) is left alone, and so are HTML and Markdown, where such spaces are not shown.',
    valid: ['The report said so.', '    Indented code-like line', '\tA tabbed line', 'Two lines\nwithout edges'],
    invalid: [
      { text: 'The talks ended.\n The report said so.', output: 'The talks ended.\nThe report said so.' },
      { text: 'The talks ended.  \nNext line', output: 'The talks ended.\nNext line' },
    ],
  },
  check(ctx) {
    if (ctx.doc.syntax === 'html' || ctx.doc.syntax === 'markdown') return;
    const { prose } = ctx.doc;
    const lines = ctx.doc.lines();
    for (let k = 0; k < lines.length; k++) {
      const [start, end] = lines[k];
      if (end === start) continue;
      // only a line that starts with a space or ends in one can be reported: look no further at the others
      const lead = isLeadSpace(prose.charCodeAt(start));
      if (!lead && !isEdgeSpace(prose.charCodeAt(end - 1))) continue;
      const line = prose.slice(start, end);
      if (!/\S/.test(line) || ctx.doc.isMasked(start, end)) continue;
      if (lead && LEAD_RE.test(line)) {
        ctx.report({ range: [start, start + 1], messageId: 'leading', fix: { title: 'Remove the space', edits: [{ range: [start, start + 1], text: '' }] } });
      }
      if (isEdgeSpace(prose.charCodeAt(end - 1))) {
        let from = end - 1;
        while (from > start && isEdgeSpace(prose.charCodeAt(from - 1))) from--;
        ctx.report({ range: [from, end], messageId: 'trailing', fix: { title: 'Remove the trailing whitespace', edits: [{ range: [from, end], text: '' }] } });
      }
    }
  },
});
