import type { CleanScore, EvalExample, EvalResult, Score } from './score.js';

/** Which example lists to print. */
export type EvalShow = 'misses' | 'false-alarms';

/** What the report says about the run besides the numbers. */
export interface EvalReportOptions {
  /** The label files and their formats, e.g. "zhen.jsonl (mqm)". */
  inputs: string[];
  /** Seconds the linting and scoring took. */
  seconds?: number;
  show?: EvalShow[];
  /** Examples per list; 0 for all. */
  limit?: number;
}

/** The machine-readable report: the result with its example lists cut to `limit`. */
export interface EvalJson extends Omit<EvalResult, 'misses' | 'falseAlarms'> {
  inputs: string[];
  seconds?: number;
  missCount: number;
  falseAlarmCount: number;
  misses: EvalExample[];
  falseAlarms: EvalExample[];
}

const cut = <T>(list: T[], limit: number): T[] => (limit > 0 ? list.slice(0, limit) : list);

/** The JSON report. */
export function evalJson(result: EvalResult, options: EvalReportOptions): EvalJson {
  const limit = options.limit ?? 20;
  const { misses, falseAlarms, ...rest } = result;
  return {
    inputs: options.inputs,
    ...(options.seconds !== undefined ? { seconds: Math.round(options.seconds * 100) / 100 } : {}),
    ...rest,
    missCount: misses.length,
    falseAlarmCount: falseAlarms.length,
    misses: cut(misses, limit),
    falseAlarms: cut(falseAlarms, limit),
  };
}

const pct = (v: number | null): string => (v === null ? '—' : `${(v * 100).toFixed(1)}%`);
const num = (n: number): string => n.toLocaleString('en-US');

function table(head: string[], rows: string[][], leftColumns = 1): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i < leftColumns ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  return [line(head), ...rows.map(line)].join('\n');
}

const scoreCells = (s: Score): string[] => [num(s.predicted), num(s.hits), pct(s.precision), num(s.gold), num(s.found), pct(s.recall), pct(s.f1)];
const SCORE_HEAD = ['reports', 'hits', 'precision', 'spans', 'found', 'recall', 'F1'];

function cleanTable(rows: CleanScore[]): string {
  return table(
    ['texts', 'units', 'words', 'reports', 'per 1,000 words', 'units flagged'],
    rows.map((c) => [c.group, num(c.units), num(c.words), num(c.falseAlarms), c.perThousandWords === null ? '—' : c.perThousandWords.toFixed(2), `${num(c.unitsFlagged)} (${pct(c.units ? c.unitsFlagged / c.units : null)})`]),
  );
}

function examples(title: string, list: EvalExample[], limit: number, what: (e: EvalExample) => string): string {
  const shown = cut(list, limit);
  const head = `${title} (${shown.length < list.length ? `first ${shown.length} of ${num(list.length)}` : num(list.length)})`;
  return [head, ...shown.map((e) => `  ${e.unit} ${e.range[0]}-${e.range[1]}  ${what(e)}  ${e.context}`)].join('\n');
}

/** The human-readable report: the overall score, tables by category and by rule, clean-text false alarms, examples. */
export function formatEval(result: EvalResult, options: EvalReportOptions): string {
  const limit = options.limit ?? 20;
  const show = new Set(options.show ?? []);
  const o = result.overall;
  const parts: string[] = [];
  parts.push(
    `mtlint eval ${options.inputs.join(', ')}: ${num(result.texts)} texts, ${num(result.units)} units, ${num(result.words)} words` +
      (options.seconds !== undefined ? `, ${options.seconds.toFixed(1)} s` : ''),
  );
  parts.push(
    `Overall: ${num(o.predicted)} reports, precision ${pct(o.precision)} (${num(o.hits)} on a labelled span), ` +
      `recall ${pct(o.recall)} (${num(o.found)} of ${num(o.gold)} spans in the rules' categories), F1 ${pct(o.f1)}`,
  );
  parts.push(table(['category', ...SCORE_HEAD], result.categories.map((c) => [c.category, ...scoreCells(c)])));
  const active = result.rules.filter((r) => r.predicted > 0);
  const silent = result.rules.length - active.length;
  parts.push(
    table(['rule', 'category', ...SCORE_HEAD, 'clean FA'], active.map((r) => [r.ruleId, r.category, ...scoreCells(r), num(r.cleanFalseAlarms)]), 2) +
      (silent ? `\n(${silent} more rule${silent === 1 ? '' : 's'} reported nothing)` : ''),
  );
  parts.push(result.clean.length ? `False alarms on texts with no labels:\n${cleanTable(result.clean)}` : 'No texts without labels: no false-alarm rate.');
  if (show.has('misses')) parts.push(examples('Misses', result.misses, limit, (e) => e.label ?? ''));
  if (show.has('false-alarms')) parts.push(examples('False alarms', result.falseAlarms, limit, (e) => e.ruleId ?? ''));
  return `${parts.join('\n\n')}\n`;
}
