import type { Block, Document, Sentence } from '../text/document.js';

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
const CURLY_OPEN_RE = /[“«「『]/g;
const CURLY_CLOSE_RE = /[”»」』]/g;
const STRAIGHT_RE = /"/g;
const byDocument = new WeakMap<Document, ProseSentence[]>();

/**
 * The sentences of ordinary paragraphs (not headings, list items, table cells, captions or
 * subtitle cues), computed once per document for every fragment rule. A bare list marker that
 * the splitter cut off as its own "sentence" is dropped and marks the sentence after it.
 */
export function proseSentences(doc: Document): ProseSentence[] {
  const cached = byDocument.get(doc);
  if (cached) return cached;
  const out: ProseSentence[] = [];
  const paragraphs = doc.paragraphs();
  const byParagraph = new Map<number, Sentence[]>();
  for (const s of doc.sentences()) {
    const list = byParagraph.get(s.paragraph);
    if (list) list.push(s);
    else byParagraph.set(s.paragraph, [s]);
  }
  for (const [p, sentences] of byParagraph) {
    const paragraph = paragraphs[p];
    if (paragraph.kind !== 'paragraph' && paragraph.kind !== 'blockquote') continue;
    let listItem = false;
    const kept = sentences.filter((s, i) => {
      const text = doc.prose.slice(s.start, s.end);
      if (i === 0 && LIST_MARKER_RE.test(text)) {
        listItem = true;
        return false;
      }
      return true;
    });
    if (!listItem && /^(?:[-*•·]|\d{1,3}[.)、])\s/.test(doc.prose.slice(paragraph.start, paragraph.start + 5))) listItem = true;
    let curly = 0;
    let straight = 0;
    let cursor = paragraph.start;
    kept.forEach((s, index) => {
      const before = doc.prose.slice(cursor, s.start);
      curly += count(before, CURLY_OPEN_RE) - count(before, CURLY_CLOSE_RE);
      straight += count(before, STRAIGHT_RE);
      cursor = s.start;
      out.push({
        start: s.start,
        end: s.end,
        text: doc.prose.slice(s.start, s.end),
        paragraph,
        index,
        count: kept.length,
        listItem: listItem && index === 0,
        quoted: curly > 0 || straight % 2 === 1,
      });
    });
  }
  byDocument.set(doc, out);
  return out;
}

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

/** Whether a paragraph looks like a title line: a single line without a closing stop. */
export function isTitleLike(doc: Document, paragraph: Block): boolean {
  const text = doc.prose.slice(paragraph.start, paragraph.end);
  return !/[.!?:;"”’)]$/.test(text) && !/\n/.test(text);
}
