import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import writeFileAtomic from 'write-file-atomic';
import { relativePath } from '../report/common.js';
import type { FileResult } from '../report/types.js';
import type { Diagnostic } from '../types.js';

/** The baseline file format this mtlint reads and writes. */
export const BASELINE_VERSION = 1;

/** One recorded finding: where, which rule, what text, and how many identical ones. */
export interface BaselineEntry {
  /** Path relative to the folder the run was made from, with `/` separators. */
  file: string;
  rule: string;
  /** Hash of the rule, the matched text and a few words either side (whitespace-normalised). */
  fingerprint: string;
  /** How many findings in the file share this fingerprint. */
  count: number;
  /** The matched text, shortened, for people reading the file; not used for matching. */
  excerpt: string;
}

/** A baseline: findings to accept as they are, so that only new ones are reported. */
export interface Baseline {
  version: typeof BASELINE_VERSION;
  findings: BaselineEntry[];
}

/** A baseline file that cannot be read or is not a baseline. */
export class BaselineError extends Error {
  constructor(
    message: string,
    readonly file?: string,
  ) {
    super(file ? `${file}: ${message}` : message);
    this.name = 'BaselineError';
  }
}

export interface BaselineOptions {
  /** Folder file paths are made relative to (default: the current directory). */
  root?: string;
}

const CONTEXT_CHARS = 60;
const CONTEXT_WORDS = 3;
const EXCERPT_CHARS = 60;

const normalise = (s: string): string => s.replace(/\s+/g, ' ').trim();

const LINE_BREAK = /\r\n?|\n/;

/**
 * A fingerprint of a finding that does not depend on where it is: the rule, the matched text
 * and up to three words on either side on the same line, with runs of whitespace made one space.
 * Moving, reordering or re-indenting lines keeps it; editing the words next to it changes it.
 */
export function fingerprint(d: Pick<Diagnostic, 'ruleId' | 'range'>, source: string): string {
  const [start, end] = d.range;
  const matched = normalise(source.slice(start, end));
  const before = normalise(source.slice(Math.max(0, start - CONTEXT_CHARS), start).split(LINE_BREAK).pop()!).split(' ').slice(-CONTEXT_WORDS).join(' ');
  const after = normalise(source.slice(end, end + CONTEXT_CHARS).split(LINE_BREAK)[0]).split(' ').slice(0, CONTEXT_WORDS).join(' ');
  return createHash('sha256').update([d.ruleId, matched, before, after].join('\u0000')).digest('hex').slice(0, 20);
}

