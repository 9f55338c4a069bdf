import { defineRule } from '../src/engine/define-rule.js';
import type { Edit } from '../src/types.js';

/** A line whose first visible character is a comma, semicolon, or a full stop, question or exclamation mark standing alone. */
const START_RE = /^[ \t]*(?:[,;]|[.!?](?=[ \t]|$))/;
const ONLY_PUNCTUATION = /^[\s\p{P}\p{S}]*$/u;

export default defineRule({
  id: 'line-start-punctuation',
  meta: {
    description: 'A line that starts with punctuation belonging to the line before, as in ", and then"',
    category: 'punctuation',
    defaultSeverity: 'error',
    fixable: 'suggest',
    preset: 'recommended',
    messages: { start: 'Line starts with "{{mark}}": it belongs at the end of the previous line.' },
  },
  docs: {
    why: 'When a translation is re-wrapped or segments are re-joined, the punctuation that ended one segment can be pushed to the start of the next line (", and then"). A line that holds nothing but punctuation is stray-dot-line\'s; ellipses ("...and then"), decimals (".5") and names such as ".NET" are not punctuation at a line start.',
    valid: [
      'The talks ended,\nand then the total rose.',
      '...and then it ended.',
      '.5 percent is small.',
      '.NET is a framework.',
      'The list:\n- one\n- two',
      'The talks ended.\n\n.',
    ],
    invalid: [{ text: 'The talks ended\n, and then the total rose.' }, { text: 'It rose\n; the ministry said so.' }, { text: 'Was it over\n? Nobody knew.' }],
  },
  check(ctx) {
    const { prose } = ctx.doc;
    const lines = ctx.doc.lines();
    lines.forEach(([start, end], i) => {
      const line = prose.slice(start, end);
      const m = START_RE.exec(line);
      if (!m || ONLY_PUNCTUATION.test(line)) return;
      const at = start + m[0].length - 1;
      if (ctx.doc.isMasked(at)) return;
      const mark = prose[at];
      const after = /^[ \t]*/.exec(prose.slice(at + 1, end))![0].length;
      const prev = lines[i - 1];
      const joinable = prev && prev[1] > prev[0] && /\S/.test(prose.slice(prev[0], prev[1]));
      const edits: Edit[] = [{ range: [start, at + 1 + after], text: '' }];
      if (joinable) {
        let prevEnd = prev[1];
        while (prevEnd > prev[0] && /[ \t]/.test(prose[prevEnd - 1])) prevEnd--;
        edits.unshift({ range: [prevEnd, prev[1]], text: mark });
      }
      ctx.report({
        range: [at, at + 1],
        messageId: 'start',
        data: { mark },
        suggestions: [{ title: joinable ? `Move "${mark}" to the end of the previous line` : `Delete "${mark}"`, edits }],
      });
    });
  },
});
