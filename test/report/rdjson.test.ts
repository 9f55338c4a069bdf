import { describe, expect, it } from 'vitest';
import { relativePath } from '../../src/report/common.js';
import rdjsonReporter from '../../src/report/rdjson.js';
import { CWD, PUNCTUATION_ONLY, applyEdits, findingsFromJson, lintAs, offsetOfUtf8Position, reportContext, sampleResults } from './ci-fixtures.js';

interface Pos {
  line: number;
  column: number;
}
interface RdRange {
  start: Pos;
  end: Pos;
}
interface RdDiagnostic {
  message: string;
  location: { path: string; range: RdRange };
  severity: 'ERROR' | 'WARNING';
  source: { name: string; url: string };
  code: { value: string; url?: string };
  suggestions?: Array<{ range: RdRange; text: string }>;
}
interface RdResult {
  source: { name: string; url: string };
  severity?: string;
  diagnostics: RdDiagnostic[];
}

const parse = (text: string): RdResult => JSON.parse(text) as RdResult;

describe('rdjson reporter', () => {
  it('has the findings of the json output, with UTF-8 byte columns turned back into the same text', () => {
    const results = sampleResults();
    const ctx = reportContext();
    const out = parse(rdjsonReporter(results, ctx));
    expect(out.source).toEqual({ name: 'mtlint', url: 'https://github.com/mtlint/mtlint' });
    expect(out.severity).toBe('ERROR');
    const sources = new Map(results.map((r) => [relativePath(r.filePath, CWD), r.source]));
    const expected = findingsFromJson(results, ctx, (p) => relativePath(p, CWD));
    expect(out.diagnostics).toHaveLength(expected.length);
    const diagnostics = results.flatMap((r) => r.diagnostics);
    out.diagnostics.forEach((d, i) => {
      const e = expected[i];
      expect({ file: d.location.path, ruleId: d.code.value, line: d.location.range.start.line, endLine: d.location.range.end.line, severity: d.severity.toLowerCase(), message: d.message }).toEqual({
        file: e.file,
        ruleId: e.ruleId,
        line: e.line,
        endLine: e.endLine,
        severity: e.severity,
        message: e.message,
      });
      const source = sources.get(d.location.path)!;
      const start = offsetOfUtf8Position(source, d.location.range.start.line, d.location.range.start.column);
      const end = offsetOfUtf8Position(source, d.location.range.end.line, d.location.range.end.column);
      expect([start, end]).toEqual(diagnostics[i].range);
    });
  });

  it('counts columns in UTF-8 bytes after CJK text and an emoji', () => {
    const results = sampleResults();
    const out = parse(rdjsonReporter([results[1]], reportContext()));
    const periodComma = out.diagnostics.find((d) => d.code.value === 'period-comma')!;
    const d = results[1].diagnostics.find((x) => x.ruleId === 'period-comma')!;
    // 北京 are 3 bytes each and 😀 is 4 bytes but 2 UTF-16 units: 2*(3-1) + (4-2) = 6 more than the UTF-16 column.
    expect(periodComma.location.range.start).toEqual({ line: 3, column: d.column + 6 });
    expect(periodComma.severity).toBe('WARNING');
  });

  it('gives the edits of the safe fix, else of the first suggestion, as suggestions that apply', () => {
    const results = sampleResults();
    const out = parse(rdjsonReporter(results, reportContext()));
    const diagnostics = results.flatMap((r) => r.diagnostics.map((d) => ({ d, source: r.source })));
    let withEdits = 0;
    out.diagnostics.forEach((rd, i) => {
      const { d, source } = diagnostics[i];
      const fix = d.fix ?? d.suggestions?.[0];
      if (!fix) return expect(rd.suggestions).toBeUndefined();
      withEdits++;
      const edits = rd.suggestions!.map((s) => ({
        start: offsetOfUtf8Position(source, s.range.start.line, s.range.start.column),
        end: offsetOfUtf8Position(source, s.range.end.line, s.range.end.column),
        text: s.text,
      }));
      expect(applyEdits(source, edits)).toBe(applyEdits(source, fix.edits.map((e) => ({ start: e.range[0], end: e.range[1], text: e.text }))));
    });
    expect(withEdits).toBeGreaterThanOrEqual(4);
  });

  it('links the rule docs in code.url and omits severity with no findings', () => {
    const r = lintAs('a.txt', 'in military strategy. .\n', { extends: [], rules: { 'doubled-period': 'error' } });
    const [d] = parse(rdjsonReporter([r], reportContext())).diagnostics;
    expect(d).toEqual({
      message: 'Doubled period ". .": the sentence already ended.',
      location: { path: 'a.txt', range: { start: { line: 1, column: 21 }, end: { line: 1, column: 24 } } },
      severity: 'ERROR',
      source: { name: 'mtlint', url: 'https://github.com/mtlint/mtlint' },
      code: { value: 'doubled-period', url: 'https://github.com/mtlint/mtlint/blob/main/rules/doubled-period.ts' },
      suggestions: [{ range: { start: { line: 1, column: 22 }, end: { line: 1, column: 24 } }, text: '' }],
    });
    expect(parse(rdjsonReporter([lintAs('b.txt', 'All is well.\n', PUNCTUATION_ONLY)], reportContext()))).toEqual({ source: { name: 'mtlint', url: 'https://github.com/mtlint/mtlint' }, diagnostics: [] });
  });
});
