import type { Rule } from '../types.js';
import type { RunScore } from './score.js';
import type { Diagnostic } from '../types.js';

/** What was found in one file (or stdin). */
export interface FileResult {
  /** Absolute path, or "<stdin>" / the --stdin-filename. */
  filePath: string;
  /** The text as linted (after decoding). */
  source: string;
  diagnostics: Diagnostic[];
  /** With --fix-dry-run (or --fix), the fixed text when it differs. */
  output?: string;
  /** Number of words in the prose, for per-1,000-word figures. */
  wordCount?: number;
  /**
   * For a large file linted as a stream: the lines that have problems (1-based number → text without
   * its line break), read from the file on first use, so that a report can quote them without
   * reading `source`, the whole text.
   */
  lineTexts?: ReadonlyMap<number, string>;
}

/** What reporters may need besides the results. */
export interface ReportContext {
  cwd: string;
  color: boolean;
  rules: ReadonlyMap<string, Rule>;
  /** mtlint's version, for SARIF and the HTML page. */
  version: string;
  /** MQM weights by severity, from the config. */
  weights?: { minor: number; major: number; critical: number };
  /**
   * The quality score of every finding, when the results shown are a part of them (`--quiet`
   * hides warnings, but the score, like `--min-score`, counts them). Reporters use it if set.
   */
  scores?: RunScore;
}

/** A reporter turns results into the text written to stdout or --output-file. */
export type Reporter = (results: FileResult[], ctx: ReportContext) => string;
