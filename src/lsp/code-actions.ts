import { diffChars } from 'diff';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, type CodeAction, type Diagnostic as LspDiagnostic, type Range as LspRange, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { DIRECTIVE_RULE_ID } from '../engine/lint.js';
import type { Diagnostic, Edit, Fix } from '../types.js';
import { toTextEdit } from './convert.js';

/** The code action kind that applies every safe fix in a file (editors run it on save). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.mtlint`;

/** What the code action provider needs about one document. */
export interface CodeActionInput {
  doc: TextDocument;
  /** Current diagnostics of the document, from mtlint itself (never the client's echo). */
  diagnostics: Diagnostic[];
  /** The LSP form of a diagnostic, to attach to the actions that resolve it. */
  toLsp(d: Diagnostic): LspDiagnostic;
  /** The range the editor asks about. */
  range: LspRange;
  /** Kinds the editor wants (`context.only`); undefined for all. */
  only?: string[];
  /** The text with every safe fix applied, when `wantsFixAll` said it is needed. */
  fixedText?: string;
  /** The syntax the document was linted as. */
  syntax?: string;
  /** Whether the client takes versioned `documentChanges`. */
  documentChanges: boolean;
}

const wants = (kind: string, only: string[] | undefined): boolean =>
  !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));

/** Whether a request with these kinds gets a "fix all" action, so the fixed text is needed. */
export function wantsFixAll(only: string[] | undefined, diagnostics: Diagnostic[]): boolean {
  return wants(FIX_ALL_KIND, only) && diagnostics.some((d) => d.fix);
}

/** Quick fixes, suggestions and disable comments for the problems in the range, and "fix all". */
export function codeActions(input: CodeActionInput): CodeAction[] {
  const { doc, range, only } = input;
  const from = doc.offsetAt(range.start);
  const to = doc.offsetAt(range.end);
  const actions: CodeAction[] = [];
  const edit = (edits: TextEdit[]): WorkspaceEdit => workspaceEdit(doc, edits, input.documentChanges);

  if (wants(CodeActionKind.QuickFix, only)) {
    const hit = input.diagnostics.filter((d) => d.range[0] <= to && from <= d.range[1] && !d.fatal);
    const fixes = (d: Diagnostic): Fix[] => [...(d.fix ? [d.fix] : []), ...(d.suggestions ?? [])];
    for (const d of hit) {
      for (const f of fixes(d)) {
        actions.push({
          title: `${f.title} (${d.ruleId})`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [input.toLsp(d)],
          isPreferred: f.applicability === 'safe',
          edit: edit(f.edits.map((e) => toTextEdit(doc, e))),
        });
      }
    }
    const disabled = new Set<string>();
    for (const d of hit) {
      if (d.ruleId === DIRECTIVE_RULE_ID) continue;
      const line = doc.positionAt(d.range[0]).line;
      const key = `${line}\0${d.ruleId}`;
      if (disabled.has(key)) continue;
      disabled.add(key);
      const change = disableLineEdit(doc, line, d.ruleId, input.syntax);
      if (!change) continue;
      actions.push({
        title: `Disable ${d.ruleId} for this line`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [input.toLsp(d)],
        edit: edit([change]),
      });
    }
  }

  if (input.fixedText !== undefined && wantsFixAll(only, input.diagnostics)) {
    const edits = minimalEdits(doc.getText(), input.fixedText);
    if (edits.length > 0) {
      actions.push({ title: 'Fix all safe mtlint problems', kind: FIX_ALL_KIND, edit: edit(edits.map((e) => toTextEdit(doc, e))) });
    }
  }
  return actions;
}

function workspaceEdit(doc: TextDocument, edits: TextEdit[], documentChanges: boolean): WorkspaceEdit {
  if (documentChanges) return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }] };
  return { changes: { [doc.uri]: edits } };
}

const NEXT_LINE_DIRECTIVE = /^[ \t]*<!--\s*mtlint-disable-next-line\b([^]*?)-->[ \t]*$/d;
const LINE_DIRECTIVE_AT_END = /<!--\s*mtlint-disable-line\b([^]*?)-->[ \t]*$/d;

