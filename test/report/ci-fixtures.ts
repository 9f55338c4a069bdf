import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinRules } from '../../rules/index.js';
import type { Config } from '../../src/config/types.js';
import { lintDocument } from '../../src/engine/lint.js';
import jsonReporter from '../../src/report/json.js';
import { countWords } from '../../src/report/score.js';
import type { FileResult, ReportContext } from '../../src/report/types.js';
import type { Diagnostic } from '../../src/types.js';

/** The folder the reports are made from (never touched on disk: reporters only compute paths). */
export const CWD = '/srv/site';

export const SEED_TEXT = readFileSync(new URL('../fixtures/seed.txt', import.meta.url), 'utf8');

/** Two precise rules alone, so that texts meant to be clean stay clean whatever rules are added. */
export const PUNCTUATION_ONLY: Config = { extends: [], rules: { 'doubled-period': 'error', 'period-comma': 'error' } };

/** Two built-in rules and a phrase rule defined in the config, whose fix is only a suggestion. */
export const HOUSE_CONFIG: Config = {
  extends: [],
  rules: { 'doubled-period': 'error', 'period-comma': 'warn', 'house/sexual-testing': 'warn' },
  define: {
    'house/sexual-testing': {
      kind: 'substitution',
      category: 'calque',
      message: 'Calque "{{match}}": say "{{expected}}".',
      swap: { 'sexual testing': 'probing' },
    },
  },
};

/** A report context as the CLI builds it. */
export function reportContext(overrides: Partial<ReportContext> = {}): ReportContext {
  return { cwd: CWD, color: false, rules: builtinRules, version: '0.1.0', ...overrides };
}

/** Lints a text as the CLI does for a file at `relPath` under CWD, word count included. */
export function lintAs(relPath: string, text: string, config: Config = {}): FileResult {
  const filePath = join(CWD, relPath);
  const { diagnostics, document } = lintDocument(text, { config, filePath });
  return { filePath, source: text, diagnostics, wordCount: countWords(document) };
}

/**
 * The results the format tests share: the seed article; a Markdown file with a space, `&`, `,`
 * and `:` in its name, CRLF line ends, CJK text before its problems (so UTF-16, UTF-8 and
 * code-point columns differ), safe fixes and a suggestion from a config-defined rule; and a
 * clean file. Only the seed depends on which built-in rules exist.
 */
export function sampleResults(): FileResult[] {
  return [
    lintAs('docs/seed.txt', SEED_TEXT),
    lintAs(
      'docs/news & notes, vol:1.md',
      '# 标题 Title\r\n\r\n北京 said the plan works.. Then it 😀 stopped. , The end.\r\nThe talks ended in military strategy. .\r\nSexual testing is an attempt.\r\n',
      HOUSE_CONFIG,
    ),
    lintAs('docs/clean.txt', 'The committee met on Monday. It approved the budget.\n', PUNCTUATION_ONLY),
  ];
}

/** One finding as every format can express it. */
export interface Finding {
  file: string;
  ruleId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: 'error' | 'warning';
  message: string;
}

/** The findings of the `json` output, parsed back: the reference every other format is compared with. */
export function findingsFromJson(results: FileResult[], ctx: ReportContext, fileName: (filePath: string) => string): Finding[] {
  const parsed = JSON.parse(jsonReporter(results, ctx)) as Array<{
    filePath: string;
    messages: Array<Omit<Finding, 'file' | 'severity'> & { severity: 1 | 2 }>;
  }>;
  return parsed.flatMap((f) =>
    f.messages.map((m) => ({
      file: fileName(f.filePath),
      ruleId: m.ruleId,
      line: m.line,
      column: m.column,
      endLine: m.endLine,
      endColumn: m.endColumn,
      severity: m.severity === 2 ? ('error' as const) : ('warning' as const),
      message: m.message,
    })),
  );
}

/** A diagnostic built by hand, for escaping tests: text no rule writes. */
export function handMadeDiagnostic(overrides: Partial<Diagnostic> = {}): Diagnostic {
  return {
    ruleId: 'doubled-period',
    category: 'punctuation',
    severity: 'error',
    message: 'Odd: 100% sure,\r\nsaid "A" & <B> \u0007 it’s',
    range: [0, 2],
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 3,
    ...overrides,
  };
}

/** Applies non-overlapping edits given as UTF-16 offsets (from the end, so earlier offsets stay valid). */
export function applyEdits(text: string, edits: Array<{ start: number; end: number; text: string }>): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** UTF-16 offset of a 1-based line and 1-based UTF-8 byte column (reviewdog's positions). */
export function offsetOfUtf8Position(text: string, line: number, column: number): number {
  const lineStarts = [0];
  for (const m of text.matchAll(/\r\n?|\n/g)) lineStarts.push(m.index + m[0].length);
  let offset = lineStarts[line - 1];
  let bytes = column - 1;
  while (bytes > 0) {
    const cp = text.codePointAt(offset)!;
    const size = Buffer.byteLength(String.fromCodePoint(cp), 'utf8');
    if (size > bytes) throw new Error(`column ${column} on line ${line} falls inside a character`);
    bytes -= size;
    offset += cp > 0xffff ? 2 : 1;
  }
  return offset;
}
