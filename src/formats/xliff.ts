import type { SaxesParser as SaxesParserType } from 'saxes';
import { lazyModule } from './lazy.js';

const saxes = lazyModule<typeof import('saxes')>('saxes');
import type { Range } from '../types.js';
import type { Block } from '../text/document.js';
import { ProseBuilder } from '../text/offset-map.js';
import { addAligned } from './align.js';
import { addEscaped, decodeEscaped, escapeXmlText, placeholderRanges, unitBreak, unitEditAdapter, xmlEscape, type L10nSourceText, type Unit } from './l10n.js';

/** Inline elements whose content is native code, not text: the whole element is one atom. */
const CODE_ELEMENTS = new Set(['ph', 'bpt', 'ept', 'it', 'sub', 'originalData']);
/** Elements holding one translation: their `source` and `target` children pair up. */
const UNIT_PARENTS = new Set(['trans-unit', 'segment']);
const SKIPPED = new Set(['alt-trans', 'seg-source', 'ignorable', 'originalData', 'notes', 'note', 'context-group']);

/** One piece of a source or target: text (raw span) or an inline tag (raw span). */
interface Piece {
  kind: 'text' | 'cdata' | 'tag' | 'code';
  start: number;
  end: number;
  /** Text as the parser decoded it. */
  value?: string;
}

interface Part {
  /** Raw span of the element's content, between its start and end tags. */
  start: number;
  end: number;
  pieces: Piece[];
  /** Element depth, to find its end tag. */
  depth: number;
  selfClosing: boolean;
}

interface PendingUnit {
  source?: Part;
  target?: Part;
  /** End of the `source` element, where a missing target is reported. */
  sourceEnd?: number;
  translate: boolean;
}

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);
const decodeXml = xmlEscape();

/**
 * XLIFF 1.2 and 2.0 through saxes (a conformant XML parser with positions): each `<target>` is a
 * block whose source is its `<source>`; inline tags (`x`, `g`, `ph`, `pc`, ...) are atoms, written
 * out in the source text so that tag parity can be checked. Units marked `translate="no"` and
 * `alt-trans`, `seg-source`, notes are left out.
 */
