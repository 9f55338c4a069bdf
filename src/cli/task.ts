import { resolveConfig } from '../config/resolve.js';
import type { Config } from '../config/types.js';
import { fix, type FixType } from '../engine/fix.js';
import { CHUNKED_ABOVE, lintDocument, lintPieces, syntaxOf } from '../engine/lint.js';
import { readTextFile, readTextPieces } from './read.js';
import type { Diagnostic } from '../types.js';

/** One file's lint job, as plain data so it can cross to a worker thread. */
export interface LintTask {
  index: number;
  filePath?: string;
  /** The text; empty when `stream` is set. */
  text: string;
  /**
   * Read the file at `filePath` a megabyte at a time and lint it in pieces (a large plain-text
   * UTF-8 file), so that the whole text is never held in memory.
   */
  stream?: boolean;
  /** The file's size in bytes, when read from disk (sizes decide how work is spread over threads). */
  bytes?: number;
  config: Config;
  /** The config file (a cache key for the resolved config), if any. */
  configFile?: string;
  /** The file's path relative to the config's folder, for `overrides`. */
  relPath?: string;
  syntax?: string;
  sourceLanguage?: string;
  /** Apply fixes of this type (until stable) before reporting. */
  fixType?: FixType;
  timing?: boolean;
}

/** What a lint job gives back. */
export interface LintTaskResult {
  index: number;
  diagnostics: Diagnostic[];
  /** The fixed text, when fixing changed it. */
  output?: string;
  wordCount: number;
  timing?: Array<[string, number]>;
  /** A streamed file turned out not to be valid UTF-8: it was linted whole, and these are the offsets of the bad bytes. */
  invalidUtf8?: number[];
}

const configs = new Map<string, Config>();

/** Keeps one identity per distinct config, so that resolved configs and compiled rules are reused across files. */
function canonical(task: LintTask): Config {
  const key = task.configFile ?? JSON.stringify(task.config);
  let config = configs.get(key);
  if (!config) {
    config = task.config;
    configs.set(key, config);
  }
  return config;
}

/** Lints (and optionally fixes) one text. Pure apart from caching the resolved config. */
export function runTask(task: LintTask): LintTaskResult {
  const resolved = resolveConfig(canonical(task), task.relPath, task.configFile);
  const timing = task.timing ? new Map<string, number>() : undefined;
  const options = { resolved, filePath: task.filePath, syntax: task.syntax, sourceLanguage: task.sourceLanguage, timing };
  if (task.fixType) {
    const result = fix(task.text, { ...options, fixType: task.fixType });
    return { index: task.index, diagnostics: result.remaining, ...(result.changed ? { output: result.output } : {}), wordCount: countWordsIn(result.output, options), timing: timing && [...timing] };
  }
  if (task.stream && task.filePath) {
    try {
      const { diagnostics, wordCount } = lintPieces(readTextPieces(task.filePath), options);
      return { index: task.index, diagnostics, wordCount, timing: timing && [...timing] };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ERR_ENCODING_INVALID_ENCODED_DATA') throw e;
      // not UTF-8 after all: lint it whole, as any file with bad bytes
      const read = readTextFile(task.filePath);
      if (read.kind !== 'text') throw new Error(`cannot read ${task.filePath} as text: ${read.reason}`);
      return { ...runTask({ ...task, stream: false, text: read.text }), invalidUtf8: read.invalidUtf8 };
    }
  }
  if (task.text.length > CHUNKED_ABOVE && syntaxOf(task.text, options) === 'text') {
    // a very large plain text is linted piece by piece (bounded memory)
    const { diagnostics, wordCount } = lintPieces([task.text], options);
    return { index: task.index, diagnostics, wordCount, timing: timing && [...timing] };
  }
  const { diagnostics, document } = lintDocument(task.text, options);
  return { index: task.index, diagnostics, wordCount: document.wordIndex().count, timing: timing && [...timing] };
}

/** Prose words of a text, for the quality score. */
function countWordsIn(text: string, options: Parameters<typeof lintDocument>[1]): number {
  const plain = { ...options, resolved: EMPTY };
  if (text.length > CHUNKED_ABOVE && syntaxOf(text, plain) === 'text') return lintPieces([text], plain).wordCount;
  return lintDocument(text, plain).document.wordIndex().count;
}

const EMPTY = resolveConfig({ extends: [] });
