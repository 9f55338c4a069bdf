import { createRequire } from 'node:module';
import type { BlockKind } from '../types.js';
import type { Block, SourceText } from '../text/document.js';
import { ProseBuilder } from '../text/offset-map.js';
import { addAligned } from './align.js';

interface MdNode {
  type: string;
  value?: string;
  depth?: number;
  url?: string;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

// The parser loads on first use, so runs on plain text never pay for it.
const require = createRequire(import.meta.url);
let parser: ((text: string) => MdNode) | undefined;
function markdownParser(): (text: string) => MdNode {
  if (parser) return parser;
  const { fromMarkdown } = require('mdast-util-from-markdown') as typeof import('mdast-util-from-markdown');
  const { frontmatterFromMarkdown } = require('mdast-util-frontmatter') as typeof import('mdast-util-frontmatter');
  const { gfmFromMarkdown } = require('mdast-util-gfm') as typeof import('mdast-util-gfm');
  const { frontmatter } = require('micromark-extension-frontmatter') as typeof import('micromark-extension-frontmatter');
  const { gfm } = require('micromark-extension-gfm') as typeof import('micromark-extension-gfm');
  const options = {
    extensions: [gfm(), frontmatter(['yaml', 'toml'])],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml', 'toml'])],
  };
  return (parser = (text: string) => fromMarkdown(text, options) as MdNode);
}

const SKIPPED_BLOCKS = new Set(['code', 'html', 'yaml', 'toml', 'thematicBreak', 'definition', 'footnoteDefinition', 'math']);
const ATOMS = new Set(['inlineCode', 'image', 'imageReference', 'html', 'footnoteReference', 'inlineMath']);

/** Markdown through a CommonMark (+GFM, front matter) parser: only paragraph, heading, list and table text is prose. */
export function markdownText(text: string): SourceText {
  const tree = markdownParser()(text);
  const builder = new ProseBuilder();
  const blocks: Block[] = [];

  const startBlock = (node: MdNode, kind: BlockKind): void => {
    if (builder.proseLength > 0) builder.gap('\n\n');
    const start = builder.proseLength;
    inline(node);
    const end = builder.proseLength;
    if (end > start) blocks.push({ start, end, kind, depth: node.depth });
  };

  const inline = (node: MdNode): void => {
    for (const child of node.children ?? []) {
      const s = child.position?.start.offset ?? 0;
      const e = child.position?.end.offset ?? s;
      if (child.type === 'text') addAligned(builder, child.value ?? '', text.slice(s, e), s);
      else if (child.type === 'break') builder.gap('\n');
      else if (ATOMS.has(child.type)) builder.atom(s, e);
      else if (child.type === 'link' && isAutolink(child)) builder.atom(s, e);
      else inline(child);
    }
  };

  const block = (node: MdNode, container: BlockKind): void => {
    for (const child of node.children ?? []) {
      if (SKIPPED_BLOCKS.has(child.type)) continue;
      switch (child.type) {
        case 'paragraph':
          startBlock(child, container);
          break;
        case 'heading':
          startBlock(child, 'heading');
          break;
        case 'tableCell':
          startBlock(child, 'table-cell');
          break;
        case 'listItem':
          block(child, 'list-item');
          break;
        case 'blockquote':
          block(child, 'blockquote');
          break;
        default:
          block(child, container);
      }
    }
  };

  block(tree, 'paragraph');
  const { prose, map } = builder.build();
  return { text, syntax: 'markdown', prose, map, blocks };
}

function isAutolink(node: MdNode): boolean {
  const only = node.children?.length === 1 ? node.children[0] : undefined;
  return only?.type === 'text' && (only.value === node.url || `mailto:${only.value}` === node.url);
}
