import { resolveConfig, type ResolvedConfig } from '../config/resolve.js';
import type { Config } from '../config/types.js';
import { sniffSyntax, toSourceText, syntaxFor, type FormatOptions } from '../formats/index.js';
import { Document, type SourceText } from '../text/document.js';
import { guessSourceLanguage } from '../text/language.js';
import type { Diagnostic, Edit, Fix, Range, ReportDescriptor, Syntax } from '../types.js';
import { DirectiveFilter, parseDirectives } from './directives.js';
import { LineIndex } from '../text/line-index.js';

/** Options of `lint` and `fix`. */
export interface LintOptions {
  /** The configuration, as written in a config file; defaults to `mtlint:recommended`. */
  config?: Config;
  /** An already resolved configuration (takes precedence over `config`). */
  resolved?: ResolvedConfig;
  /** Input syntax; by default from `filePath`'s extension, else plain text. */
  syntax?: Syntax | string;
  /** Used to pick the syntax and to match `overrides` (relative to the config's folder). */
  filePath?: string;
  /** `zh`, `ja`, `ko`, `ru`, ... or `auto` (default: the config's, else `auto`). */
  sourceLanguage?: string;
  /** Collects milliseconds spent per rule id. */
  timing?: Map<string, number>;
  /** Parses formats mtlint does not know (used by extensions of the format registry). */
  toSourceText?: (text: string, syntax: string) => SourceText;
  /** Format settings (PO fuzzy entries, subtitle paragraph pauses). */
  formats?: FormatOptions;
}

/** The syntax to parse with: given, else from the file name, else sniffed from the text's start. */
export function syntaxOf(text: string, options: Pick<LintOptions, 'syntax' | 'filePath'>): Syntax | string {
  return options.syntax ?? (options.filePath ? syntaxFor(options.filePath) : sniffSyntax(text));
}

/** The id under which problems with inline directives are reported. */
export const DIRECTIVE_RULE_ID = 'mtlint-directive';

const fill = (template: string, data: Record<string, string | number> = {}): string =>
  template.indexOf('{{') < 0 ? template : template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, key: string) => (key in data ? String(data[key]) : m));

/** Plain texts longer than this are linted in pieces of about CHUNK characters, split at paragraph breaks. */
export const CHUNKED_ABOVE = 4 << 20;
const CHUNK = 1 << 20;

/** Lints a text; pure: no file system, no process, no output. */
export function lint(text: string, options: LintOptions = {}): Diagnostic[] {
  const syntax = syntaxOf(text, options);
  if (text.length > CHUNKED_ABOVE && syntax === 'text' && !options.toSourceText) return lintChunked(text, options);
  return lintDocument(text, options).diagnostics;
}

/** Where a chunk may end, best first: a paragraph break (LF, CRLF or CR), a line break, a space between words. */
// a CR LF is one line break: a CR counts alone only when no LF follows it
const BREAKS = [/(?:\r\n|\r(?!\n)|\n)[ \t]*(?:\r\n|\r(?!\n)|\n)/g, /\r\n|\n|\r/g, /[\p{L}\p{N}][ \t]+(?=[\p{L}\p{N}])/gu];
const BREAKS_HERE = BREAKS.map((re) => new RegExp(re.source, re.flags.replace('g', 'y')));
/** How far past the limit a break that starts before it is looked at. */
const MARGIN = 256;

/**
 * Where to end a chunk: the first paragraph break, else line break, else space, that starts in
 * `[from, from + CHUNK)`. Only that window (and a small margin) is searched, so cutting a whole
 * text is linear; the break found is then matched in full where it stands.
 */
function chunkEnd(text: string, from: number): number {
  if (from >= text.length) return text.length;
  const limit = Math.min(text.length, from + CHUNK);
  const window = text.slice(from, Math.min(text.length, limit + MARGIN));
  for (let k = 0; k < BREAKS.length; k++) {
    BREAKS[k].lastIndex = 0;
    const m = BREAKS[k].exec(window);
    if (m && m.index < limit - from) {
      const here = BREAKS_HERE[k];
      here.lastIndex = from + m.index;
      return from + m.index + (here.exec(text)?.[0].length ?? m[0].length);
    }
  }
  // no break at all: cut anyway, but never inside a surrogate pair or a CR LF
  const c = text.charCodeAt(limit - 1);
  return (c >= 0xd800 && c < 0xdc00) || (c === 0x0d && text.charCodeAt(limit) === 0x0a) ? limit - 1 : limit;
}

/**
 * Cuts a stream of text (in parts of any size) into the pieces that chunked linting lints one by
 * one: each ends at a paragraph break (else a line break, else a space) about CHUNK characters
 * in, exactly where it would end in the whole text, holding at most about 3 x CHUNK characters.
 */
export function* chunkPieces(parts: Iterable<string>): Generator<string> {
  let pending = '';
  for (const part of parts) {
    pending += part;
    // a cut is final once the text reaches past the furthest place it could land
    while (pending.length > 2 * CHUNK + MARGIN + 1) {
      const end = chunkEnd(pending, CHUNK);
      yield pending.slice(0, end);
      pending = pending.slice(end);
    }
  }
  while (pending.length > 0) {
    const end = chunkEnd(pending, CHUNK);
    yield pending.slice(0, end);
    pending = pending.slice(end);
  }
}

