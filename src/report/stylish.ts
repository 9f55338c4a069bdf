import { relative } from 'node:path';
import { Chalk } from 'chalk';
import { LineIndex } from '../text/line-index.js';
import type { Diagnostic } from '../types.js';
import { scoreResults } from './score.js';
import type { Reporter } from './types.js';

const CONTEXT = 60;

/** The offending line, shortened around the span, with the span underlined. */
export function excerpt(source: string, d: Diagnostic, lines: LineIndex): { text: string; marker: string } {
  const line = d.line - 1;
  const start = lines.lineStart(line);
  const end = lines.lineEnd(line);
  return lineExcerpt(source.slice(start, end), d.range[0] - start, Math.min(d.range[1], end) - start);
}

/** The same excerpt from the text of the problem's line alone (a streamed file's `lineTexts`). */
export function excerptOfLine(full: string, d: Diagnostic): { text: string; marker: string } {
  return lineExcerpt(full, d.column - 1, d.endLine === d.line ? d.endColumn - 1 : full.length);
}

function lineExcerpt(full: string, spanStart: number, spanEnd: number): { text: string; marker: string } {
  const from = Math.max(0, spanStart - CONTEXT);
  const to = Math.min(full.length, Math.max(spanEnd, spanStart + 1) + CONTEXT);
  const clean = (s: string): string => s.replace(/\t/g, ' ').replace(/[\u0000-\u001f\u007f]/g, ' ');
  const prefix = from > 0 ? '…' : '';
  const text = prefix + clean(full.slice(from, to)) + (to < full.length ? '…' : '');
  const pad = ' '.repeat(prefix.length + width(full.slice(from, spanStart)));
  const marker = pad + '^'.repeat(Math.max(1, width(full.slice(spanStart, Math.max(spanEnd, spanStart)))));
  return { text, marker };
}

/** Terminal columns of a string: wide for CJK and full-width forms, zero for combining marks. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (/\p{M}/u.test(ch)) continue;
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || c >= 0x1f300 ? 2 : 1;
  }
  return w;
}

/** Human output: grouped by file, each problem with its line and the span underlined, then a summary. */
const stylishReporter: Reporter = (results, ctx) => {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let fixable = 0;
  for (const r of results) {
    if (r.diagnostics.length === 0) continue;
    // a streamed file's lines with problems, else an index of the whole text
    const quoted = r.lineTexts;
    const lines = quoted ? undefined : new LineIndex(r.source);
    const file = r.filePath.startsWith('<') ? r.filePath : relative(ctx.cwd, r.filePath) || r.filePath;
    out.push('', c.underline(file));
    for (const d of r.diagnostics) {
      if (d.severity === 'error') errors++;
      else warnings++;
      if (d.fix) fixable++;
      const sev = d.severity === 'error' ? c.red('error') : c.yellow('warning');
      out.push(`  ${c.dim(`${d.line}:${d.column}`.padEnd(8))} ${sev.padEnd(ctx.color ? 17 : 7)}  ${d.message}  ${c.dim(d.ruleId)}`);
      if (!d.fatal) {
        const { text, marker } = quoted ? excerptOfLine(quoted.get(d.line) ?? '', d) : excerpt(r.source, d, lines!);
        out.push(`    ${c.dim('│')} ${text}`, `    ${c.dim('│')} ${c.red(marker)}`);
      }
    }
  }
  const total = errors + warnings;
  if (total > 0) {
    const summary = `✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`;
    out.push('', (errors ? c.red.bold : c.yellow.bold)(summary));
    if (fixable) out.push(c.dim(`  ${fixable} problem${fixable === 1 ? '' : 's'} fixable with --fix.`));
    const { total: score } = ctx.scores ?? scoreResults(results, ctx.weights);
    out.push(c.dim(`  Quality score ${score.score}/100 (MQM penalty ${score.penaltyPer1000Words} per 1,000 words).`), '');
  }
  return out.length ? out.join('\n') + '\n' : '';
};

export default stylishReporter;
