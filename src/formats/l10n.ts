import type { Edit, Range } from '../types.js';
import type { SourceText } from '../text/document.js';
import type { ProseBuilder } from '../text/offset-map.js';

/** Options of the localisation and subtitle adapters (from the `formats` section of the config). */
export interface FormatOptions {
  po?: {
    /** Leave out entries flagged `#, fuzzy` (default false: machine-translated files are often all fuzzy). */
    skipFuzzy?: boolean;
  };
  subtitles?: {
    /** A pause of at least this many milliseconds after a finished sentence starts a new paragraph (default 1500). */
    paragraphPause?: number;
  };
}

/** A SourceText whose format needs fix text escaped (PO, XML, JSON) or some edits refused (across units). */
export interface L10nSourceText extends SourceText {
  /**
   * Adapts an edit in file coordinates: escapes its text for the string it lands in, or returns
   * undefined when applying it would break the file (it spans two units, or deletes markup).
   */
  adaptEdit(edit: Edit): Edit | undefined;
}

/** A decoded escape sequence at a raw position: the characters it stands for and its raw length. */
export interface Escape {
  value: string;
  length: number;
}

/** Finds an escape sequence at `raw[j]`, or returns undefined when `raw[j]` stands for itself. */
export type EscapeDecoder = (raw: string, j: number) => Escape | undefined;

/**
 * Adds a raw string slice to the prose, decoding its escape sequences. Plain characters map one
 * to one; each escape sequence becomes an atom holding the decoded text, so an edit that touches
 * it replaces the whole sequence. Returns the decoded string.
 */
export function addEscaped(builder: ProseBuilder, raw: string, fileStart: number, decode: EscapeDecoder, rawStart = 0, rawEnd = raw.length): string {
  const out: string[] = [];
  let run = rawStart;
  const flush = (j: number): void => {
    if (j > run) {
      const piece = raw.slice(run, j);
      builder.text(piece, fileStart + run);
      out.push(piece);
    }
  };
  let j = rawStart;
  while (j < rawEnd) {
    const esc = decode(raw, j);
    if (!esc) {
      j++;
      continue;
    }
    flush(j);
    if (esc.value) builder.atom(fileStart + j, fileStart + j + esc.length, esc.value);
    out.push(esc.value);
    j += esc.length;
    run = j;
  }
  flush(rawEnd);
  return out.join('');
}

