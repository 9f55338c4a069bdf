import { lazyModule } from './lazy.js';

const gettext = lazyModule<typeof import('gettext-parser')>('gettext-parser');
import type { Range } from '../types.js';
import type { Block } from '../text/document.js';
import { ProseBuilder } from '../text/offset-map.js';
import {
  addEscaped, decodeEscaped, escapeCString, placeholderRanges, unitBreak, unitEditAdapter,
  type EscapeDecoder, type FormatOptions, type L10nSourceText, type Unit,
} from './l10n.js';

/** The inner span of one quoted PO string literal (between its quotes). */
interface Piece {
  start: number;
  end: number;
}

/** A keyword and its string literals, as they stand in the file. */
interface Field {
  key: string;
  pieces: Piece[];
}

interface RawEntry {
  fields: Field[];
}

/** PO string escapes as gettext-parser reads them: `\n`, `\t`, `\r`; any other escaped character is itself. */
const poEscape: EscapeDecoder = (raw, j) => {
  if (raw.charCodeAt(j) !== 92 /* \ */ || j + 1 >= raw.length) return undefined;
  const c = raw[j + 1];
  return { value: c === 'n' ? '\n' : c === 't' ? '\t' : c === 'r' ? '\r' : c, length: 2 };
};

const KEY_RE = /^[ \t]*(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)[ \t]*"/;
const CONTINUATION_RE = /^[ \t]*"/;
const LINE_RE = /[^\r\n]*(?:\r\n|\r|\n|$)/g;

/** Finds every keyword and its string literals by line, skipping comments and obsolete `#~` entries. */
function scanEntries(text: string): RawEntry[] {
  const entries: RawEntry[] = [];
  let entry: RawEntry | undefined;
  let field: Field | undefined;
  LINE_RE.lastIndex = 0;
  for (let m = LINE_RE.exec(text); m && m[0].length > 0; m = LINE_RE.exec(text)) {
    const line = m[0].replace(/[\r\n]+$/, '');
    const key = KEY_RE.exec(line);
    let quote: number;
    if (key) {
      const name = key[1];
      const opensEntry = name === 'msgctxt' || (name === 'msgid' && !(entry?.fields.length === 1 && entry.fields[0].key === 'msgctxt'));
      if (!entry || opensEntry) {
        entry = { fields: [] };
        entries.push(entry);
      }
      field = { key: name, pieces: [] };
      entry.fields.push(field);
      quote = key[0].length - 1;
    } else if (field && CONTINUATION_RE.test(line)) {
      quote = line.indexOf('"');
    } else {
      if (!/^\s*(?:#|$)/.test(line)) field = undefined;
      continue;
    }
    const close = closingQuote(line, quote + 1);
    if (close < 0) continue;
    field.pieces.push({ start: m.index + quote + 1, end: m.index + close });
  }
  return entries;
}

function closingQuote(line: string, from: number): number {
  for (let i = from; i < line.length; i++) {
    if (line[i] === '\\') i++;
    else if (line[i] === '"') return i;
  }
  return -1;
}

interface ParsedEntry {
  msgid: string;
  msgctxt?: string;
  msgid_plural?: string;
  msgstr: string[];
  comments?: { flag?: string };
}

/**
 * gettext PO/POT through gettext-parser: each `msgstr` (and plural form) is a block whose source
 * is its `msgid` (or `msgid_plural`); comments, `msgctxt`, the header and obsolete entries are
 * left out, and fuzzy entries too when `skipFuzzy` is set. Escapes map back to the file exactly.
 */
export function poText(text: string, options: FormatOptions['po'] = {}): L10nSourceText {
  const parsed = gettext().po.parse(text) as unknown as { translations: Record<string, Record<string, ParsedEntry>> };
  const builder = new ProseBuilder();
  const blocks: Block[] = [];
  const masked: Range[] = [];
  const units: Unit[] = [];
  const escape = (t: string): string => escapeCString(t, false);

  for (const entry of scanEntries(text)) {
    const value = (key: string): string | undefined => {
      const f = entry.fields.find((x) => x.key === key);
      return f ? f.pieces.map((p) => decodeEscaped(text.slice(p.start, p.end), poEscape)).join('') : undefined;
    };
    const msgid = value('msgid');
    if (msgid === undefined || msgid === '') continue;
    const ctx = value('msgctxt') ?? '';
    const known = parsed.translations[ctx]?.[msgid];
    if (!known) continue;
    if (options.skipFuzzy && (known.comments?.flag ?? '').split(',').some((f) => f.trim() === 'fuzzy')) continue;
    const plural = value('msgid_plural');
    for (const field of entry.fields) {
      const index = field.key === 'msgstr' ? 0 : /^msgstr\[(\d+)\]$/.exec(field.key)?.[1];
      if (index === undefined || field.pieces.length === 0) continue;
      const n = Number(index);
      const decoded = field.pieces.map((p) => decodeEscaped(text.slice(p.start, p.end), poEscape)).join('');
      if (decoded !== known.msgstr[n]) continue;
      const source = n > 0 && plural !== undefined ? plural : msgid;
      const first = field.pieces[0];
      const last = field.pieces[field.pieces.length - 1];
      units.push({ start: first.start, end: last.end, escape });
      if (decoded === '') {
        unitBreak(builder, first.start);
        blocks.push({ start: builder.proseLength, end: builder.proseLength, kind: 'string', source });
        continue;
      }
      unitBreak(builder);
      const start = builder.proseLength;
      for (const p of field.pieces) addEscaped(builder, text.slice(p.start, p.end), p.start, poEscape);
      const end = builder.proseLength;
      blocks.push({ start, end, kind: 'string', source });
    }
  }
  const { prose, map } = builder.build();
  for (const b of blocks) masked.push(...placeholderRanges(prose, b.start, b.end));
  return { text, syntax: 'po', prose, map, blocks, masked, adaptEdit: unitEditAdapter(units) };
}
