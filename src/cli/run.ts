import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, lstatSync, openSync, readFileSync, readSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { filterByBaseline, readBaseline, updateBaseline, writeBaseline } from '../ci/baseline.js';
import { resolveWeights, scoreResults, type MqmWeights } from '../report/score.js';
import { dirname, relative, resolve, sep } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { builtinRules } from '../../rules/index.js';
import { ConfigError } from '../config/errors.js';
import { findConfigFile, loadConfig, validateConfig, type LoadedConfig } from '../config/load.js';
import { overrideMatches, resolveConfig, type ResolvedConfig } from '../config/resolve.js';
import { LineIndex } from '../text/line-index.js';
import type { Config } from '../config/types.js';
import type { FixType } from '../engine/fix.js';
import type { FileChange } from '../report/diff.js';
import { loadReporter } from '../report/index.js';
import type { FileResult, ReportContext } from '../report/types.js';
import type { Diagnostic, Syntax } from '../types.js';
import { changedSince, collectFiles, loadIgnore } from './files.js';
import { cannotWrite, EXIT, type CliIO } from './io.js';
import { decode, encode, readLines, readTextFile, type Encoding } from './read.js';
import { CHUNKED_ABOVE } from '../engine/lint.js';
import { syntaxFor } from '../formats/index.js';
import { VERSION } from './version.js';
import { LintCache } from './cache.js';
import { OrderedPool, defaultJobs, minParallelBytes, runTasks, streamHeapMb } from './pool.js';
import { Progress } from './progress.js';
import type { LintTask, LintTaskResult } from './task.js';

/** Everything the lint command takes, after yargs. */
export interface LintCommandOptions {
  patterns: string[];
  stdin?: boolean;
  stdinFilename?: string;
  config?: string;
  rule?: string[];
  format?: string;
  outputFile?: string;
  quiet?: boolean;
  maxWarnings?: number;
  color?: boolean;
  syntax?: Syntax;
  sourceLang?: string;
  fix?: boolean;
  fixDryRun?: boolean;
  fixType?: FixType;
  diff?: boolean;
  ignorePath?: string;
  ignore?: boolean;
  /** Lint threads (default: the number of cores). */
  jobs?: number;
  cache?: boolean;
  cacheLocation?: string;
  /** Lint only the files git says changed since this ref. */
  changedSince?: string;
  timing?: boolean;
  /** Fail (exit 1) when the run's quality score is below this. */
  minScore?: number;
  /** Report only findings not recorded in this baseline file. */
  baseline?: string;
  /** Record today's findings in this baseline file (dropping fixed ones), then report against it. */
  updateBaseline?: string;
}

/** One file to lint, with how to write it back. */
interface Input {
  filePath: string;
  /** The text ('' for a file read as a stream while it is linted). */
  text: string;
  encoding?: Encoding;
  invalidUtf8: number[];
  /** A large UTF-8 file that is linted as a stream: its size in bytes. */
  streamBytes?: number;
  /** The file's size in bytes, when read from disk (how the work is spread over threads). */
  bytes?: number;
}

/** Parses `--rule id:severity` (also `id:["warn",{...}]`) into config rules. */
export function parseRuleFlags(flags: string[] = []): NonNullable<Config['rules']> {
  const out: NonNullable<Config['rules']> = {};
  for (const flag of flags) {
    const i = flag.indexOf(':');
    if (i <= 0) throw new ConfigError(`--rule expects "rule-id:severity", got "${flag}"`);
    const id = flag.slice(0, i).trim();
    const value = flag.slice(i + 1).trim();
    let setting: unknown = value;
    if (value.startsWith('[')) {
      try {
        setting = JSON.parse(value);
      } catch {
        throw new ConfigError(`--rule ${id}: options must be JSON, as in ${id}:["warn",{}]`);
      }
    }
    out[id] = setting as never;
  }
  return out;
}

/** Finds the config for each file (or the one given with --config), merging `--rule` flags. */
export class ConfigResolver {
  private readonly byDir = new Map<string, LoadedConfig>();
  private readonly fixed?: LoadedConfig;

