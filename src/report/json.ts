import type { Diagnostic } from '../types.js';
import type { Reporter } from './types.js';

/** One diagnostic in ESLint's JSON message shape (severity 1 warning, 2 error). */
export function jsonMessage(d: Diagnostic): Record<string, unknown> {
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
    ...(d.fix ? { fix: d.fix } : {}),
    ...(d.suggestions ? { suggestions: d.suggestions } : {}),
    ...(d.fatal ? { fatal: true } : {}),
  };
}

/** ESLint's JSON shape: one entry per file with its messages and counts. */
const jsonReporter: Reporter = (results) =>
  JSON.stringify(
    results.map((r) => {
      const errors = r.diagnostics.filter((d) => d.severity === 'error');
      const warnings = r.diagnostics.filter((d) => d.severity === 'warning');
      return {
        filePath: r.filePath,
        messages: r.diagnostics.map(jsonMessage),
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
