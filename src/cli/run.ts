import { chmodSync, statSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { builtinRules } from '../../rules/index.js';
import { ConfigError } from '../config/errors.js';
import { findConfigFile, loadConfig, validateConfig, type LoadedConfig } from '../config/load.js';
import { overrideMatches, resolveConfig } from '../config/resolve.js';
import { LineIndex } from '../text/line-index.js';
import type { Config } from '../config/types.js';
import { fix, type FixType } from '../engine/fix.js';
import { lintDocument } from '../engine/lint.js';
import { loadReporter } from '../report/index.js';
import type { FileResult, ReportContext } from '../report/types.js';
import type { Diagnostic, Syntax } from '../types.js';
import { collectFiles, loadIgnore } from './files.js';
import { EXIT, type CliIO } from './io.js';
import { encode, readTextFile, type Encoding } from './read.js';
import { VERSION } from './version.js';

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
}

/** One file to lint, with how to write it back. */
interface Input {
  filePath: string;
  text: string;
  encoding?: Encoding;
  invalidUtf8: number[];
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

  const inputs: Input[] = [];
  let ioFailed = false;
  if (opts.stdin) {
    const text = await io.readStdin();
    const filePath = opts.stdinFilename ? resolve(cwd, opts.stdinFilename) : '<stdin>';
    inputs.push({ filePath, text, invalidUtf8: [] });
  } else {
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
    for (const w of set.warnings) io.stderr(`mtlint: warning: ${w}\n`);
    for (const e of set.errors) io.stderr(`mtlint: ${e}\n`);
    if (set.errors.length) ioFailed = true;
    for (const file of set.files) {
      try {
        const read = readTextFile(file);
        if (read.kind === 'binary') {
          io.stderr(`mtlint: warning: skipped ${relative(cwd, file)}: ${read.reason} (binary file).\n`);
          continue;
        }
        inputs.push({ filePath: file, text: read.text, encoding: read.encoding, invalidUtf8: read.invalidUtf8 });
      } catch (e) {
        io.stderr(`mtlint: cannot read ${relative(cwd, file)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
        ioFailed = true;
      }
    }
  }

  const fixing = Boolean(opts.fix || opts.fixDryRun || opts.diff);
  const fixType: FixType = opts.fixType ?? 'safe';
  const results: FileResult[] = [];
  const diffs: Array<{ path: string; before: string; after: string }> = [];
  for (const input of inputs) {
    let loaded: LoadedConfig;
    try {
      loaded = resolver.forFile(input.filePath === '<stdin>' ? resolve(cwd, 'stdin.txt') : input.filePath);
    } catch (e) {
      return failure(io, e);
    }
    const relPath = input.filePath === '<stdin>' ? undefined : relative(loaded.dir, input.filePath);
    let resolved;
    try {
      resolved = resolveConfig(loaded.config, relPath, loaded.file);
    } catch (e) {
      return failure(io, e);
    }
    const lintOptions = {
      resolved,
      filePath: input.filePath === '<stdin>' ? undefined : input.filePath,
      syntax: opts.syntax ?? overrideSyntax(loaded.config, relPath),
      sourceLanguage: opts.sourceLang,
    };
    let diagnostics: Diagnostic[];
    let output: string | undefined;
    if (fixing && input.invalidUtf8.length === 0) {
      const result = fix(input.text, { ...lintOptions, fixType });
      diagnostics = result.remaining;
      if (result.changed) {
        output = result.output;
        if (opts.diff) diffs.push({ path: input.filePath === '<stdin>' ? 'stdin' : relative(cwd, input.filePath), before: input.text, after: output });
        if (opts.fix && !opts.fixDryRun && !opts.diff && input.encoding) {
          try {
            writeFixed(input.filePath, output, input.encoding);
          } catch (e) {
            io.stderr(`mtlint: cannot write ${relative(cwd, input.filePath)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
            ioFailed = true;
          }
        }
      }
    } else {
      if (fixing && input.invalidUtf8.length) io.stderr(`mtlint: warning: not fixing ${relative(cwd, input.filePath)}: it is not valid UTF-8.\n`);
      diagnostics = lintDocument(input.text, lintOptions).diagnostics;
    }
    diagnostics = [...invalidUtf8Diagnostics(input), ...diagnostics];
    if (opts.quiet) diagnostics = diagnostics.filter((d) => d.severity === 'error');
    results.push({ filePath: input.filePath, source: output ?? input.text, diagnostics, ...(opts.fixDryRun && output !== undefined ? { output } : {}) });
  }

  if (opts.stdin && opts.fix && !opts.fixDryRun && !opts.diff) {
    io.stdout(results[0]?.source ?? '');
    return exitCode(results, opts, ioFailed);
  }

  if (opts.diff) {
    const { unifiedDiff } = await import('../report/diff.js');
    const text = unifiedDiff(diffs);
    writeOut(io, opts, text);
    return ioFailed ? EXIT.failure : EXIT.ok;
  }

  const ctx: ReportContext = { cwd, color: useColor(opts, io), rules: builtinRules, version: VERSION };
  let report: string;
  try {
    const reporter = await loadReporter(opts.format ?? 'stylish');
    report = reporter(results, ctx);
  } catch (e) {
    return failure(io, e);
  }
  if (!writeOut(io, opts, report)) return EXIT.failure;
  return exitCode(results, opts, ioFailed);
}

/** The syntax an `overrides` entry sets for a file, if any. */
function overrideSyntax(config: Config, relPath: string | undefined): Syntax | undefined {
  if (relPath === undefined) return undefined;
  let syntax: string | undefined;
  for (const o of config.overrides ?? []) if (o.syntax && overrideMatches(o.files, o.excludedFiles, relPath.replace(/\\/g, '/'))) syntax = o.syntax;
  return syntax as Syntax | undefined;
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