  constructor(private readonly opts: { configFile?: string; ruleFlags: NonNullable<Config['rules']>; cwd: string }) {
    if (opts.configFile) this.fixed = this.withFlags(loadConfig({ configFile: resolve(opts.cwd, opts.configFile) }));
  }

  private withFlags(loaded: LoadedConfig): LoadedConfig {
    if (Object.keys(this.opts.ruleFlags).length === 0) return loaded;
    const config = { ...loaded.config, rules: { ...(loaded.config.rules ?? {}), ...this.opts.ruleFlags } };
    return { ...loaded, config: validateConfig(config, loaded.file ? `${loaded.file} + --rule` : '--rule') };
  }

  /** The config for a file (absolute path). */
  forFile(filePath: string): LoadedConfig {
    if (this.fixed) return this.fixed;
    const dir = dirname(filePath);
    let loaded = this.byDir.get(dir);
    if (!loaded) {
      const file = findConfigFile(dir);
      loaded = this.withFlags(file ? loadConfig({ configFile: file }) : { config: {}, dir: this.opts.cwd });
      this.byDir.set(dir, loaded);
    }
    return loaded;
  }
}

/** Runs `mtlint [paths..]`: lint, fix, report; returns the exit code. */
export async function runLint(opts: LintCommandOptions, io: CliIO): Promise<number> {
  const cwd = io.cwd;
  let resolver: ConfigResolver;
  try {
    resolver = new ConfigResolver({ configFile: opts.config, ruleFlags: parseRuleFlags(opts.rule), cwd });
  } catch (e) {
    return failure(io, e);
  }

  if (opts.stdin && opts.patterns.length) {
    io.stderr(`mtlint: --stdin reads standard input only; leave out the paths (${opts.patterns.join(', ')}) or --stdin.\n`);
    return EXIT.failure;
  }
  if (opts.jobs !== undefined && !(Number.isInteger(opts.jobs) && opts.jobs >= 1)) {
    io.stderr(`mtlint: --jobs takes a whole number of 1 or more, got ${opts.jobs}.\n`);
    return EXIT.failure;
  }
  if (opts.minScore !== undefined && !(opts.minScore >= 0 && opts.minScore <= 100)) {
    io.stderr(`mtlint: --min-score takes a number from 0 to 100, got ${opts.minScore}.\n`);
    return EXIT.failure;
  }
  const workers: { pool?: OrderedPool } = {};
  try {
    return await lintInputs(opts, io, resolver, workers);
  } finally {
    await workers.pool?.close();
  }
}

/**
 * Starts the lint workers before the files are read, when the files are many and large enough for
 * more threads to pay (`minParallelBytes`), so that they load the rules and the tagger meanwhile.
 */
function startWorkers(files: string[], opts: LintCommandOptions, io: CliIO): OrderedPool | undefined {
  const jobs = opts.jobs ?? defaultJobs();
  if (jobs <= 1 || files.length < 2) return undefined;
  const enough = minParallelBytes(io.env);
  let bytes = 0;
  for (const f of files) {
    try {
      bytes += statSync(f).size;
    } catch {
      // reading it will say what is wrong
    }
    if (bytes >= enough) return OrderedPool.prestart(jobs);
  }
  return undefined;
}

