import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../src/types.js';
import {
  DEFAULT_WEIGHTS,
  MQM_ISSUE_TYPES,
  countWordsInText,
  mqmIssueType,
  mqmSeverity,
  resolveWeights,
  scoreDiagnostics,
  scoreResults,
  wordCountOf,
} from '../../src/report/score.js';
import { HOUSE_CONFIG, SEED_TEXT, handMadeDiagnostic, lintAs } from './ci-fixtures.js';

const warning = handMadeDiagnostic({ severity: 'warning', category: 'calque' });
const error = handMadeDiagnostic({ severity: 'error', category: 'punctuation' });
const fatal = handMadeDiagnostic({ severity: 'error', category: 'other', fatal: true });

describe('quality score', () => {
  it('maps every category to an MQM issue type and every severity to an MQM severity', () => {
    expect(Object.keys(MQM_ISSUE_TYPES).sort()).toEqual([...CATEGORIES].sort());
    expect(mqmIssueType({ category: 'spacing' })).toBe('Fluency/Punctuation');
    expect(mqmIssueType({ category: 'calque' })).toBe('Style/Awkward');
    expect(mqmIssueType({ category: 'untranslated' })).toBe('Accuracy/Untranslated text');
    expect(mqmIssueType({ category: 'encoding' })).toBe('Fluency/Character encoding');
    expect([warning, error, fatal].map(mqmSeverity)).toEqual(['minor', 'major', 'critical']);
  });

  it('scores max(0, 100 - penalty per 1,000 words)', () => {
    // 2 minor + 1 major = 7 points over 350 words = 20 per 1,000 words.
    const s = scoreDiagnostics([warning, error, warning], 350);
    expect(s).toEqual({
      words: 350,
      counts: { minor: 2, major: 1, critical: 0 },
      byIssueType: { 'Style/Awkward': 2, 'Fluency/Punctuation': 5 },
      penalty: 7,
      penaltyPer1000Words: 20,
      score: 80,
    });
    expect(scoreDiagnostics([fatal], 100).score).toBe(0);
    expect(scoreDiagnostics([fatal], 100).penaltyPer1000Words).toBe(250);
    expect(scoreDiagnostics([], 0)).toMatchObject({ penalty: 0, score: 100 });
    expect(scoreDiagnostics([warning], 0)).toMatchObject({ penaltyPer1000Words: 1000, score: 0 });
    expect(scoreDiagnostics([warning], 3000)).toMatchObject({ penaltyPer1000Words: 0.33, score: 99.67 });
  });

  it('uses the configured weights', () => {
    const weights = resolveWeights({ major: 10 });
    expect(weights).toEqual({ minor: 1, major: 10, critical: 25 });
    expect(scoreDiagnostics([error, warning], 1000, weights)).toMatchObject({ penalty: 11, score: 89 });
    expect(resolveWeights(undefined)).toEqual(DEFAULT_WEIGHTS);
    expect(() => resolveWeights({ minor: -1 })).toThrow('scoring.weights.minor must be a number >= 0, got -1');
    expect(() => resolveWeights({ critical: Number.NaN })).toThrow('scoring.weights.critical must be a number >= 0');
  });

  it('counts prose words only: Markdown code and link targets are not words', () => {
    expect(countWordsInText("The committee's plan was well-known.")).toBe(5);
    expect(countWordsInText('# Title\n\nRead [the report](https://example.com/a/b).\n\n```\nconst notProse = 1;\n```\n', 'a.md')).toBe(4);
    expect(countWordsInText(SEED_TEXT, 'seed.txt')).toBeGreaterThan(2000);
  });

  it('scores each file and the run from the total penalty over the total words', () => {
    const a = lintAs('a.txt', 'in military strategy. .\n', HOUSE_CONFIG);
    const b = lintAs('b.md', 'Sexual testing is an attempt to force the other party to make concessions in talks.\n', HOUSE_CONFIG);
    expect([a.wordCount, b.wordCount]).toEqual([3, 15]);
    const run = scoreResults([a, b]);
    expect(run.files.map((f) => [f.penalty, f.score])).toEqual([
      [5, 0],
      [1, 33.33],
    ]);
    expect(run.total).toMatchObject({ words: 18, penalty: 6, penaltyPer1000Words: 333.33, score: 0, byIssueType: { 'Fluency/Punctuation': 5, 'Style/Awkward': 1 } });
    expect(wordCountOf({ ...b, wordCount: undefined })).toBe(15);
  });
});
