import { decodeHTMLStrict } from 'entities';
import { holdsAny } from '../src/text/charset.js';
import { defineRule } from '../src/engine/define-rule.js';
import type { Sentence } from '../src/text/document.js';
import { matchAll } from '../src/text/matches.js';

const RE = /&(?:amp;)*(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;
/** Words that show a sentence is about markup, where an entity is the topic, not a leak. */
const ABOUT_MARKUP_RE = /\b(?:HTML|XML|SGML|entit(?:y|ies)|escap(?:e|es|ed|ing)|markup|character references?|ampersand|source code|tags?)\b/i;
const QUOTED_RE = /^[`"'“‘]/;

/** Decodes HTML entities until nothing changes (double escaping), with a no-break space as a plain space. */
function unescapeFully(text: string): string {
  let current = text;
  for (let pass = 0; pass < 5; pass++) {
    const next = decodeHTMLStrict(current);
    if (next === current) break;
    current = next;
  }
  return current.replace(/\u00A0/g, ' ');
}

/** The sentence holding `offset`, by binary search. */
function sentenceAt(sentences: Sentence[], offset: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].end <= offset) lo = mid + 1;
    else if (sentences[mid].start > offset) hi = mid - 1;
    else return sentences[mid];
  }
  return undefined;
}

export default defineRule({
  id: 'html-entity-leak',
  meta: {
    description: 'HTML character references left in the text, as in "What&#39;s wrong?" or "&amp;nbsp;"',
    category: 'encoding',
    defaultSeverity: 'error',
    fixable: 'safe',
    preset: 'recommended',
    messages: { entity: 'HTML entity "{{found}}" left in the text: write "{{fixed}}".' },
  },
  docs: {
    why: 'Translation APIs that take HTML return escaped text, and a pipeline that treats it as plain text, or escapes it a second time, publishes "&#39;" for an apostrophe and "&amp;nbsp;" for a space. The fix decodes until the text is stable; "&nbsp;" becomes an ordinary space.',
    valid: [
      'AT&T and P&G reported results.',
      'In HTML, write &amp; to get an ampersand.',
      'Type `&lt;` for a less-than sign.',
      'The entity &nbsp; keeps two words together.',
      'Rock & roll; salt & pepper.',
    ],
    invalid: [
      { text: 'Hoshimi? What&#39;s wrong?', output: 'Hoshimi? What\'s wrong?' },
      { text: 'He didn&amp;#39;t take the boat away.', output: 'He didn\'t take the boat away.' },
      { text: 'Results: 5&gt; 2 in most cases.', output: 'Results: 5> 2 in most cases.' },
      { text: 'the&amp;nbsp;ministry said', output: 'the ministry said' },
    ],
  },
  check(ctx) {
    // every entity starts with &
    if (!holdsAny(ctx.doc, '&')) return;
    const { doc } = ctx;
    const { prose } = doc;
    for (const { m, start, end } of matchAll(RE, prose)) {
      const fixed = unescapeFully(m[0]);
      if (fixed === m[0] || /&[#A-Za-z]/.test(fixed)) continue; // not an entity HTML knows
      if (doc.isMasked(start, end) || QUOTED_RE.test(prose[start - 1] ?? '')) continue;
      const sentence = sentenceAt(doc.sentences(), start);
      if (sentence && ABOUT_MARKUP_RE.test(prose.slice(sentence.start, sentence.end))) continue;
      ctx.report({
        range: [start, end],
        messageId: 'entity',
        data: { found: m[0], fixed },
        fix: { title: `Write "${fixed}"`, edits: [{ range: [start, end], text: fixed }] },
      });
    }
  },
});
