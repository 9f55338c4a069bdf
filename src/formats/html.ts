import { createRequire } from 'node:module';
import type { BlockKind } from '../types.js';
import type { Block, SourceText } from '../text/document.js';
import { ProseBuilder } from '../text/offset-map.js';
import { addAligned } from './align.js';

interface HtmlNode {
  nodeName: string;
  tagName?: string;
  value?: string;
  childNodes?: HtmlNode[];
  content?: HtmlNode;
  sourceCodeLocation?: { startOffset: number; endOffset: number } | null;
}

const require = createRequire(import.meta.url);
let parse5: typeof import('parse5') | undefined;

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'code', 'pre', 'kbd', 'samp', 'svg', 'math', 'textarea', 'head']);
const BLOCKS: Record<string, BlockKind> = {
  p: 'paragraph', div: 'paragraph', section: 'paragraph', article: 'paragraph', main: 'paragraph', aside: 'paragraph',
  header: 'paragraph', footer: 'paragraph', nav: 'paragraph', body: 'paragraph', dd: 'paragraph', dt: 'paragraph',
  h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading', title: 'heading',
  li: 'list-item', td: 'table-cell', th: 'table-cell', blockquote: 'blockquote', figcaption: 'caption', caption: 'caption',
  ul: 'paragraph', ol: 'paragraph', table: 'paragraph', tr: 'paragraph', figure: 'paragraph', form: 'paragraph',
};

/** HTML through a spec-compliant parser: visible text only; script, style and code are skipped. */
export function htmlText(text: string): SourceText {
  parse5 ??= require('parse5') as typeof import('parse5');
  const tree = parse5.parse(text, { sourceCodeLocationInfo: true }) as unknown as HtmlNode;
  const builder = new ProseBuilder();
  const blocks: Block[] = [];
  let open: { start: number; kind: BlockKind; depth?: number } | null = null;

  const close = (): void => {
    if (!open) return;
    const end = builder.proseLength;
    if (end > open.start) blocks.push({ start: open.start, end, kind: open.kind, depth: open.depth });
    open = null;
  };
  const begin = (kind: BlockKind, depth?: number): void => {
    close();
    if (builder.proseLength > 0) builder.gap('\n\n');
    open = { start: builder.proseLength, kind, depth };
  };

  const walk = (node: HtmlNode, kind: BlockKind): void => {
    for (const child of node.childNodes ?? (node.content ? [node.content] : [])) {
      const name = child.nodeName;
      if (name === '#text') {
        const loc = child.sourceCodeLocation;
        const value = child.value ?? '';
        if (!loc || !value.trim()) {
          if (open && value) builder.gap(' ');
          continue;
        }
        if (!open) begin(kind);
        addAligned(builder, value, text.slice(loc.startOffset, loc.endOffset), loc.startOffset);
      } else if (name === '#comment' || name === '#documentType' || SKIPPED.has(name)) {
        if (name === 'code' || name === 'kbd' || name === 'samp') {
          const loc = child.sourceCodeLocation;
          if (loc && open) builder.atom(loc.startOffset, loc.endOffset);
        }
      } else if (name === 'br') {
        if (open) builder.gap('\n');
      } else if (BLOCKS[name]) {
        const own = BLOCKS[name];
        const depth = /^h([1-6])$/.exec(name)?.[1];
        begin(own, depth ? Number(depth) : undefined);
        walk(child, own);
        close();
      } else {
        walk(child, kind);
      }
    }
  };

  walk(tree, 'paragraph');
  close();
  const { prose, map } = builder.build();
  return { text, syntax: 'html', prose, map, blocks: blocks.filter((b) => /\S/.test(prose.slice(b.start, b.end))).map((b) => trim(prose, b)) };
}

function trim(prose: string, b: Block): Block {
  let { start, end } = b;
  while (start < end && /\s/.test(prose[start])) start++;
  while (end > start && /\s/.test(prose[end - 1])) end--;
  return { ...b, start, end };
}