/** Decodes a string the same way `addEscaped` does, without building prose. */
export function decodeEscaped(raw: string, decode: EscapeDecoder): string {
  const out: string[] = [];
  let run = 0;
  let j = 0;
  while (j < raw.length) {
    const esc = decode(raw, j);
    if (!esc) {
      j++;
      continue;
    }
    out.push(raw.slice(run, j), esc.value);
    j += esc.length;
    run = j;
  }
  out.push(raw.slice(run));
  return out.join('');
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', lrm: '\u200E', rlm: '\u200F' };
const ENTITY_RE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/y;

/** XML character references and the predefined entities (plus `nbsp`, `lrm`, `rlm` for WebVTT); `\r\n` reads as `\n`. */
export function xmlEscape(named: Record<string, string> = NAMED_ENTITIES): EscapeDecoder {
  return (raw, j) => {
    const c = raw.charCodeAt(j);
    if (c === 13 /* \r */) return raw[j + 1] === '\n' ? { value: '', length: 1 } : { value: '\n', length: 1 };
    if (c !== 38 /* & */) return undefined;
    ENTITY_RE.lastIndex = j;
    const m = ENTITY_RE.exec(raw);
    if (!m) return undefined;
    const code = m[1] ? Number(m[1]) : m[2] ? parseInt(m[2], 16) : undefined;
    if (code !== undefined) return code <= 0x10ffff ? { value: String.fromCodePoint(code), length: m[0].length } : undefined;
    const value = named[m[3]];
    return value === undefined ? undefined : { value, length: m[0].length };
  };
}

/** XML text escaping for fix text: `&`, `<` and `>`. */
export function escapeXmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** C-style escaping used by PO and JSON strings for fix text. */
export function escapeCString(text: string, json: boolean): string {
  let out = '';
  for (const ch of text) {
    switch (ch) {
      case '\\': out += '\\\\'; break;
      case '"': out += '\\"'; break;
      case '\n': out += '\\n'; break;
      case '\r': out += '\\r'; break;
      case '\t': out += '\\t'; break;
      default: {
        const c = ch.charCodeAt(0);
        out += c < 0x20 || (json && (c === 0x2028 || c === 0x2029)) ? `\\u${c.toString(16).padStart(4, '0')}` : ch;
      }
    }
  }
  return out;
}

/** One editable unit of a file: the raw span of a string or cue, and how fix text is written into it. */
export interface Unit {
  start: number;
  end: number;
  escape: (text: string) => string;
  /** Raw spans inside the unit an edit must not touch (inline tags, comments). */
  locked?: Range[];
}

/**
 * An `adaptEdit` for a list of units in file order: an edit must lie inside one unit and leave
 * its locked spans alone; its text is escaped for that unit.
 */
export function unitEditAdapter(units: Unit[]): (edit: Edit) => Edit | undefined {
  return (edit) => {
    const [s, e] = edit.range;
    let lo = 0;
    let hi = units.length - 1;
    let found: Unit | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const u = units[mid];
      if (u.end < s) lo = mid + 1;
      else if (u.start > s) hi = mid - 1;
      else {
        found = u;
        break;
      }
    }
    // an edit at a unit's very end may also be the start of the next (empty) unit
    if (found && e > found.end) {
      const next = units[units.indexOf(found) + 1];
      found = next && next.start <= s && e <= next.end ? next : undefined;
    }
    if (!found || e > found.end) return undefined;
    if (found.locked?.some(([ls, le]) => ls < e && s < le)) return undefined;
    return { range: [s, e], text: found.escape(edit.text) };
  };
}

/**
 * Starts the prose of a unit: a paragraph break before every unit but the first. For an empty
 * unit the break is an atom ending at `fileOffset`, so a zero-length block placed after it maps
 * to that offset in the file (inside the empty string).
 */
export function unitBreak(builder: ProseBuilder, emptyAt?: number): void {
  if (emptyAt !== undefined) {
    builder.atom(emptyAt - 1, emptyAt, '\n\n');
    return;
  }
  if (builder.proseLength > 0) builder.gap('\n\n');
}

const PLACEHOLDER_RE = new RegExp(
  [
    String.raw`%(?:\d+\$)?[-+#0]*(?:\d+|\*)?(?:\.(?:\d+|\*))?(?:hh|h|ll|l|L|q|j|z|t|I64|I32)?[diouxXeEfFgGaAcspn@%]`,
    String.raw`%\([\w.-]+\)[-+ #0]*\d*(?:\.\d+)?[diouxXeEfFgGcrsa%]`,
    String.raw`\{\{[^{}\n]{1,80}\}\}`,
    String.raw`\$\{[\w.$-]{1,80}\}`,
    String.raw`\{[\w.$-]{1,80}(?:,[^{}\n]{0,40})?\}`,
    String.raw`\$t\([^)\n]{1,80}\)`,
    String.raw`</?[A-Za-z][\w:-]*(?:\s[^<>]{0,200})?/?>`,
  ].join('|'),
  'g',
);

/** Prose ranges of format placeholders and markup tags in `[start, end)`: `%s`, `%1$d`, `{name}`, `{{x}}`, `${x}`, `<b>`. */
export function placeholderRanges(prose: string, start: number, end: number): Range[] {
  const out: Range[] = [];
  const slice = prose.slice(start, end);
  PLACEHOLDER_RE.lastIndex = 0;
  for (let m = PLACEHOLDER_RE.exec(slice); m; m = PLACEHOLDER_RE.exec(slice)) {
    if (m[0] === '%') continue;
    out.push([start + m.index, start + m.index + m[0].length]);
  }
  return out;
}
