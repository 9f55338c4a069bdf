import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { lazyModule } from './lazy.js';

const icu = lazyModule<typeof import('@formatjs/icu-messageformat-parser')>('@formatjs/icu-messageformat-parser');
import type { Node, ParseError } from 'jsonc-parser';

const jsonc = lazyModule<typeof import('jsonc-parser')>('jsonc-parser');
import type { Block } from '../text/document.js';
import { ProseBuilder } from '../text/offset-map.js';
import { escapeCString, placeholderRanges, unitBreak, unitEditAdapter, type EscapeDecoder, type L10nSourceText, type Unit } from './l10n.js';

const SIMPLE_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
const U_RE = /\\u([0-9a-fA-F]{4})(?:\\u([dD][c-fC-F][0-9a-fA-F]{2}))?/y;

/** JSON string escapes; a surrogate pair written as two `\u` escapes decodes as one character. */
const jsonEscape: EscapeDecoder = (raw, j) => {
  if (raw.charCodeAt(j) !== 92 /* \ */) return undefined;
  const c = raw[j + 1];
  if (c in SIMPLE_ESCAPES) return { value: SIMPLE_ESCAPES[c], length: 2 };
  U_RE.lastIndex = j;
  const m = U_RE.exec(raw);
  if (!m) return undefined;
  const high = parseInt(m[1], 16);
  if (m[2] && high >= 0xd800 && high <= 0xdbff) return { value: String.fromCharCode(high, parseInt(m[2], 16)), length: 12 };
  return { value: String.fromCharCode(high), length: 6 };
};

/** Folders and file names that mark a JSON file as a locale file: `locales/`, `i18n/`, `en.json`, `zh-CN/`. */
const LOCALE_DIRS = new Set(['locale', 'locales', 'i18n', 'l10n', 'lang', 'langs', 'language', 'languages', 'translations', 'translation', 'messages', 'intl', 'nls']);
// built on first use: loading the ICU language names costs several milliseconds of start-up
let displayNames: Intl.DisplayNames | undefined;

/** Whether a path segment is a locale code such as `en`, `pt_BR`, `zh-Hans-CN`. */
export function isLocaleCode(segment: string): boolean {
  if (!/^[a-z]{2}(?:[-_][A-Za-z]{4})?(?:[-_](?:[A-Za-z]{2}|\d{3}))?$|^[a-z]{3}[-_](?:[A-Za-z]{4}|[A-Z]{2}|\d{3})$/.test(segment)) return false;
  try {
    displayNames ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
    return displayNames.of(segment.replace(/_/g, '-')) !== undefined;
  } catch {
    return false;
  }
}

/** Whether a `.json` file looks like a locale file by its path (when mtlint walks a folder). */
export function isLocaleJsonPath(filePath: string): boolean {
  const parts = filePath.replace(/\\/g, '/').split('/').filter(Boolean);
  const base = parts.pop() ?? '';
  if (!/\.json$/i.test(base)) return false;
  const stem = base.replace(/\.json$/i, '');
  if (isLocaleCode(stem) || isLocaleCode(stem.split('.').pop() ?? '')) return true;
  return parts.some((p) => LOCALE_DIRS.has(p.toLowerCase()) || isLocaleCode(p));
}

/** Per decoded character: where it comes from in the file. */
interface Origin {
  fileStart: number;
  fileLength: number;
  /** Index of the first decoded character of the same escape. */
  first: number;
}

/** A decoded JSON string with the file origin of each character. */
class DecodedString {
  readonly value: string;
  readonly origin: Origin[] = [];

  constructor(raw: string, fileStart: number) {
    const out: string[] = [];
    let j = 0;
    while (j < raw.length) {
      const esc = jsonEscape(raw, j);
      const value = esc ? esc.value : raw[j];
      const length = esc ? esc.length : 1;
      const first = this.origin.length;
      for (let k = 0; k < value.length; k++) this.origin.push({ fileStart: fileStart + j, fileLength: length, first });
      out.push(value);
      j += length;
    }
    this.value = out.join('');
  }

  /** File range of decoded `[s, e)`. */
  fileRange(s: number, e: number): [number, number] {
    const a = this.origin[s];
    const b = this.origin[e - 1];
    return [a.fileStart, b.fileStart + b.fileLength];
  }

  /** Adds decoded `[s, e)` to the prose: plain characters as text, escapes as atoms. */
  add(builder: ProseBuilder, s: number, e: number): void {
    let i = s;
    while (i < e) {
      const o = this.origin[i];
      if (o.fileLength === 1) {
        let k = i;
        while (k < e && this.origin[k].fileLength === 1) k++;
        builder.text(this.value.slice(i, k), o.fileStart);
        i = k;
        continue;
      }
      let k = i + 1;
      while (k < e && this.origin[k].first === o.first) k++;
      builder.atom(o.fileStart, o.fileStart + o.fileLength, this.value.slice(i, k));
      i = k;
    }
  }
}

/** One way of reading an ICU message: literal ranges and atoms (arguments, `#`, tags) in order. */
type Action = { kind: 'text'; start: number; end: number; value: string } | { kind: 'atom'; start: number; end: number };
const MAX_VARIANTS = 12;

/**
 * Renders an ICU message as the texts a reader may see: a plural or select yields one variant per
 * option (each option appears in at least one variant), so every option is linted as a sentence.
 */
