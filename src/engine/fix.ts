import type { Diagnostic, Edit, Fix } from '../types.js';
import { lint, type LintOptions } from './lint.js';

/** Which fixes `fix` applies: safe ones, the first suggestion of each problem, or both. */
export type FixType = 'safe' | 'suggestion' | 'all';

export interface FixOptions extends LintOptions {
  fixType?: FixType;
  /** At most this many lint-and-fix passes (default 10). */
  maxPasses?: number;
}

export interface FixResult {
  /** The fixed text (the input when nothing applied). */
  output: string;
  /** Whether `output` differs from the input. */
  changed: boolean;
  /** Lint-and-fix passes run. */
  passes: number;
  /** Fixes applied, over all passes. */
  applied: Fix[];
  /** False when the passes ran out or the text started to cycle. */
  converged: boolean;
  /** What is still reported on the output. */
  remaining: Diagnostic[];
}

/** The fix `fixType` picks for one diagnostic, if any. */
export function chooseFix(d: Diagnostic, fixType: FixType): Fix | undefined {
  if (fixType === 'safe') return d.fix;
  if (fixType === 'suggestion') return d.suggestions?.[0];
  return d.fix ?? d.suggestions?.[0];
}

/** Whether two edits may not be applied in one pass: they overlap, or one is an insertion touching the other. */
export function editsConflict(a: Edit, b: Edit): boolean {
  const [a0, a1] = a.range;
  const [b0, b1] = b.range;
  if (a0 < b1 && b0 < a1) return true;
  const touching = a0 <= b1 && b0 <= a1;
  return touching && (a0 === a1 || b0 === b1);
}

/**
 * Applies fixes whose edits do not conflict with an earlier one (by position); the rest are
 * deferred to the next pass.
 */
export function applyFixes(text: string, fixes: Fix[]): { output: string; applied: Fix[]; deferred: Fix[] } {
  const ordered = fixes
    .filter((f) => f.edits.length > 0)
    .map((f) => ({ f, start: Math.min(...f.edits.map((e) => e.range[0])) }))
    .sort((x, y) => x.start - y.start);
  const accepted: Edit[] = [];
  const applied: Fix[] = [];
  const deferred: Fix[] = [];
  for (const { f } of ordered) {
    const valid = f.edits.every((e) => e.range[0] >= 0 && e.range[1] <= text.length && e.range[0] <= e.range[1]);
    const clash = !valid || f.edits.some((e, i) => f.edits.some((o, j) => j > i && editsConflict(e, o))) ||
      f.edits.some((e) => conflictsWithAccepted(accepted, e));
    if (clash) {
      deferred.push(f);
      continue;
    }
    for (const e of f.edits) insertSorted(accepted, e);
    applied.push(f);
  }
  if (accepted.length === 0) return { output: text, applied, deferred };
  const parts: string[] = [];
  let last = 0;
  for (const e of accepted) {
    parts.push(text.slice(last, e.range[0]), e.text);
    last = e.range[1];
  }
  parts.push(text.slice(last));
  return { output: parts.join(''), applied, deferred };
}

function conflictsWithAccepted(accepted: Edit[], e: Edit): boolean {
  // accepted is sorted by start; only neighbours of e's position can conflict
  let lo = 0;
  let hi = accepted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (accepted[mid].range[0] < e.range[0]) lo = mid + 1;
    else hi = mid;
  }
  for (let i = Math.max(0, lo - 1); i < accepted.length && accepted[i].range[0] <= e.range[1]; i++) {
    if (editsConflict(accepted[i], e)) return true;
  }
  return false;
}

function insertSorted(list: Edit[], e: Edit): void {
  let i = list.length;
  while (i > 0 && list[i - 1].range[0] > e.range[0]) i--;
  list.splice(i, 0, e);
}

/** Lints and applies fixes until the text is stable (at most `maxPasses`, stopping on a cycle). Pure. */
export function fix(text: string, options: FixOptions = {}): FixResult {
  const fixType = options.fixType ?? 'safe';
  const maxPasses = options.maxPasses ?? 10;
  const seen = new Set<string>([text]);
  const applied: Fix[] = [];
  let current = text;
  let passes = 0;
  let converged = false;
  let diagnostics = lint(current, options);
  while (passes < maxPasses) {
    const fixes = diagnostics.map((d) => chooseFix(d, fixType)).filter((f): f is Fix => f !== undefined);
    if (fixes.length === 0) {
      converged = true;
      break;
    }
    passes++;
    const result = applyFixes(current, fixes);
    if (result.output === current) {
      converged = true;
      break;
    }
    if (seen.has(result.output)) break; // a cycle: keep the last text that was not seen before
    seen.add(result.output);
    applied.push(...result.applied);
    current = result.output;
    diagnostics = lint(current, options);
  }
  return { output: current, changed: current !== text, passes, applied, converged, remaining: diagnostics };
}
