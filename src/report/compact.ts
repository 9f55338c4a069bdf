import { relative } from 'node:path';
import type { Reporter } from './types.js';

/** `file:line:col: severity message [rule-id]`, one per line, as editors' quickfix lists read it. */
const compactReporter: Reporter = (results, ctx) => {
  const lines: string[] = [];
  for (const r of results) {
    const file = r.filePath.startsWith('<') ? r.filePath : relative(ctx.cwd, r.filePath) || r.filePath;
    for (const d of r.diagnostics) lines.push(`${file}:${d.line}:${d.column}: ${d.severity} ${d.message.replace(/\r?\n/g, ' ')} [${d.ruleId}]`);
  }
  return lines.length ? lines.join('\n') + '\n' : '';
};

export default compactReporter;
