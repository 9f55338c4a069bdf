import type { Range } from '../types.js';
import type { SourceText } from '../text/document.js';
import { OffsetMap } from '../text/offset-map.js';
import { DIRECTIVE_RE } from '../engine/directives.js';

/** Plain text: the prose is the file, with mtlint directive comments blanked out. */
export function plainText(text: string): SourceText {
  const masked: Range[] = [];
  let prose = text;
  if (text.includes('mtlint-')) {
    const parts: string[] = [];
    let last = 0;
    for (const m of text.matchAll(DIRECTIVE_RE)) {
      const start = m.index ?? 0;
      parts.push(text.slice(last, start), m[0].replace(/[^\r\n]/g, ' '));
      masked.push([start, start + m[0].length]);
      last = start + m[0].length;
    }
    parts.push(text.slice(last));
    prose = parts.join('');
  }
  return { text, syntax: 'text', prose, map: OffsetMap.identity(), masked };
}