/**
 * The text of a stream as `lint` would take it: one document when it is no longer than
 * CHUNKED_ABOVE characters, else the pieces of `chunkPieces`.
 */
function* wholeOrPieces(parts: Iterable<string>): Generator<string> {
  const it = parts[Symbol.iterator]();
  let head = '';
  for (let r = it.next(); !r.done; r = it.next()) {
    head += r.value;
    if (head.length > CHUNKED_ABOVE) {
      yield* chunkPieces((function* () {
        yield head;
        for (let rest = it.next(); !rest.done; rest = it.next()) yield rest.value;
      })());
      return;
    }
  }
  if (head.length > 0) yield head;
}

/**
 * Lints a very large plain text piece by piece so that memory stays bounded: each piece is its
 * own document, and positions are shifted back into the whole file.
 */
function lintChunked(text: string, options: LintOptions): Diagnostic[] {
  return lintPieces([text], options).diagnostics;
}

/**
 * Lints plain text that arrives in parts (a file read a megabyte at a time): the parts are cut
 * into pieces as `chunkPieces` does, each piece is linted as its own document, and positions are
 * shifted back into the whole text. The results equal `lint` on the whole text. Also counts the
 * prose words, for the quality score.
 */
export function lintPieces(parts: Iterable<string>, options: LintOptions = {}): { diagnostics: Diagnostic[]; wordCount: number } {
  const resolved = options.resolved ?? resolveConfig(options.config ?? {}, options.filePath);
  let sourceLanguage = options.sourceLanguage ?? resolved.sourceLanguage ?? 'auto';
  const out: Diagnostic[] = [];
  let start = 0; // offset of the piece in the whole text
  let line = 0; // line breaks before `start`
  let lineStart = 0; // offset where the line holding `start` begins
  let wordCount = 0;
  const LINE_BREAK = /\r\n?|\n/g;
  for (const piece of wholeOrPieces(parts)) {
    // the first piece is larger than the language guesser's sample of a whole text
    if (sourceLanguage === 'auto') sourceLanguage = guessSourceLanguage(piece);
    const column = start - lineStart;
    const shift = (r: Range): Range => [r[0] + start, r[1] + start];
    const shiftFix = (f: Fix): Fix => ({ ...f, edits: f.edits.map((e) => ({ range: shift(e.range), text: e.text })) });
    const { diagnostics, document } = lintDocument(piece, { ...options, resolved, sourceLanguage, syntax: 'text' });
    for (const d of diagnostics) {
      out.push({
        ...d,
        range: shift(d.range),
        line: d.line + line,
        column: d.line === 1 ? d.column + column : d.column,
        endLine: d.endLine + line,
        endColumn: d.endLine === 1 ? d.endColumn + column : d.endColumn,
        ...(d.fix ? { fix: shiftFix(d.fix) } : {}),
        ...(d.suggestions ? { suggestions: d.suggestions.map(shiftFix) } : {}),
      });
    }
    wordCount += document.wordIndex().count;
    LINE_BREAK.lastIndex = 0;
    for (let m = LINE_BREAK.exec(piece); m; m = LINE_BREAK.exec(piece)) {
      line++;
      lineStart = start + m.index + m[0].length;
    }
    start += piece.length;
  }
  return { diagnostics: out, wordCount };
}

/** Lints and returns the analysed document too (for reporters that show the text). */
export function lintDocument(text: string, options: LintOptions = {}): { diagnostics: Diagnostic[]; document: Document } {
  const syntax = syntaxOf(text, options);
  const resolved = options.resolved ?? resolveConfig(options.config ?? {}, options.filePath);
  const formats = options.formats ?? resolved.formats;
  let source: SourceText;
  try {
    source = options.toSourceText ? options.toSourceText(text, syntax) : toSourceText(text, syntax, formats);
  } catch (error) {
    // a file its format's parser rejects: one fatal problem, as ESLint reports a parsing error
    const empty = new Document(toSourceText('', 'text'));
    return { diagnostics: [parseError(text, syntax, error)], document: empty };
  }
  const doc = new Document(source);
  return { diagnostics: runRules(doc, resolved, options), document: doc };
}

/** The id under which files that cannot be parsed are reported. */
export const PARSE_ERROR_ID = 'parse-error';

function parseError(text: string, syntax: string, error: unknown): Diagnostic {
  const message = error instanceof Error ? error.message : String(error);
  const lines = new LineIndex(text);
  const at = /line (\d+),? column (\d+)/i.exec(message) ?? /(\d+):(\d+)/.exec(message) ?? /\bline (\d+)/i.exec(message);
  const offset = at ? lines.offsetAt(Number(at[1]) - 1, Number(at[2] ?? 1) - 1) : 0;
  const pos = lines.position(offset);
  return {
    ruleId: PARSE_ERROR_ID,
    category: 'other',
    severity: 'error',
    message: `Cannot parse this file as ${syntax}: ${message.replace(/\s+/g, ' ').trim()}`,
    range: [offset, offset],
    line: pos.line,
    column: pos.column,
    endLine: pos.line,
    endColumn: pos.column,
    fatal: true,
  };
}

