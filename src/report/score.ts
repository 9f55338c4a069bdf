import { toSourceText, syntaxFor } from '../formats/index.js';
import { Document } from '../text/document.js';
import type { Category, Diagnostic } from '../types.js';
import type { FileResult } from './types.js';

/** MQM severity levels, from least to most severe. */
export type MqmSeverity = 'minor' | 'major' | 'critical';

/** Penalty points per MQM severity. */
export interface MqmWeights {
  minor: number;
  major: number;
  critical: number;
}

/** The MQM defaults (Lommel et al.; the weights WMT's MQM studies use): minor 1, major 5, critical 25. */
export const DEFAULT_WEIGHTS: Readonly<MqmWeights> = Object.freeze({ minor: 1, major: 5, critical: 25 });

/**
 * The MQM issue type each mtlint category counts as, named as in the WMT MQM annotations
 * (dimension/subtype), so that scores line up with human MQM ratings.
 */
export const MQM_ISSUE_TYPES: Readonly<Record<Category, string>> = Object.freeze({
  punctuation: 'Fluency/Punctuation',
  spacing: 'Fluency/Punctuation',
  'quotes-brackets': 'Fluency/Punctuation',
  fragment: 'Fluency/Grammar',
  calque: 'Style/Awkward',
  untranslated: 'Accuracy/Untranslated text',
  boilerplate: 'Accuracy/Addition',
  repetition: 'Accuracy/Addition',
  numbering: 'Locale convention/Number format',
  encoding: 'Fluency/Character encoding',
  other: 'Other',
});

/** The MQM issue type of a diagnostic. */
export function mqmIssueType(d: Pick<Diagnostic, 'category'>): string {
  return MQM_ISSUE_TYPES[d.category] ?? MQM_ISSUE_TYPES.other;
}

/** The MQM severity of a diagnostic: warning = minor, error = major, fatal (mtlint itself failed) = critical. */
export function mqmSeverity(d: Pick<Diagnostic, 'severity' | 'fatal'>): MqmSeverity {
  if (d.fatal) return 'critical';
  return d.severity === 'error' ? 'major' : 'minor';
}

/**
 * The weights to use: the defaults overridden by the config's `scoring.weights`.
 * Throws on a weight that is not a finite number >= 0, naming it.
 */
export function resolveWeights(partial?: Partial<MqmWeights>): MqmWeights {
  const out: MqmWeights = { ...DEFAULT_WEIGHTS };
  for (const key of ['minor', 'major', 'critical'] as const) {
    const value = partial?.[key];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw new Error(`scoring.weights.${key} must be a number >= 0, got ${JSON.stringify(value)}`);
    }
    out[key] = value;
  }
  return out;
}

/** Number of words in an analysed document's prose (markup, code and URLs are not prose). */
export function countWords(doc: Pick<Document, 'wordIndex'>): number {
  return doc.wordIndex().count;
}

/** Number of prose words in a file's text, parsed as its syntax (from the file name when not given). */
export function countWordsInText(text: string, filePath?: string, syntax?: string): number {
  return countWords(new Document(toSourceText(text, syntax ?? syntaxFor(filePath))));
}

/** The quality figures of one file or of a whole run. */
export interface QualityScore {
  /** Prose words. */
  words: number;
  /** Problems counted, by MQM severity. */
  counts: Record<MqmSeverity, number>;
  /** Penalty points by MQM issue type. */
  byIssueType: Record<string, number>;
  /** Sum of the weights of all problems. */
  penalty: number;
  /** `penalty * 1000 / max(words, 1)`, rounded to 2 decimals. */
  penaltyPer1000Words: number;
  /** `max(0, 100 - penalty per 1,000 words)`, rounded to 2 decimals. */
  score: number;
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

function finish(words: number, counts: Record<MqmSeverity, number>, byIssueType: Record<string, number>, penalty: number): QualityScore {
  const per1000 = (penalty * 1000) / Math.max(words, 1);
  return {
    words,
    counts,
    byIssueType,
    penalty,
    penaltyPer1000Words: round2(per1000),
    score: round2(Math.max(0, 100 - per1000)),
  };
}

/**
 * MQM-style quality score of a list of problems over `words` words: each problem costs its
 * severity's weight; the score is `max(0, 100 - penalty per 1,000 words)`. A text with no
 * words counts as one word, so a problem in it still costs.
 */
export function scoreDiagnostics(diagnostics: readonly Diagnostic[], words: number, weights: MqmWeights = DEFAULT_WEIGHTS): QualityScore {
  const counts: Record<MqmSeverity, number> = { minor: 0, major: 0, critical: 0 };
  const byIssueType: Record<string, number> = {};
  let penalty = 0;
  for (const d of diagnostics) {
    const severity = mqmSeverity(d);
    counts[severity]++;
    const type = mqmIssueType(d);
    byIssueType[type] = (byIssueType[type] ?? 0) + weights[severity];
    penalty += weights[severity];
  }
  return finish(words, counts, byIssueType, penalty);
}

/** The word count of a result: the one the CLI filled in, else counted from its text. */
export function wordCountOf(result: FileResult): number {
  return result.wordCount ?? countWordsInText(result.source, result.filePath === '<stdin>' ? undefined : result.filePath);
}

/** Per-file scores and the score of the whole run (total penalty over total words). */
export interface RunScore {
  files: QualityScore[];
  total: QualityScore;
}

/** Scores every file and the run as a whole. */
export function scoreResults(results: readonly FileResult[], weights: MqmWeights = DEFAULT_WEIGHTS): RunScore {
  const files = results.map((r) => scoreDiagnostics(r.diagnostics, wordCountOf(r), weights));
  const counts: Record<MqmSeverity, number> = { minor: 0, major: 0, critical: 0 };
  const byIssueType: Record<string, number> = {};
  let words = 0;
  let penalty = 0;
  for (const f of files) {
    words += f.words;
    penalty += f.penalty;
    for (const k of Object.keys(counts) as MqmSeverity[]) counts[k] += f.counts[k];
    for (const [k, v] of Object.entries(f.byIssueType)) byIssueType[k] = (byIssueType[k] ?? 0) + v;
  }
  return { files, total: finish(words, counts, byIssueType, penalty) };
}
