import type { Tree, TreeCursor, TreeFragment } from '@lezer/common';
import type { BlockContext, Line, MarkdownConfig, MarkdownParser } from '@lezer/markdown';
import { decodeHTMLStrict } from 'entities';
import type { BlockKind } from '../types.js';
import type { Block, SourceText } from '../text/document.js';
import { ProseBuilder } from '../text/offset-map.js';
import { lazyModule } from './lazy.js';

// The parser loads on first use, so runs on plain text never pay for it. Both packages come
// through the same loader so that the trees and fragments belong to one copy of @lezer/common.
const lezerMarkdown = lazyModule<typeof import('@lezer/markdown')>('@lezer/markdown');
const lezerCommon = lazyModule<typeof import('@lezer/common')>('@lezer/common');

/**
 * YAML (`---`) or TOML (`+++`) front matter: the fence alone on the first line, the same fence
 * alone on a later line. Returns where the closing fence line ends, or 0.
 */
export function frontMatterEnd(text: string): number {
  const m = /^(---|\+\+\+)[ \t]*(?:\r\n?|\n)(?:[^\r\n]*(?:\r\n?|\n))*?\1[ \t]*(?=\r\n?|\n|$)/.exec(text);
  return m ? m[0].length : 0;
}

// The front matter of the text being parsed; parsing is synchronous, so one variable suffices.
let parsingFrontMatterEnd = 0;

const frontMatter: MarkdownConfig = {
  defineNodes: [{ name: 'FrontMatter', block: true }],
  parseBlock: [
    {
      name: 'FrontMatter',
      before: 'LinkReference',
      parse(cx: BlockContext, line: Line): boolean {
        const end = parsingFrontMatterEnd;
        if (cx.lineStart !== 0 || end === 0) return false;
        while (cx.lineStart + line.text.length < end && cx.nextLine()) {
          // the lines of the front matter, up to its closing fence
        }
        cx.nextLine();
        cx.addElement(cx.elt('FrontMatter', 0, end));
        return true;
      },
    },
  ],
};

let configured: MarkdownParser | undefined;
const markdownParser = (): MarkdownParser => {
  const { parser, GFM } = lezerMarkdown();
  return (configured ??= parser.configure([GFM, frontMatter]));
};

function parse(text: string, fragments?: readonly TreeFragment[]): Tree {
  parsingFrontMatterEnd = frontMatterEnd(text);
  try {
    return markdownParser().parse(text, fragments);
  } finally {
    parsingFrontMatterEnd = 0;
  }
}

/** Markdown through a CommonMark (+GFM, front matter) parser: only paragraph, heading, list and table text is prose. */
export function markdownText(text: string): SourceText {
  return proseOf(text, parse(text));
}

/**
 * Parses successive versions of one Markdown document, reusing the unchanged parts of the
 * previous parse tree (the editor case: one small edit at a time).
 */
export class IncrementalMarkdown {
  private text?: string;
  private fragments?: readonly TreeFragment[];

  sourceText(text: string): SourceText {
    const { TreeFragment } = lezerCommon();
    let fragments: readonly TreeFragment[] | undefined;
    const previous = this.text;
    // the front matter is decided from the whole text, so a change to it invalidates everything
    if (previous !== undefined && this.fragments && frontMatterEnd(previous) === frontMatterEnd(text)) {
      fragments = TreeFragment.applyChanges(this.fragments, [changedRange(previous, text)]);
    }
    const tree = parse(text, fragments);
    this.text = text;
    this.fragments = TreeFragment.addTree(tree, fragments);
    return proseOf(text, tree);
  }
}

/** The one range that differs between two texts: everything between their common prefix and suffix. */
export function changedRange(a: string, b: string): { fromA: number; toA: number; fromB: number; toB: number } {
  const max = Math.min(a.length, b.length);
  let start = 0;
  while (start < max && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && a.charCodeAt(a.length - 1 - end) === b.charCodeAt(b.length - 1 - end)) end++;
  return { fromA: start, toA: a.length - end, fromB: start, toB: b.length - end };
}

const SPACE = /[ \t]/;
const [SP, TAB, CR, GT] = [32, 9, 13, 62];
const HEADINGS: Record<string, number> = {
  ATXHeading1: 1, ATXHeading2: 2, ATXHeading3: 3, ATXHeading4: 4, ATXHeading5: 5, ATXHeading6: 6,
  SetextHeading1: 1, SetextHeading2: 2,
};
// markup that carries no prose of its own
const MARKS = new Set(['EmphasisMark', 'StrikethroughMark', 'HeaderMark', 'QuoteMark', 'ListMark', 'TableDelimiter', 'LinkMark', 'LinkLabel', 'LinkTitle']);
// inline constructs that stand in the prose as one character
const ATOMS = new Set(['InlineCode', 'HTMLTag', 'Comment', 'ProcessingInstruction', 'Autolink', 'URL']);