function variants(elements: MessageFormatElement[]): Action[][] {
  let out: Action[][] = [[]];
  for (const el of elements) {
    const loc = el.location;
    if (!loc) continue;
    const s = loc.start.offset;
    const e = loc.end.offset;
    let next: Action[][];
    if (el.type === icu().TYPE.literal) next = [[{ kind: 'text', start: s, end: e, value: el.value }]];
    else if (el.type === icu().TYPE.plural || el.type === icu().TYPE.select) {
      next = Object.values(el.options).flatMap((o) => variants(o.value)).slice(0, MAX_VARIANTS);
    } else if (el.type === icu().TYPE.tag) {
      const inner = variants(el.children);
      const first = el.children[0]?.location?.start.offset;
      const last = el.children[el.children.length - 1]?.location?.end.offset;
      if (first === undefined || last === undefined) next = [[{ kind: 'atom', start: s, end: e }]];
      else next = inner.map((v) => [{ kind: 'atom', start: s, end: first } as Action, ...v, { kind: 'atom', start: last, end: e } as Action]);
    } else next = [[{ kind: 'atom', start: s, end: e }]];
    const count = Math.min(Math.max(out.length, next.length), MAX_VARIANTS);
    const zipped: Action[][] = [];
    for (let i = 0; i < count; i++) zipped.push([...out[Math.min(i, out.length - 1)], ...next[Math.min(i, next.length - 1)]]);
    out = zipped;
  }
  return out;
}

function parseMessage(message: string): MessageFormatElement[] | undefined {
  if (!/[{}<]/.test(message)) return undefined;
  for (const ignoreTag of [false, true]) {
    try {
      const elements = icu().parse(message, { captureLocation: true, ignoreTag });
      return elements.some((el) => el.type !== icu().TYPE.literal) ? elements : undefined;
    } catch {
      // not ICU (i18next `{{x}}`, a stray brace): read it as plain text
    }
  }
  return undefined;
}

/** Adds an ICU literal; where the parser unquoted `'{'` or `''`, the apostrophes are skipped. */
function addLiteral(builder: ProseBuilder, str: DecodedString, a: Extract<Action, { kind: 'text' }>): void {
  const slice = str.value.slice(a.start, a.end);
  if (slice === a.value) {
    str.add(builder, a.start, a.end);
    return;
  }
  let i = 0;
  let j = 0;
  while (i < a.value.length && j < slice.length) {
    if (a.value[i] === slice[j]) {
      let k = 0;
      while (i + k < a.value.length && j + k < slice.length && a.value[i + k] === slice[j + k]) k++;
      str.add(builder, a.start + j, a.start + j + k);
      i += k;
      j += k;
    } else if (slice[j] === "'") j++;
    else {
      builder.gap(a.value[i]);
      i++;
    }
  }
}

/** Raises a JSON syntax error with its line and column. */
function syntaxError(text: string, error: ParseError): Error {
  const before = text.slice(0, error.offset).split(/\r\n|\r|\n/);
  return new SyntaxError(`JSON syntax error: ${jsonc().printParseErrorCode(error.error)} at line ${before.length}, column ${before[before.length - 1].length + 1}`);
}

const escapeJson = (t: string): string => escapeCString(t, true);
const escapeIcuJson = (t: string): string => escapeCString(t.replace(/[{}]/g, "'$&'"), true);

/**
 * JSON locale files (flat or nested, i18next or ICU style) through jsonc-parser: every string value
 * is a block, keys are left out. ICU messages are parsed: argument names, keywords and `#` are
 * atoms, and each plural or select option is read in a full sentence.
 */
export function jsonLocaleText(text: string): L10nSourceText {
  const errors: ParseError[] = [];
  const root = jsonc().parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0 || !root) throw syntaxError(text, errors[0] ?? { error: 0, offset: 0, length: 0 });
  const builder = new ProseBuilder();
  const blocks: Block[] = [];
  const units: Unit[] = [];

  const visitString = (node: Node): void => {
    const rawStart = node.offset + 1;
    const raw = text.slice(rawStart, node.offset + node.length - 1);
    const str = new DecodedString(raw, rawStart);
    if (str.value !== node.value) return;
    const elements = parseMessage(str.value);
    units.push({ start: rawStart, end: rawStart + raw.length, escape: elements ? escapeIcuJson : escapeJson });
    if (!/\S/.test(str.value)) return;
    if (!elements) {
      unitBreak(builder);
      const start = builder.proseLength;
      str.add(builder, 0, str.value.length);
      blocks.push({ start, end: builder.proseLength, kind: 'string' });
      return;
    }
    for (const variant of variants(elements)) {
      unitBreak(builder);
      const start = builder.proseLength;
      for (const a of variant) {
        if (a.kind === 'text') addLiteral(builder, str, a);
        else if (a.end > a.start) {
          const [fs, fe] = str.fileRange(a.start, a.end);
          builder.atom(fs, fe);
        }
      }
      if (builder.proseLength > start) blocks.push({ start, end: builder.proseLength, kind: 'string' });
    }
  };

  const visit = (node: Node): void => {
    if (node.type === 'string') visitString(node);
    else if (node.type === 'property') {
      if (node.children?.[1]) visit(node.children[1]);
    } else for (const child of node.children ?? []) visit(child);
  };
  visit(root);

  const { prose, map } = builder.build();
  const masked = blocks.flatMap((b) => placeholderRanges(prose, b.start, b.end));
  return { text, syntax: 'json', prose, map, blocks, masked, adaptEdit: unitEditAdapter(units) };
}