export function xliffText(text: string): L10nSourceText {
  const parser = new (saxes().SaxesParser)({ position: true });
  const done: PendingUnit[] = [];
  const stack: string[] = [];
  let unit: PendingUnit | undefined;
  let part: Part | undefined;
  let code: { depth: number; start: number } | undefined;
  let skipDepth = 0;
  let lastEnd = 0;
  const translateStack: boolean[] = [true];

  parser.on('opentag', (tag) => {
    const name = localName(tag.name);
    const tagStart = lastEnd;
    lastEnd = parser.position;
    stack.push(name);
    const attr = tag.attributes as Record<string, unknown>;
    translateStack.push(attr.translate === 'no' ? false : attr.translate === 'yes' ? true : translateStack[translateStack.length - 1]);
    if (skipDepth > 0 || code) {
      if (SKIPPED.has(name) && skipDepth > 0) skipDepth++;
      return;
    }
    if (part) {
      if (CODE_ELEMENTS.has(name)) code = { depth: stack.length, start: tagStart };
      else part.pieces.push({ kind: 'tag', start: tagStart, end: lastEnd });
      return;
    }
    if (SKIPPED.has(name)) {
      skipDepth = 1;
      return;
    }
    if (UNIT_PARENTS.has(name)) unit = { translate: translateStack[translateStack.length - 1] };
    else if (unit && (name === 'source' || name === 'target') && stack[stack.length - 2] && UNIT_PARENTS.has(stack[stack.length - 2])) {
      part = { start: lastEnd, end: lastEnd, pieces: [], depth: stack.length, selfClosing: tag.isSelfClosing };
    }
  });

  parser.on('closetag', (tag) => {
    const name = localName(tag.name);
    const closeEnd = parser.position;
    const closeStart = tag.isSelfClosing ? closeEnd : lastEnd;
    lastEnd = closeEnd;
    const depth = stack.length;
    stack.pop();
    translateStack.pop();
    if (skipDepth > 0) {
      if (SKIPPED.has(name)) skipDepth--;
      return;
    }
    if (code) {
      if (depth === code.depth) {
        part?.pieces.push({ kind: 'code', start: code.start, end: closeEnd });
        code = undefined;
      }
      return;
    }
    if (part && depth === part.depth) {
      part.end = tag.isSelfClosing ? closeEnd : closeStart;
      if (unit) {
        if (name === 'source') {
          unit.source = part;
          unit.sourceEnd = closeEnd;
        } else unit.target = part;
      }
      part = undefined;
      return;
    }
    if (part) {
      if (!tag.isSelfClosing) part.pieces.push({ kind: 'tag', start: closeStart, end: closeEnd });
      return;
    }
    if (unit && UNIT_PARENTS.has(name)) {
      done.push(unit);
      unit = undefined;
    }
  });

  parser.on('text', (value: string) => {
    const end = parser.position - 1;
    if (part && !code && skipDepth === 0 && end > lastEnd) part.pieces.push({ kind: 'text', start: lastEnd, end, value });
    lastEnd = end;
  });
  parser.on('cdata', () => {
    const end = parser.position;
    if (part && !code && skipDepth === 0) part.pieces.push({ kind: 'cdata', start: lastEnd + 9, end: end - 3 });
    lastEnd = end;
  });
  parser.on('comment', () => {
    const end = text.indexOf('>', parser.position) + 1;
    if (part && !code && skipDepth === 0) part.pieces.push({ kind: 'tag', start: lastEnd, end });
    lastEnd = end;
  });
  parser.on('processinginstruction', () => {
    const end = text.indexOf('?>', lastEnd) + 2;
    if (part && !code && skipDepth === 0) part.pieces.push({ kind: 'tag', start: lastEnd, end });
    lastEnd = end;
  });
  parser.on('doctype', () => {
    lastEnd = parser.position;
  });
  parser.on('xmldecl', () => {
    lastEnd = parser.position;
  });
  parser.write(text).close();

  const builder = new ProseBuilder();
  const blocks: Block[] = [];
  const units: Unit[] = [];
  for (const u of done) {
    if (!u.translate || !u.source) continue;
    const source = renderSource(text, u.source);
    if (!u.target) {
      unitBreak(builder, u.sourceEnd);
      blocks.push({ start: builder.proseLength, end: builder.proseLength, kind: 'string', source });
      continue;
    }
    const t = u.target;
    const locked: Range[] = [];
    if (!t.selfClosing) units.push({ start: t.start, end: t.end, escape: escapeXmlText, locked });
    if (t.pieces.every((p) => p.kind === 'text' && !/\S/.test(p.value ?? ''))) {
      unitBreak(builder, t.start);
      blocks.push({ start: builder.proseLength, end: builder.proseLength, kind: 'string', source });
      continue;
    }
    unitBreak(builder);
    const start = builder.proseLength;
    for (const p of t.pieces) {
      if (p.kind === 'text') addText(builder, text, p);
      else if (p.kind === 'cdata') {
        builder.text(text.slice(p.start, p.end), p.start);
        locked.push([p.start - 9, p.end + 3]);
      } else {
        builder.atom(p.start, p.end, codePoint(text.slice(p.start, p.end)));
        locked.push([p.start, p.end]);
      }
    }
    blocks.push({ start, end: builder.proseLength, kind: 'string', source });
  }
  const { prose, map } = builder.build();
  const masked = blocks.flatMap((b) => placeholderRanges(prose, b.start, b.end));
  return { text, syntax: 'xliff', prose, map, blocks, masked, adaptEdit: unitEditAdapter(units) };
}

function addText(builder: ProseBuilder, text: string, p: Piece): void {
  const raw = text.slice(p.start, p.end);
  // an entity this decoder does not know (declared in a DTD): let the parser's value lead
  if (p.value !== undefined && decodeEscaped(raw, decodeXml) !== p.value) addAligned(builder, p.value, raw, p.start);
  else addEscaped(builder, raw, p.start, decodeXml);
}

/** XLIFF 2.0 `<cp hex="…"/>` stands for one character; other tags for an object. */
function codePoint(tag: string): string {
  const hex = /^<(?:\w+:)?cp\s[^>]*hex\s*=\s*["']([0-9A-Fa-f]{1,6})["']/.exec(tag)?.[1];
  return hex ? String.fromCodePoint(parseInt(hex, 16)) : '\uFFFC';
}

/** The source as a reader sees it: text decoded, inline tags written out as in the file. */
function renderSource(text: string, part: Part): string {
  return part.pieces
    .map((p) => (p.kind === 'text' ? (p.value ?? '') : text.slice(p.start, p.end)))
    .join('');
}
