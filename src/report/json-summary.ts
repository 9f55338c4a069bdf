import type { Diagnostic } from '../types.js';
import { relativePath } from './common.js';
import { jsonMessage } from './json.js';
import { MQM_ISSUE_TYPES, mqmIssueType, mqmSeverity, resolveWeights, scoreResults, type QualityScore } from './score.js';
import type { FileResult, Reporter } from './types.js';

/** How the score is computed, written into every summary so that the numbers explain themselves. */
export const SCORE_FORMULA =
  'penalty = sum of MQM weights (warning = minor, error = major, mtlint failure = critical); score = max(0, 100 - penalty * 1000 / max(words, 1))';

function counts(diagnostics: readonly Diagnostic[]) {
  const n = (p: (d: Diagnostic) => boolean): number => diagnostics.filter(p).length;
  const isError = (d: Diagnostic): boolean => Boolean(d.fatal) || d.severity === 'error';
  return {
    errorCount: n(isError),
    warningCount: n((d) => !isError(d)),
    fatalErrorCount: n((d) => Boolean(d.fatal)),
    fixableErrorCount: n((d) => isError(d) && d.fix !== undefined),
    fixableWarningCount: n((d) => !isError(d) && d.fix !== undefined),
  };
}

const quality = (s: QualityScore) => ({
  words: s.words,
  penalty: s.penalty,
  penaltyPer1000Words: s.penaltyPer1000Words,
  score: s.score,
  mqmCounts: s.counts,
  penaltyByIssueType: s.byIssueType,
});

/** The summary object: per file its problems and score, then totals and the overall score. */
export function toSummary(results: readonly FileResult[], ctx: Parameters<Reporter>[1]) {
  const weights = resolveWeights(ctx.weights);
  const scores = ctx.scores ?? scoreResults(results, weights);
  const all = results.flatMap((r) => r.diagnostics);
  return {
    tool: { name: 'mtlint', version: ctx.version },
    scoring: { formula: SCORE_FORMULA, weights, issueTypes: MQM_ISSUE_TYPES },
    files: results.map((r: FileResult, i) => ({
      filePath: r.filePath,
      path: relativePath(r.filePath, ctx.cwd),
      ...counts(r.diagnostics),
      ...quality(scores.files[i]),
      // the json format's messages (fixes in ESLint's shape too), with the severity as a word and the MQM type
      messages: r.diagnostics.map((d) => ({ ...jsonMessage(d, () => r.source), severity: d.severity, mqmIssueType: mqmIssueType(d), mqmSeverity: mqmSeverity(d) })),
    })),
    totals: { files: results.length, filesWithProblems: results.filter((r) => r.diagnostics.length > 0).length, ...counts(all), ...quality(scores.total) },
  };
}

/**
 * One JSON object for dashboards and CI gates, kept apart from `json` (which keeps ESLint's
 * array-of-files shape that existing tools read): `files` with their messages and per-file
 * score, `totals` with the overall score, and `scoring` with the weights and formula used.
 */
const jsonSummaryReporter: Reporter = (results, ctx) => `${JSON.stringify(toSummary(results, ctx), null, 2)}\n`;

export default jsonSummaryReporter;
