import { LineIndex } from '../text/line-index.js';
import type { Range } from '../types.js';
import { HOMEPAGE, preferredFix, relativePath, ruleDocsUrl } from './common.js';
import type { Reporter } from './types.js';

interface Position {
  line: number;
  /** 1-based, in UTF-8 bytes, as reviewdog counts. */
  column: number;
}

/** Maps UTF-16 offsets of one text to reviewdog positions (1-based line, 1-based UTF-8 byte column). */
function positions(source: string): (range: Range) => { start: Position; end: Position } {
  const lines = new LineIndex(source);
  const at = (offset: number): Position => {
    const line = lines.lineOf(offset);
    return { line: line + 1, column: Buffer.byteLength(source.slice(lines.lineStart(line), offset), 'utf8') + 1 };
  };
  return (range) => ({ start: at(range[0]), end: at(range[1]) });
}

/**
 * reviewdog's Diagnostic Format as one JSON document (`reviewdog -f=rdjson`): per problem the
 * message, the path relative to the working directory, the range (end exclusive, columns in
 * UTF-8 bytes), severity, the rule as `code` with its docs URL, and as `suggestions` the edits
 * of the fix `--fix` applies, else of the first suggestion (rdjson has no alternatives).
 */
const rdjsonReporter: Reporter = (results, ctx) => {
  const diagnostics: unknown[] = [];
  let anyError = false;
  for (const r of results) {
    const path = relativePath(r.filePath, ctx.cwd);
    const rangeOf = positions(r.source);
    for (const d of r.diagnostics) {
      const isError = Boolean(d.fatal) || d.severity === 'error';
      anyError ||= isError;
      const url = ruleDocsUrl(d.ruleId);
      const fix = preferredFix(d);
      diagnostics.push({
        message: d.message,
        location: { path, range: rangeOf(d.range) },
        severity: isError ? 'ERROR' : 'WARNING',
        source: { name: 'mtlint', url: HOMEPAGE },
        code: { value: d.ruleId, ...(url ? { url } : {}) },
        ...(fix ? { suggestions: fix.edits.map((e) => ({ range: rangeOf(e.range), text: e.text })) } : {}),
      });
    }
  }
  const out = {
    source: { name: 'mtlint', url: HOMEPAGE },
    ...(diagnostics.length ? { severity: anyError ? 'ERROR' : 'WARNING' } : {}),
    diagnostics,
  };
  return `${JSON.stringify(out, null, 2)}\n`;
};

export default rdjsonReporter;
