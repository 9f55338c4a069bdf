import { resolveConfig } from '../config/resolve.js';
import type { Config } from '../config/types.js';
import { fix, type FixType } from '../engine/fix.js';
import { CHUNKED_ABOVE, lint, lintDocument } from '../engine/lint.js';
import type { Diagnostic } from '../types.js';

/** One file's lint job, as plain data so it can cross to a worker thread. */
export interface LintTask {
  index: number;
  filePath?: string;
  text: string;
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
  if (task.text.length > CHUNKED_ABOVE) {
    // a very large file is linted piece by piece (bounded memory), and its words counted without a document
    return { index: task.index, diagnostics: lint(task.text, options), wordCount: countWordsIn(task.text, options), timing: timing && [...timing] };
  }
  const { diagnostics, document } = lintDocument(task.text, options);
  return { index: task.index, diagnostics, wordCount: document.wordIndex().count, timing: timing && [...timing] };
}

const WORD_RE = /[\p{L}\p{N}]+/gu;

/** Prose words of a text, for the quality score: large plain texts are counted by a scan, without a document. */
function countWordsIn(text: string, options: Parameters<typeof lintDocument>[1]): number {
  if (text.length <= CHUNKED_ABOVE || (options?.syntax !== undefined && options.syntax !== 'text')) return lintDocument(text, { ...options, resolved: EMPTY }).document.wordIndex().count;
  let n = 0;
  WORD_RE.lastIndex = 0;
  while (WORD_RE.exec(text)) n++;
  return n;
}

const EMPTY = resolveConfig({ extends: [] });
