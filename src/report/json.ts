import type { Diagnostic, Fix, Range } from '../types.js';
import type { Reporter } from './types.js';

/**
 * One diagnostic in ESLint's JSON message shape (severity 1 warning, 2 error). `source` gives
 * the file's text, needed only to write a fix of several edits as ESLint's one edit.
 */
export function jsonMessage(d: Diagnostic, source?: () => string): Record<string, unknown> {
  return {
    ruleId: d.ruleId,
    category: d.category,
    severity: d.severity === 'error' ? 2 : 1,
    message: d.message,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    range: d.range,
    ...(d.fix ? { fix: eslintFix(d.fix, source) } : {}),
    ...(d.suggestions ? { suggestions: d.suggestions.map((f) => ({ desc: f.title, fix: oneEdit(f, source), ...f })) } : {}),
    ...(d.fatal ? { fatal: true } : {}),
  };
}

/** A fix as ESLint writes it, `{ range, text }`, with mtlint's title, kind and separate edits beside. */
function eslintFix(f: Fix, source?: () => string): Record<string, unknown> {
  return { ...oneEdit(f, source), ...f };
}

/** The edits of a fix as one replacement, as ESLint merges a fixer's edits (the text between them kept). */
function oneEdit(f: Fix, source?: () => string): { range: Range; text: string } {
  if (f.edits.length === 1) return { range: f.edits[0].range, text: f.edits[0].text };
  const edits = [...f.edits].sort((a, b) => a.range[0] - b.range[0]);
  const start = edits[0].range[0];
  const end = Math.max(...edits.map((e) => e.range[1]));
  const text = source?.();
  if (text === undefined) return { range: [start, end], text: edits.map((e) => e.text).join('') };
  let out = '';
  let at = start;
  for (const e of edits) {
    out += text.slice(at, e.range[0]) + e.text;
    at = e.range[1];
  }
  return { range: [start, end], text: out + text.slice(at, end) };
}

/** ESLint's JSON shape: one entry per file with its messages and counts. */
const jsonReporter: Reporter = (results) =>
  JSON.stringify(
    results.map((r) => {
      const errors = r.diagnostics.filter((d) => d.severity === 'error');
      const warnings = r.diagnostics.filter((d) => d.severity === 'warning');
      return {
        filePath: r.filePath,
        messages: r.diagnostics.map((d) => jsonMessage(d, () => r.source)),
        errorCount: errors.length,
        warningCount: warnings.length,
        fatalErrorCount: r.diagnostics.filter((d) => d.fatal).length,
        fixableErrorCount: errors.filter((d) => d.fix).length,
        fixableWarningCount: warnings.filter((d) => d.fix).length,
        ...(r.output !== undefined ? { output: r.output } : {}),
      };
    }),
  );

export default jsonReporter;
