import type { Block, Document } from '../text/document.js';

/** A sentence of running prose, with what the fragment rules need to know about where it stands. */
export interface ProseSentence {
  start: number;
  end: number;
  text: string;
  paragraph: Block;
  /** Position among the sentences of its paragraph, and how many there are. */
  index: number;
  count: number;
  /** The sentence follows a list marker (`1.`, `a)`, `-`) at the start of its paragraph. */
  listItem: boolean;
  /** The sentence starts inside an open quotation (dialogue or a quoted passage). */
  quoted: boolean;
}

const LIST_MARKER_RE = /^(?:[-*•·]|\(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})[.)、])$/;
/** Longest text LIST_MARKER_RE matches: `(iiii)`. */
const LIST_MARKER_MAX = 6;
const LIST_START_RE = /^(?:[-*•·]|\d{1,3}[.)、])\s/;
/** The quotation marks the sentences' `quoted` counts: straight, curly and CJK ones. */
const QUOTE_RE = /["“«「『”»」』]/g;
const byDocument = new WeakMap<Document, ProseSentence[]>();
const titleLike = new WeakMap<Document, Map<Block, boolean>>();

/**
 * The sentences of ordinary paragraphs (not headings, list items, table cells, captions or
 * subtitle cues), computed once per document for every fragment rule. A bare list marker that
 * the splitter cut off as its own "sentence" is dropped and marks the sentence after it.
 */
export function proseSentences(doc: Document): ProseSentence[] {
  const cached = byDocument.get(doc);
  if (cached) return cached;
  const out: ProseSentence[] = [];
  const prose = doc.prose;
  const units = doc.units();
  const paragraphs = doc.paragraphs();
  const all = doc.sentences();
  // the offset of the next quotation mark (found by one forward scan over the prose)
  let quote = -1;
  // the sentences of one paragraph follow each other
  for (let j = 0, k = 0; j < all.length; j = k) {
    const p = all[j].paragraph;
    k = j + 1;
    while (k < all.length && all[k].paragraph === p) k++;
    const paragraph = paragraphs[p];
    if (paragraph.kind !== 'paragraph' && paragraph.kind !== 'blockquote') continue;
    let first = j;
    let listItem = false;
    if (all[j].end - all[j].start <= LIST_MARKER_MAX && LIST_MARKER_RE.test(prose.slice(all[j].start, all[j].end))) {
      listItem = true;
      first = j + 1;
    }
    if (!listItem && LIST_START_RE.test(prose.slice(paragraph.start, paragraph.start + 5))) listItem = true;
    // quotation marks opened and not closed before each sentence, counted from the paragraph's start
    let curly = 0;
    let straight = 0;
    if (quote < paragraph.start) quote = nextQuote(prose, paragraph.start);
    const count = k - first;
    for (let i = first; i < k; i++) {
      const s = all[i];
      for (; quote < s.start; quote = nextQuote(prose, quote + 1)) {
        const c = units[quote];
        if (c === 0x22) straight++;
        else if (c === 0x201c || c === 0xab || c === 0x300c || c === 0x300e) curly++;
        else curly--;
      }
      const index = i - first;
      out.push({
        start: s.start,
        end: s.end,
        text: prose.slice(s.start, s.end),
        paragraph,
        index,
        count,
        listItem: listItem && index === 0,
        quoted: curly > 0 || straight % 2 === 1,
      });
    }
  }
  byDocument.set(doc, out);
  return out;
}

/** Offset of the first quotation mark at or after `from`, or Infinity. */
function nextQuote(prose: string, from: number): number {
  QUOTE_RE.lastIndex = from;
  return QUOTE_RE.test(prose) ? QUOTE_RE.lastIndex - 1 : Infinity;
}

/** Whether a paragraph looks like a title line: a single line without a closing stop (remembered per paragraph). */
export function isTitleLike(doc: Document, paragraph: Block): boolean {
  let known = titleLike.get(doc);
  if (!known) titleLike.set(doc, (known = new Map()));
  let is = known.get(paragraph);
  if (is === undefined) {
    const text = doc.prose.slice(paragraph.start, paragraph.end);
    const last = text.charCodeAt(text.length - 1);
    const stop = last === 0x2e || last === 0x21 || last === 0x3f || last === 0x3a || last === 0x3b || last === 0x22 || last === 0x201d || last === 0x2019 || last === 0x29;
    known.set(paragraph, (is = !stop && !text.includes('\n')));
  }
  return is;
}