function excerptOf(d: Diagnostic, source: string): string {
  const text = normalise(source.slice(d.range[0], d.range[1]));
  return text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS - 1)}…` : text;
}

const keyOf = (file: string, rule: string, fp: string): string => `${file}\u0000${rule}\u0000${fp}`;

/** Findings a baseline can hold: all but mtlint's own failures, which are never accepted. */
const baselinable = (d: Diagnostic): boolean => !d.fatal;

/** Records today's findings (all but fatal ones), sorted by file, rule and fingerprint. */
export function createBaseline(results: readonly FileResult[], options: BaselineOptions = {}): Baseline {
  const root = options.root ?? process.cwd();
  const entries = new Map<string, BaselineEntry>();
  for (const r of results) {
    const file = relativePath(r.filePath, root);
    for (const d of r.diagnostics) {
      if (!baselinable(d)) continue;
      const fp = fingerprint(d, r.source);
      const key = keyOf(file, d.ruleId, fp);
      const entry = entries.get(key);
      if (entry) entry.count++;
      else entries.set(key, { file, rule: d.ruleId, fingerprint: fp, count: 1, excerpt: excerptOf(d, r.source) });
    }
  }
  return { version: BASELINE_VERSION, findings: sortEntries([...entries.values()]) };
}

function sortEntries(list: BaselineEntry[]): BaselineEntry[] {
  const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return list.sort((a, b) => cmp(a.file, b.file) || cmp(a.rule, b.rule) || cmp(a.fingerprint, b.fingerprint));
}

/**
 * The results with the findings the baseline accepts removed. Counting is per fingerprint: if
 * the baseline holds 2 and the file now has 3, the last one in the file is reported as new.
 * Fatal diagnostics are always kept.
 */
export function filterByBaseline(results: readonly FileResult[], baseline: Baseline, options: BaselineOptions = {}): FileResult[] {
  const root = options.root ?? process.cwd();
  const remaining = new Map<string, number>();
  for (const e of baseline.findings) {
    const key = keyOf(e.file, e.rule, e.fingerprint);
    remaining.set(key, (remaining.get(key) ?? 0) + e.count);
  }
  return results.map((r) => {
    const file = relativePath(r.filePath, root);
    const diagnostics = r.diagnostics.filter((d) => {
      if (!baselinable(d)) return true;
      const key = keyOf(file, d.ruleId, fingerprint(d, r.source));
      const left = remaining.get(key) ?? 0;
      if (left === 0) return true;
      remaining.set(key, left - 1);
      return false;
    });
    return diagnostics.length === r.diagnostics.length ? r : { ...r, diagnostics };
  });
}

/**
 * The baseline after a run over some files: entries of the files linted now are replaced by
 * their current findings (so fixed findings drop out); entries of files not linted this run
 * are kept.
 */
export function updateBaseline(previous: Baseline | undefined, results: readonly FileResult[], options: BaselineOptions = {}): Baseline {
  const fresh = createBaseline(results, options);
  if (!previous) return fresh;
  const root = options.root ?? process.cwd();
  const linted = new Set(results.map((r) => relativePath(r.filePath, root)));
  const kept = previous.findings.filter((e) => !linted.has(e.file));
  return { version: BASELINE_VERSION, findings: sortEntries([...kept, ...fresh.findings]) };
}

/** Serialises a baseline as stable, diff-friendly JSON. */
export function formatBaseline(baseline: Baseline): string {
  return `${JSON.stringify({ version: baseline.version, findings: baseline.findings }, null, 2)}\n`;
}

/** Parses a baseline file's text; throws a BaselineError saying what is wrong. */
export function parseBaseline(text: string, file?: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new BaselineError(`not valid JSON (${(error as Error).message}); delete it and run with --update-baseline to write a new one`, file);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new BaselineError('expected a JSON object with "version" and "findings"', file);
  const { version, findings } = data as { version?: unknown; findings?: unknown };
  if (version !== BASELINE_VERSION) {
    const newer = typeof version === 'number' && version > BASELINE_VERSION;
    throw new BaselineError(
      newer
        ? `baseline version ${version} was written by a newer mtlint; this one reads version ${BASELINE_VERSION}`
        : `"version" must be ${BASELINE_VERSION}, got ${JSON.stringify(version)}`,
      file,
    );
  }
  if (!Array.isArray(findings)) throw new BaselineError('"findings" must be an array', file);
  findings.forEach((e: unknown, i) => {
    const where = `findings[${i}]`;
    if (typeof e !== 'object' || e === null) throw new BaselineError(`${where} must be an object`, file);
    const entry = e as Record<string, unknown>;
    for (const key of ['file', 'rule', 'fingerprint'] as const) {
      if (typeof entry[key] !== 'string' || entry[key] === '') throw new BaselineError(`${where}.${key} must be a non-empty string`, file);
    }
    if (!Number.isInteger(entry.count) || (entry.count as number) < 1) throw new BaselineError(`${where}.count must be a whole number >= 1`, file);
    if (entry.excerpt !== undefined && typeof entry.excerpt !== 'string') throw new BaselineError(`${where}.excerpt must be a string`, file);
  });
  return {
    version: BASELINE_VERSION,
    findings: (findings as BaselineEntry[]).map((e) => ({ file: e.file, rule: e.rule, fingerprint: e.fingerprint, count: e.count, excerpt: e.excerpt ?? '' })),
  };
}

/** Reads a baseline file; throws a BaselineError naming the file when it is missing or broken. */
export function readBaseline(path: string): Baseline {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new BaselineError(code === 'ENOENT' ? 'no such baseline file; create it with --update-baseline' : `cannot read: ${(error as Error).message}`, path);
  }
  return parseBaseline(text, path);
}

/** Writes a baseline file atomically (a crash never leaves half a file). */
export function writeBaseline(path: string, baseline: Baseline): void {
  writeFileAtomic.sync(path, formatBaseline(baseline));
}