/** Adds a rule to the rule list of a directive matched on a line (group 1); undefined when it cannot or need not. */
function addToDirective(line: number, m: RegExpExecArray | null, ruleId: string): TextEdit | undefined {
  if (!m?.indices?.[1]) return undefined;
  const list = m[1];
  const ids = list.split(/[\s,]+/).filter(Boolean);
  // an empty list already disables every rule; a "-- reason" is left as written
  if (ids.length === 0 || list.includes('--') || ids.includes(ruleId)) return undefined;
  const end = m.indices[1][0] + list.trimEnd().length;
  return { range: { start: { line, character: end }, end: { line, character: end } }, newText: `, ${ruleId}` };
}

/**
 * The edit that disables a rule on a 0-based line: a `<!-- mtlint-disable-next-line rule -->`
 * line above it, indented like it; or, where a line there would split a paragraph or a list of
 * plain text or Markdown (the line above is not blank), `<!-- mtlint-disable-line rule -->` at
 * the end of the line. A directive already in place gets the rule added to its list.
 */
export function disableLineEdit(doc: TextDocument, line: number, ruleId: string, syntax?: string): TextEdit | undefined {
  const text = doc.getText();
  const lineText = (n: number): string => {
    const start = doc.offsetAt({ line: n, character: 0 });
    const end = n + 1 < doc.lineCount ? doc.offsetAt({ line: n + 1, character: 0 }) : text.length;
    return text.slice(start, end).replace(/\r\n?$|\n$/, '');
  };
  const current = lineText(line);
  const atEnd = LINE_DIRECTIVE_AT_END.exec(current);
  if (atEnd) return addToDirective(line, atEnd, ruleId);
  const above = line > 0 ? lineText(line - 1) : '';
  const aboveDirective = NEXT_LINE_DIRECTIVE.exec(above);
  if (aboveDirective) return addToDirective(line - 1, aboveDirective, ruleId);
  if (syntax !== 'html' && above.trim() !== '') {
    const end = { line, character: current.length };
    return { range: { start: end, end }, newText: `${/\s$/.test(current) ? '' : ' '}<!-- mtlint-disable-line ${ruleId} -->` };
  }
  const indent = /^[ \t]*/.exec(current)![0];
  const eol = /\r\n|\n|\r/.exec(text)?.[0] ?? '\n';
  const at = { line, character: 0 };
  return { range: { start: at, end: at }, newText: `${indent}<!-- mtlint-disable-next-line ${ruleId} -->${eol}` };
}

/** The edits that turn `before` into `after`, character-precise where a diff is cheap, else one edit. */
export function minimalEdits(before: string, after: string): Edit[] {
  if (before === after) return [];
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endB = before.length;
  let endA = after.length;
  while (endB > start && endA > start && before.charCodeAt(endB - 1) === after.charCodeAt(endA - 1)) {
    endB--;
    endA--;
  }
  // keep surrogate pairs whole
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
  if (endB < before.length && isLowSurrogate(before.charCodeAt(endB))) {
    endB++;
    endA++;
  }
  const changes = diffChars(before.slice(start, endB), after.slice(start, endA), { timeout: 100 });
  if (!changes) return [{ range: [start, endB], text: after.slice(start, endA) }];
  const edits: Edit[] = [];
  let offset = start;
  for (const c of changes) {
    if (!c.added && !c.removed) {
      offset += c.value.length;
      continue;
    }
    const last = edits[edits.length - 1];
    const open = last && last.range[1] === offset ? last : undefined;
    if (c.removed) {
      if (open) open.range[1] = offset + c.value.length;
      else edits.push({ range: [offset, offset + c.value.length], text: '' });
      offset += c.value.length;
    } else if (open) {
      open.text += c.value;
    } else {
      edits.push({ range: [offset, offset], text: c.value });
    }
  }
  return edits;
}

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
