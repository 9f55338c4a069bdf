import { describe, expect, it } from 'vitest';
import jsonReporter from '../../src/report/json.js';
import jsonSummaryReporter, { SCORE_FORMULA } from '../../src/report/json-summary.js';
import { MQM_ISSUE_TYPES, scoreResults } from '../../src/report/score.js';
import { reportContext, sampleResults } from './ci-fixtures.js';

describe('json-summary reporter', () => {
  it('holds, per file, the json output messages with their MQM type, and the file score', () => {
    const results = sampleResults();
    const ctx = reportContext();
    const summary = JSON.parse(jsonSummaryReporter(results, ctx));
    const json = JSON.parse(jsonReporter(results, ctx)) as Array<Record<string, unknown> & { messages: Array<Record<string, unknown>> }>;
    const scores = scoreResults(results);
    expect(summary.files).toHaveLength(3);
    summary.files.forEach((f: Record<string, unknown> & { messages: Array<Record<string, unknown>> }, i: number) => {
      const { messages, ...counts } = json[i];
      expect(f).toMatchObject(counts);
      expect(f.path).toBe(['docs/seed.txt', 'docs/news & notes, vol:1.md', 'docs/clean.txt'][i]);
      expect(f.messages.map(({ mqmIssueType, mqmSeverity, ...m }) => ({ ...m, severity: m.severity === 'error' ? 2 : 1 }))).toEqual(messages);
      f.messages.forEach((m) => {
        expect(m.mqmIssueType).toBe(MQM_ISSUE_TYPES[m.category as keyof typeof MQM_ISSUE_TYPES]);
        expect(m.mqmSeverity).toBe(m.severity === 'error' ? 'major' : 'minor');
      });
      expect(f).toMatchObject({ words: scores.files[i].words, penalty: scores.files[i].penalty, penaltyPer1000Words: scores.files[i].penaltyPer1000Words, score: scores.files[i].score });
    });
  });

  it('gives totals, the overall score and how it was computed', () => {
    const results = sampleResults();
    const summary = JSON.parse(jsonSummaryReporter(results, reportContext({ weights: { minor: 2, major: 4, critical: 25 } })));
    const all = results.flatMap((r) => r.diagnostics);
    const scores = scoreResults(results, { minor: 2, major: 4, critical: 25 });
    expect(summary.tool).toEqual({ name: 'mtlint', version: '0.1.0' });
    expect(summary.scoring).toEqual({ formula: SCORE_FORMULA, weights: { minor: 2, major: 4, critical: 25 }, issueTypes: MQM_ISSUE_TYPES });
    expect(summary.totals).toEqual({
      files: 3,
      filesWithProblems: 2,
      errorCount: all.filter((d) => d.severity === 'error').length,
      warningCount: all.filter((d) => d.severity === 'warning').length,
      fatalErrorCount: 0,
      fixableErrorCount: all.filter((d) => d.severity === 'error' && d.fix).length,
      fixableWarningCount: all.filter((d) => d.severity === 'warning' && d.fix).length,
      words: scores.total.words,
      penalty: 2 * all.filter((d) => d.severity === 'warning').length + 4 * all.filter((d) => d.severity === 'error').length,
      penaltyPer1000Words: scores.total.penaltyPer1000Words,
      score: scores.total.score,
      mqmCounts: scores.total.counts,
      penaltyByIssueType: scores.total.byIssueType,
    });
    expect(summary.files[2]).toMatchObject({ score: 100, penalty: 0, messages: [] });
  });
});