/** Runs the configured rules on an analysed document. */
export function runRules(doc: Document, resolved: ResolvedConfig, options: Pick<LintOptions, 'sourceLanguage' | 'timing'> = {}): Diagnostic[] {
  const requested = options.sourceLanguage ?? resolved.sourceLanguage ?? 'auto';
  const sourceLanguage = requested === 'auto' ? guessSourceLanguage(doc.text) : requested;
  const out: Diagnostic[] = [];
  const lines = doc.lineIndex;
  const directives = parseDirectives(doc.text);
  const filter = new DirectiveFilter(directives, lines);

  const toDiagnostic = (base: Omit<Diagnostic, 'line' | 'column' | 'endLine' | 'endColumn'>): Diagnostic => {
    const s = lines.position(base.range[0]);
    const e = lines.position(base.range[1]);
    return { ...base, line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
  };

  for (const { rule, severity, options: ruleOptions } of resolved.rules) {
    if (rule.meta.languages && !rule.meta.languages.includes(sourceLanguage)) continue;
    const started = options.timing ? performance.now() : 0;
    const mapFix = (f: Omit<Fix, 'applicability'>, applicability: Fix['applicability']): Fix | undefined => {
      const edits: Edit[] = [];
      for (const e of f.edits) {
        const adapted = doc.adaptEdit({ range: doc.map.range(e.range), text: e.text });
        if (!adapted) return undefined; // the format cannot take this edit: keep the problem, drop the fix
        edits.push(adapted);
      }
      return { title: f.title, applicability, edits };
    };
    const report = (d: ReportDescriptor): void => {
      const template = rule.meta.messages[d.messageId];
      if (template === undefined) throw new Error(`rule "${rule.id}" reported unknown messageId "${d.messageId}"`);
      if (d.fix && rule.meta.fixable !== 'safe') throw new Error(`rule "${rule.id}" reported a fix but declares fixable: "${rule.meta.fixable}"`);
      if (d.suggestions?.length && rule.meta.fixable === 'none') throw new Error(`rule "${rule.id}" reported suggestions but declares fixable: "none"`);
      const range: Range = doc.map.range(d.range);
      if (!filter.empty && filter.suppressed(rule.id, range[0], lines.lineOf(range[0]))) return;
      const fix = d.fix ? mapFix(d.fix, 'safe') : undefined;
      const suggestions = d.suggestions?.map((s) => mapFix(s, 'suggest')).filter((s): s is Fix => s !== undefined);
      out.push(reported(rule.id, rule.meta.category, severity, fill(template, d.data), range, fix, suggestions?.length ? suggestions : undefined, lines));
    };
    try {
      rule.check({ doc, options: ruleOptions, sourceLanguage, report });
    } catch (error) {
      out.push(
        toDiagnostic({
          ruleId: rule.id,
          category: 'other',
          severity: 'error',
          message: `Rule "${rule.id}" failed: ${(error as Error).message}`,
          range: [0, 0],
          fatal: true,
        }),
      );
    }
    if (options.timing) options.timing.set(rule.id, (options.timing.get(rule.id) ?? 0) + performance.now() - started);
  }

  for (const d of directives) {
    for (const r of d.ruleRanges) {
      if (!resolved.known.has(r.id)) {
        out.push(
          toDiagnostic({
            ruleId: DIRECTIVE_RULE_ID,
            category: 'other',
            severity: 'error',
            message: `Unknown rule "${r.id}" in an mtlint-${d.kind} directive.`,
            range: [r.start, r.end],
          }),
        );
      }
    }
  }
  return sortAndDedupe(out);
}

/**
 * A rule's problem as a diagnostic. One object literal per combination of optional parts, so
 * that every diagnostic of a kind has one shape (a file with a hundred thousand problems is
 * built and sorted several times faster than with spread objects), with the keys in one order.
 */
function reported(ruleId: string, category: Diagnostic['category'], severity: Diagnostic['severity'], message: string, range: Range, fix: Fix | undefined, suggestions: Fix[] | undefined, lines: LineIndex): Diagnostic {
  const s = lines.position(range[0]);
  const e = lines.position(range[1]);
  if (fix && suggestions) return { ruleId, category, severity, message, range, fix, suggestions, line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
  if (fix) return { ruleId, category, severity, message, range, fix, line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
  if (suggestions) return { ruleId, category, severity, message, range, suggestions, line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
  return { ruleId, category, severity, message, range, line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
}

function sortAndDedupe(list: Diagnostic[]): Diagnostic[] {
  list.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1] || a.ruleId.localeCompare(b.ruleId));
  const out: Diagnostic[] = [];
  for (const d of list) {
    const prev = out[out.length - 1];
    if (prev && prev.ruleId === d.ruleId && prev.range[0] === d.range[0] && prev.range[1] === d.range[1] && prev.message === d.message) continue;
    out.push(d);
  }
  return out;
}