/** A reference label as CommonMark matches it: case-folded, inner whitespace collapsed. */
const normalizeLabel = (label: string): string => label.trim().replace(/\s+/g, ' ').toLowerCase().toUpperCase().toLowerCase();

// nothing but spaces up to the end of the line
const LINE_REST = /[ \t]*(?:\r?\n|\r|$)/y;

// `[^note]: text` at the start of a paragraph: a GFM footnote definition (skipped, as code is)
const FOOTNOTE_DEFINITION = /\[\^([^\]\s]+)\]:/y;

/** Walks the parse tree into prose: block text with its markup dropped, code and HTML as atoms or skipped. */
function proseOf(text: string, tree: Tree): SourceText {
  const builder = new ProseBuilder();
  const blocks: Block[] = [];
  const labels = definedLabels(text, tree);
  // a paragraph that opens with a tag alone on its line is an HTML block (the parser misses
  // self-closing tags such as `<img src="logo.png"/>`)
  const isHtmlBlock = (c: TreeCursor): boolean => {
    const first = c.node.firstChild;
    if (first?.name !== 'HTMLTag' || first.from !== c.from || text.slice(first.from, first.to).includes('\n')) return false;
    LINE_REST.lastIndex = first.to;
    return LINE_REST.test(text);
  };
  const isFootnoteDefinition = (at: number): boolean => {
    FOOTNOTE_DEFINITION.lastIndex = at;
    return FOOTNOTE_DEFINITION.test(text);
  };
  // whitespace held back until more prose follows in the same block (trailing whitespace is dropped)
  let pendingFrom = -1;
  let pendingTo = -1;
  // at the start of a line of a block: indentation and quote markers are not prose
  let lineStart = true;

  const flush = (): void => {
    if (pendingFrom >= 0 && pendingTo > pendingFrom) builder.text(text.slice(pendingFrom, pendingTo), pendingFrom);
    pendingFrom = pendingTo = -1;
  };

  /**
   * File text `[from, to)` of a block's content, between syntax nodes: line by line, without the
   * indentation at the start of a line or the spaces before a line break.
   */
  const plain = (from: number, to: number): void => {
    let i = from;
    while (i < to) {
      if (lineStart) {
        // indentation, and a quote marker the parser left in the text (a setext underline in a quote)
        let code = text.charCodeAt(i);
        while (i < to && (code === SP || code === TAB || (code === GT && quoted > 0))) code = text.charCodeAt(++i);
        if (i >= to) return;
      }
      let lineEnd = text.indexOf('\n', i);
      const broken = lineEnd >= 0 && lineEnd < to;
      if (!broken) lineEnd = to;
      let end = lineEnd;
      for (let code = text.charCodeAt(end - 1); end > i && (code === SP || code === TAB || code === CR); code = text.charCodeAt(--end - 1));
      if (end > i) {
        flush();
        builder.text(text.slice(i, end), i);
        lineStart = false;
      }
      if (broken) {
        // a soft line break: the break is prose (held back, in case the block ends here)
        const br = text.charCodeAt(lineEnd - 1) === CR && lineEnd - 1 >= end ? lineEnd - 1 : lineEnd;
        pendingFrom = pendingTo = -1;
        if (builder.proseLength > blockStart) {
          pendingFrom = br;
          pendingTo = lineEnd + 1;
        }
        lineStart = true;
        i = lineEnd + 1;
      } else {
        // spaces before the next syntax node: prose only if more prose follows
        if (end < lineEnd && !lineStart) {
          if (pendingFrom < 0 || pendingTo !== end) flush();
          if (pendingFrom < 0) pendingFrom = end;
          pendingTo = lineEnd;
        }
        i = lineEnd;
      }
    }
  };

  const atom = (from: number, to: number, char?: string): void => {
    flush();
    builder.atom(from, to, char);
    lineStart = false;
  };

  /**
   * The children of the node at `c` between `from` and `to`, and the text between them. With
   * `literal`, the node's own link brackets and labels are text (a reference that is not defined).
   */
  const inline = (c: TreeCursor, from: number, to: number, literal = false): void => {
    let pos = from;
    if (c.firstChild()) {
      do {
        if (c.to <= from) continue;
        if (c.from >= to) break;
        plain(pos, c.from);
        pos = literal && (c.name === 'LinkMark' || c.name === 'LinkLabel') ? (plain(c.from, c.to), c.to) : node(c);
      } while (c.nextSibling());
      c.parent();
    }
    plain(pos, to);
  };

  /** Adds the node at `c`; returns where the text after it starts. */
  const node = (c: TreeCursor): number => {
    const name = c.name;
    if (name === 'Escape') {
      flush();
      builder.text(text.slice(c.from + 1, c.to), c.from + 1);
      lineStart = false;
    } else if (name === 'Entity') {
      const raw = text.slice(c.from, c.to);
      const decoded = decodeHTMLStrict(raw);
      if (decoded === raw) plain(c.from, c.to);
      else atom(c.from, c.to, decoded);
    } else if (name === 'HardBreak') {
      pendingFrom = pendingTo = -1;
      builder.gap('\n');
      lineStart = true;
    } else if (name === 'TaskMarker') {
      // the checkbox and one space after it
      lineStart = false;
      return SPACE.test(text[c.to] ?? '') ? c.to + 1 : c.to;
    } else if (name === 'Link' || name === 'Image') {
      link(c);
    } else if (ATOMS.has(name)) {
      atom(c.from, c.to);
    } else if (!MARKS.has(name)) {
      inline(c, c.from, c.to);
    }
    return c.to;
  };

  /** A link's text is prose; its destination and title are not. Undefined references stay literal text. */
  const link = (c: TreeCursor): void => {
    const from = c.from;
    const to = c.to;
    const image = c.name === 'Image';
    const marks: Array<[number, number]> = [];
    let label: [number, number] | undefined;
    let inlineLink = false;
    let url = '';
    if (c.firstChild()) {
      do {
        if (c.name === 'LinkMark') {
          marks.push([c.from, c.to]);
          if (marks.length === 3 && text[c.from] === '(') inlineLink = true;
        } else if (c.name === 'LinkLabel') label = [c.from, c.to];
        else if (c.name === 'URL') url = text.slice(c.from, c.to);
      } while (c.nextSibling());
      c.parent();
    }
    const textStart = marks[0]?.[1] ?? from;
    const textEnd = marks[1]?.[0] ?? to;
    if (!inlineLink) {
      const reference = label && label[1] - label[0] > 2 ? text.slice(label[0] + 1, label[1] - 1) : text.slice(textStart, textEnd);
      const key = normalizeLabel(reference);
      if (!labels.has(key)) {
        inline(c, from, to, true);
        return;
      }
      if (!image && key.startsWith('^')) {
        atom(from, to); // a footnote reference
        return;
      }
    }
    if (image || (inlineLink && isAutolink(text.slice(textStart, textEnd), url))) atom(from, to);
    else inline(c, textStart, textEnd);
  };

  let blockStart = 0;
  let quoted = 0;
  const leaf = (c: TreeCursor, kind: BlockKind, depth?: number): void => {
    if (builder.proseLength > 0) builder.gap('\n\n');
    const start = (blockStart = builder.proseLength);
    pendingFrom = pendingTo = -1;
    lineStart = true;
    inline(c, c.from, c.to);
    pendingFrom = pendingTo = -1;
    const end = builder.proseLength;
    if (end > start) blocks.push({ start, end, kind, depth });
  };

  const block = (c: TreeCursor, container: BlockKind): void => {
    if (!c.firstChild()) return;
    do {
      const name = c.name;
      const depth = HEADINGS[name];
      if (depth) leaf(c, 'heading', depth);
      else if (name === 'Paragraph' && !isFootnoteDefinition(c.from) && !isHtmlBlock(c)) leaf(c, container);
      else if (name === 'Task') leaf(c, 'list-item');
      else if (name === 'TableCell') leaf(c, 'table-cell');
      else if (name === 'ListItem') block(c, 'list-item');
      else if (name === 'Blockquote') {
        quoted++;
        block(c, 'blockquote');
        quoted--;
      }
      else if (name === 'BulletList' || name === 'OrderedList' || name === 'Table' || name === 'TableHeader' || name === 'TableRow') block(c, container);
    } while (c.nextSibling());
    c.parent();
  };

  block(tree.cursor(), 'paragraph');
  const { prose, map } = builder.build();
  return { text, syntax: 'markdown', prose, map, blocks };
}

/** A link whose text is its own address (`[https://x.org](https://x.org)`) shows a URL, not prose. */
const isAutolink = (linkText: string, url: string): boolean => linkText === url || `mailto:${linkText}` === url;

/** The labels of the link reference and footnote definitions anywhere in the document. */
function definedLabels(text: string, tree: Tree): Set<string> {
  const labels = new Set<string>();
  tree.iterate({
    enter(n) {
      if (n.name === 'LinkReference') {
        const label = n.node.getChild('LinkLabel');
        if (label) labels.add(normalizeLabel(text.slice(label.from + 1, label.to - 1)));
        return false;
      }
      if (n.name === 'Paragraph') {
        FOOTNOTE_DEFINITION.lastIndex = n.from;
        const m = FOOTNOTE_DEFINITION.exec(text);
        if (m) labels.add(normalizeLabel(`^${m[1]}`));
        return false;
      }
      return !(n.name in HEADINGS) && n.name !== 'Task' && n.name !== 'TableCell' && n.name !== 'FencedCode' && n.name !== 'CodeBlock';
    },
  });
  return labels;
}