async function lintInputs(opts: LintCommandOptions, io: CliIO, resolver: ConfigResolver, workers: { pool?: OrderedPool }): Promise<number> {
  const cwd = io.cwd;
  const started = performance.now();
  const inputs: Input[] = [];
  let ioFailed = false;
  if (opts.stdin) {
    const text = await io.readStdin();
    const filePath = opts.stdinFilename ? resolve(cwd, opts.stdinFilename) : '<stdin>';
    inputs.push({ filePath, text, invalidUtf8: [] });
  } else {
    if (opts.patterns.length === 0 && opts.changedSince) opts = { ...opts, patterns: ['.'] };
    if (opts.patterns.length === 0) {
      io.stderr('mtlint: no files given. Run `mtlint --help` for usage, or `mtlint --stdin` to read standard input.\n');
      return EXIT.failure;
    }
    let ignorePatterns: string[] = [];
    try {
      ignorePatterns = opts.ignore === false ? [] : (resolver.forFile(resolve(cwd, 'x')).config.ignorePatterns ?? []);
    } catch (e) {
      return failure(io, e);
    }
    const ig = opts.ignore === false ? loadIgnore(cwd, [], '/dev/null/none') : loadIgnore(cwd, ignorePatterns, opts.ignorePath);
    const set = await collectFiles(opts.patterns, cwd, ig);
    if (opts.changedSince) {
      try {
        const changed = changedSince(opts.changedSince, cwd);
        set.files = set.files.filter((f) => changed.has(f));
      } catch (e) {
        return failure(io, e);
      }
    }
    for (const w of set.warnings) io.stderr(`mtlint: warning: ${w}\n`);
    for (const e of set.errors) io.stderr(`mtlint: ${e}\n`);
    if (set.errors.length) ioFailed = true;
    workers.pool = startWorkers(set.files, opts, io);
    for (const file of set.files) {
      try {
        const large = largeTextFile(file);
        if (large) {
          inputs.push(large);
          continue;
        }
        const raw = readFileSync(file);
        const read = decode(raw);
        if (read.kind === 'binary') {
          io.stderr(`mtlint: warning: skipped ${relative(cwd, file)}: ${read.reason} (binary file).\n`);
          continue;
        }
        inputs.push({ filePath: file, text: read.text, encoding: read.encoding, invalidUtf8: read.invalidUtf8, bytes: raw.length });
      } catch (e) {
        io.stderr(`mtlint: cannot read ${relative(cwd, file)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
        ioFailed = true;
      }
    }
  }

  const fixing = Boolean(opts.fix || opts.fixDryRun || opts.diff);
  const writesOutside = (input: Input): boolean => input.filePath !== '<stdin>' && symlinkOutside(input.filePath, roots) !== undefined;
  const fixType: FixType = opts.fixType ?? 'safe';
  const roots = [cwd, ...opts.patterns.map((p) => resolve(cwd, p)).filter((p) => existsSync(p) && statSync(p).isDirectory())].map(realpathOr);
  const tasks: LintTask[] = [];
  const checked = new Map<string, ResolvedConfig>();
  for (const [index, input] of inputs.entries()) {
    let loaded: LoadedConfig;
    try {
      loaded = resolver.forFile(input.filePath === '<stdin>' ? resolve(cwd, 'stdin.txt') : input.filePath);
    } catch (e) {
      return failure(io, e);
    }
    const relPath = input.filePath === '<stdin>' ? undefined : relative(loaded.dir, input.filePath);
    // surface config errors before any work: once per config, or per file when overrides apply
    const checkKey = loaded.config.overrides?.length ? `${loaded.file}\0${relPath}` : loaded.file ?? '';
    if (!checked.has(checkKey)) {
      try {
        checked.set(checkKey, resolveConfig(loaded.config, relPath, loaded.file));
      } catch (e) {
        return failure(io, e);
      }
    }
    const syntax = opts.syntax ?? overrideSyntax(loaded.config, relPath);
    if (input.streamBytes !== undefined && (fixing || (syntax ?? syntaxFor(input.filePath)) !== 'text')) {
      // fixes need the whole text, and so do formats with a parser: read it after all
      try {
        const read = readTextFile(input.filePath);
        if (read.kind === 'binary') throw new Error(read.reason);
        Object.assign(input, { text: read.text, encoding: read.encoding, invalidUtf8: read.invalidUtf8, streamBytes: undefined });
      } catch (e) {
        io.stderr(`mtlint: cannot read ${relative(cwd, input.filePath)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
        ioFailed = true;
        continue;
      }
    }
    tasks.push({
      index,
      filePath: input.filePath === '<stdin>' ? undefined : input.filePath,
      text: input.text,
      ...(input.streamBytes !== undefined ? { stream: true, bytes: input.streamBytes } : input.bytes !== undefined ? { bytes: input.bytes } : {}),
      config: loaded.config,
      configFile: loaded.file,
      relPath,
      syntax,
      sourceLanguage: opts.sourceLang,
      ...(fixing && input.invalidUtf8.length === 0 && !writesOutside(input) ? { fixType } : {}),
      timing: opts.timing,
    });
    if (fixing && writesOutside(input)) io.stderr(`mtlint: warning: not fixing ${relative(cwd, input.filePath)}: it is a symbolic link to ${symlinkOutside(input.filePath, roots)}, outside the linted tree.\n`);
    if (fixing && input.invalidUtf8.length) io.stderr(`mtlint: warning: not fixing ${relative(cwd, input.filePath)}: it is not valid UTF-8.\n`);
  }

  const cache = opts.cache && !fixing ? LintCache.open(resolve(cwd, opts.cacheLocation ?? '.mtlintcache'), VERSION) : undefined;
  let results: FileResult[] = new Array(inputs.length);
  const diffs: FileChange[] = [];
  const timing = new Map<string, number>();
  const progress = new Progress(io, tasks.length);
  const todo: LintTask[] = [];
  for (const t of tasks) {
    const hit = cache?.get(t);
    if (hit) results[t.index] = toFileResult(inputs[t.index], { index: t.index, diagnostics: hit.diagnostics, wordCount: hit.wordCount, invalidUtf8: hit.invalidUtf8 });
    else todo.push(t);
  }

  let crashed = false;
  const read = performance.now();
  // tells the launcher (src/cli/mtlint.cts) that this run compiled the lint code worth caching
  if (todo.length) (globalThis as { __mtlintLinted?: boolean }).__mtlintLinted = true;
  const prestarted = workers.pool;
  const early = prestarted?.size ?? 0;
  const run = await runTasks(todo, { jobs: opts.jobs ?? defaultJobs(), minBytes: minParallelBytes(io.env), streamHeapMb: streamHeapMb(io.env), prestarted }, (outcome) => {
    progress.tick();
    if (!outcome.ok) {
      io.stderr(`mtlint: internal error while linting ${inputs[outcome.index].filePath}: ${outcome.error}\n`);
      crashed = true;
      results[outcome.index] = { filePath: inputs[outcome.index].filePath, source: inputs[outcome.index].text, diagnostics: [] };
      return;
    }
    const r = outcome.result;
    const input = inputs[r.index];
    for (const [id, ms] of r.timing ?? []) timing.set(id, (timing.get(id) ?? 0) + ms);
    if (r.output !== undefined) {
      if (opts.diff) {
        if (input.encoding && input.encoding.charset !== 'utf8') io.stderr(`mtlint: warning: --diff skips ${relative(cwd, input.filePath)}: a UTF-16 file cannot be patched by a UTF-8 diff.\n`);
        else diffs.push({ path: input.filePath === '<stdin>' ? 'stdin' : relative(diffRoot(cwd), input.filePath), before: input.text, after: r.output, bom: input.encoding?.bom });
      }
      if (opts.fix && !opts.fixDryRun && !opts.diff && input.encoding) {
        try {
          writeFixed(input.filePath, r.output, input.encoding);
        } catch (e) {
          io.stderr(`mtlint: cannot write ${relative(cwd, input.filePath)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
          ioFailed = true;
        }
      }
    }
    const task = tasks[r.index];
    cache?.set(task, r);
    results[r.index] = toFileResult(input, r, opts.fixDryRun);
  });
  progress.done();
  if (io.env.MTLINT_DEBUG?.split(',').includes('pool')) {
    const ms = (from: number, to: number): string => `${Math.round(to - from)} ms`;
    io.stderr(
      `mtlint: debug: linted ${todo.length} file(s) on ${run.threads} thread(s)${early ? `, ${early} worker(s) started before the files were read${run.threads > 1 ? '' : ' and left unused'}` : ''}; ` +
        `finding and reading ${ms(started, read)}, linting ${ms(read, performance.now())}.\n`,
    );
    if (run.streamed) {
      io.stderr(
        `mtlint: debug: ${run.streamed} large file(s) streamed on a worker with a ${streamHeapMb(io.env)} MB heap` +
          `${run.streamedAgain ? `; on ${run.streamedAgain} the worker failed (out of heap?) and the file was linted again in the main thread` : ''}.\n`,
      );
    }
  }
  try {
    cache?.save();
  } catch (e) {
    // the findings stand; only the next run is slower
    const where = relative(cwd, cache!.location);
    io.stderr(`mtlint: warning: ${cannotWrite(where.startsWith('..') ? cache!.location : where, e)} (the cache).\n`);
  }
  if (crashed) ioFailed = true;
  if (opts.timing) io.stderr(timingTable(timing));

  if (opts.stdin && opts.fix && !opts.fixDryRun && !opts.diff) {
    io.stdout(results[0]?.source ?? '');
    // what could not be fixed goes to stderr, so that stdout stays the text
    for (const d of results[0]?.diagnostics ?? []) io.stderr(`<stdin>:${d.line}:${d.column}: ${d.severity} ${d.message} [${d.ruleId}]\n`);
    return exitCode(results, opts, ioFailed);
  }

  if (opts.diff) {
    const { unifiedDiff } = await import('../report/diff.js');
    const text = unifiedDiff(diffs);
    writeOut(io, opts, text);
    // as --fix-dry-run: 1 when errors remain that the diff does not fix
    return exitCode(results.filter((r) => r !== undefined), opts, ioFailed);
  }

  // baselines: record today's findings, or report only the ones that are new
  // (a file that could not be read after all has no result)
  results = results.filter((r) => r !== undefined);
  let reported: FileResult[] = results;
  let weights: MqmWeights;
  try {
    weights = resolveWeights(resolver.forFile(resolve(cwd, 'x')).config.scoring?.weights);
    if (opts.updateBaseline) {
      const file = resolve(cwd, opts.updateBaseline);
      const root = dirname(file);
      const previous = existsSync(file) ? readBaseline(file) : undefined;
      try {
        writeBaseline(file, updateBaseline(previous, results, { root }));
      } catch (e) {
        throw new Error(cannotWrite(file, e));
      }
      reported = filterByBaseline(results, readBaseline(file), { root });
    } else if (opts.baseline) {
      const file = resolve(cwd, opts.baseline);
      reported = filterByBaseline(results, readBaseline(file), { root: dirname(file) });
    }
  } catch (e) {
    return failure(io, e);
  }

  // --quiet hides warnings from the report and the exit code; the quality score still counts them
  const shown = opts.quiet ? reported.map((r) => withDiagnostics(r, r.diagnostics.filter((d) => d.severity === 'error'))) : reported;
  const defined = new Map([...checked.values()].flatMap((r) => [...r.defined]));
  const rules = defined.size ? new Map([...builtinRules, ...defined]) : builtinRules;
  const ctx: ReportContext = { cwd, color: useColor(opts, io), rules, version: VERSION, weights, ...(opts.quiet ? { scores: scoreResults(reported, weights) } : {}) };
  let report: string;
  try {
    const reporter = await loadReporter(opts.format ?? 'stylish');
    report = reporter(shown, ctx);
  } catch (e) {
    return failure(io, e);
  }
  if (!writeOut(io, opts, report)) return EXIT.failure;
  const code = exitCode(shown, opts, ioFailed);
  const warnings = shown.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === 'warning').length, 0);
  if (opts.maxWarnings !== undefined && opts.maxWarnings >= 0 && warnings > opts.maxWarnings) {
    io.stderr(`mtlint: too many warnings (${warnings}); --max-warnings allows ${opts.maxWarnings}.\n`);
  }
  if (code === EXIT.ok && opts.minScore !== undefined) {
    const score = scoreResults(reported, weights).total.score;
    if (score < opts.minScore) {
      io.stderr(`mtlint: quality score ${score} is below --min-score ${opts.minScore}.\n`);
      return EXIT.lint;
    }
  }
  return code;
}

/** Files larger than this (bytes) are linted as a stream when they are plain UTF-8 text. */
const STREAM_ABOVE = CHUNKED_ABOVE;

/** A large plain UTF-8 file to lint as a stream, or undefined (small, UTF-16, binary: read whole). */
function largeTextFile(file: string): Input | undefined {
  const size = statSync(file).size;
  if (size <= STREAM_ABOVE) return undefined;
  const head = Buffer.alloc(8192);
  const fd = openSync(file, 'r');
  let n: number;
  try {
    n = readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  const sniff = decode(head.subarray(0, n));
  if (sniff.kind !== 'text' || sniff.encoding.charset !== 'utf8') return undefined;
  return { filePath: file, text: '', encoding: sniff.encoding, invalidUtf8: [], streamBytes: size };
}

/** The text of a file, decoded as when it was linted. */
function decodedText(file: string): string {
  try {
    const read = readTextFile(file);
    return read.kind === 'text' ? read.text : '';
  } catch {
    // gone or unreadable since it was linted: the report quotes nothing rather than fail
    return '';
  }
}

/** Some lines of a streamed file, or none if it is gone or unreadable since it was linted (as `decodedText`). */
function linesOf(file: string, wanted: Set<number>): Map<number, string> {
  try {
    return readLines(file, wanted);
  } catch {
    return new Map();
  }
}

/** A result with other diagnostics, keeping a streamed file's text unread (a spread would read it). */
function withDiagnostics(r: FileResult, diagnostics: FileResult['diagnostics']): FileResult {
  return Object.defineProperties({} as FileResult, { ...Object.getOwnPropertyDescriptors(r), diagnostics: { value: diagnostics, enumerable: true, writable: true, configurable: true } });
}

/** The syntax an `overrides` entry sets for a file, if any. */
function overrideSyntax(config: Config, relPath: string | undefined): Syntax | undefined {
  if (relPath === undefined) return undefined;
  let syntax: string | undefined;
  for (const o of config.overrides ?? []) if (o.syntax && overrideMatches(o.files, o.excludedFiles, relPath.replace(/\\/g, '/'))) syntax = o.syntax;
  return syntax as Syntax | undefined;
}

function toFileResult(input: Input, r: Pick<LintTaskResult, 'diagnostics' | 'output' | 'wordCount' | 'index' | 'invalidUtf8'>, dryRun?: boolean): FileResult {
  if (r.invalidUtf8?.length) {
    // a streamed file with bad bytes was linted whole: its problems are placed on its text
    Object.assign(input, { text: decodedText(input.filePath), invalidUtf8: r.invalidUtf8, streamBytes: undefined });
  }
  if (input.streamBytes !== undefined) {
    // a streamed file is read again only if a reporter quotes it
    let source: string | undefined;
    const read = (): string => (source ??= decodedText(input.filePath));
    let quoted: Map<number, string> | undefined;
    const lines = (): Map<number, string> => (quoted ??= linesOf(input.filePath, new Set(r.diagnostics.map((d) => d.line))));
    const result = toFileResult({ ...input, streamBytes: undefined }, r, dryRun);
    Object.defineProperty(result, 'lineTexts', { get: lines, enumerable: false, configurable: true });
    return Object.defineProperty(result, 'source', { get: read, enumerable: true, configurable: true });
  }
  return {
    filePath: input.filePath,
    source: r.output ?? input.text,
    diagnostics: input.invalidUtf8.length ? withInvalidUtf8(input, r.diagnostics) : r.diagnostics,
    wordCount: r.wordCount,
    ...(dryRun && r.output !== undefined ? { output: r.output } : {}),
  };
}

/** `--timing`: the rules that took the most time, as ESLint's TIMING prints them. */
export function timingTable(timing: Map<string, number>, top = 10): string {
  const total = [...timing.values()].reduce((a, b) => a + b, 0) || 1;
  const rows = [...timing].sort((a, b) => b[1] - a[1]).slice(0, top);
  const w = Math.max(4, ...rows.map(([id]) => id.length));
  const lines = [`${'Rule'.padEnd(w)} | Time (ms) | Relative`, `${'-'.repeat(w)}-|----------:|--------:`];
  for (const [id, ms] of rows) lines.push(`${id.padEnd(w)} | ${ms.toFixed(3).padStart(9)} | ${((ms / total) * 100).toFixed(1).padStart(7)}%`);
  return lines.join('\n') + '\n';
}

/**
 * The diagnostics of a file with bad bytes: one `invalid-utf8` error at each, in place of the
 * `mojibake` rule's "replacement character" for the U+FFFD the decoder put there.
 */
function withInvalidUtf8(input: Input, diagnostics: Diagnostic[]): Diagnostic[] {
  const bad = new Set(input.invalidUtf8);
  const others = diagnostics.filter((d) => !(d.ruleId === 'mojibake' && d.range[1] === d.range[0] + 1 && bad.has(d.range[0])));
  return [...invalidUtf8Diagnostics(input), ...others].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
}

function invalidUtf8Diagnostics(input: Input): Diagnostic[] {
  if (input.invalidUtf8.length === 0) return [];
  const lines = new LineIndex(input.text);
  return input.invalidUtf8.map((o) => {
    const s = lines.position(o);
    return {
      ruleId: 'invalid-utf8',
      category: 'encoding',
      severity: 'error',
      message: 'Invalid UTF-8: these bytes were replaced by U+FFFD when reading; --fix does not rewrite this file.',
      range: [o, o + 1],
      line: s.line,
      column: s.column,
      endLine: s.line,
      endColumn: s.column + 1,
    } satisfies Diagnostic;
  });
}

function realpathOr(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

/** The target of a symbolic link that points outside every linted root, else undefined. */
function symlinkOutside(file: string, roots: string[]): string | undefined {
  let target: string;
  try {
    if (!lstatSync(file).isSymbolicLink()) return undefined;
    target = realpathSync(file);
  } catch {
    return undefined;
  }
  const inside = roots.some((root) => target === root || target.startsWith(root.endsWith(sep) ? root : root + sep));
  return inside ? undefined : target;
}

/** Where `--diff` paths start: the git work tree's top (so `git apply` works from any folder), else the cwd. */
function diffRoot(cwd: string): string {
  const r = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() ? r.stdout.trim() : cwd;
}

/** Writes a fixed file atomically (temporary file + rename), keeping its encoding, BOM and mode. */
export function writeFixed(filePath: string, text: string, encoding: Encoding): void {
  const mode = statSync(filePath).mode & 0o7777;
  writeFileAtomic.sync(filePath, encode(text, encoding), { mode, chown: undefined, fsync: true });
  chmodSync(filePath, mode);
}

function useColor(opts: LintCommandOptions, io: CliIO): boolean {
  if (opts.color !== undefined) return opts.color;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  return io.stdoutIsTTY && !opts.outputFile;
}

function writeOut(io: CliIO, opts: LintCommandOptions, text: string): boolean {
  if (!opts.outputFile) {
    io.stdout(text);
    return true;
  }
  try {
    writeFileSync(resolve(io.cwd, opts.outputFile), text);
    return true;
  } catch (e) {
    io.stderr(`mtlint: cannot write ${opts.outputFile}: ${(e as Error).message}\n`);
    return false;
  }
}

function exitCode(results: FileResult[], opts: LintCommandOptions, ioFailed: boolean): number {
  if (ioFailed) return EXIT.failure;
  let errors = 0;
  let warnings = 0;
  for (const r of results) {
    for (const d of r.diagnostics) {
      if (d.fatal) return EXIT.failure;
      if (d.severity === 'error') errors++;
      else warnings++;
    }
  }
  if (errors > 0) return EXIT.lint;
  if (opts.maxWarnings !== undefined && opts.maxWarnings >= 0 && warnings > opts.maxWarnings) return EXIT.lint;
  return EXIT.ok;
}

/** Prints a ConfigError or other failure and returns exit code 2. */
export function failure(io: CliIO, e: unknown): number {
  const message = e instanceof Error ? e.message : String(e);
  io.stderr(`mtlint: ${e instanceof ConfigError ? 'configuration error: ' : ''}${message}\n`);
  return EXIT.failure;
}

