import type { FormatOptions } from '../formats/l10n.js';
import type { Category, RuleSetting } from '../types.js';

/** A rule written as data: the format of the config's `define` and of the built-in phrase packs. */
export interface DeclarativeRule {
  kind: 'existence' | 'substitution';
  message: string;
  description?: string;
  category?: Category;
  severity?: 'error' | 'warning' | 'warn';
  ignoreCase?: boolean;
  /** existence: regular expressions (RE2 syntax), matched on word boundaries. */
  patterns?: string[];
  /** existence: literal phrases. */
  phrases?: string[];
  /** substitution: pattern (RE2 syntax) -> replacement. */
  swap?: Record<string, string>;
  /** substitution: apply the replacement with --fix (default: offer it as a suggestion). */
  safe?: boolean;
  /** Preset for built-in packs. */
  preset?: 'recommended' | 'all';
  /** Why the phrase is garble, with evidence; shown by `mtlint rules`. */
  why?: string;
  /** Examples for the docs of built-in packs. */
  examples?: { valid?: string[]; invalid?: string[] };
}

/** One entry of `overrides`. */
export interface ConfigOverride {
  files: string | string[];
  formats?: FormatOptions;
  excludedFiles?: string | string[];
  rules?: Record<string, RuleSetting>;
  sourceLanguage?: string;
  syntax?: string;
}

/** The configuration file's shape (`.mtlintrc.json`, `.mtlintrc.yaml`, `package.json#mtlint`). */
export interface Config {
  $schema?: string;
  root?: boolean;
  extends?: string | string[];
  rules?: Record<string, RuleSetting>;
  define?: Record<string, DeclarativeRule>;
  overrides?: ConfigOverride[];
  ignorePatterns?: string[];
  sourceLanguage?: string;
  /** Settings of the input formats: `po.skipFuzzy`, `subtitles.paragraphPause`. */
  formats?: FormatOptions;
  /** MQM weights by severity, used by the quality score. */
  scoring?: { weights?: { minor?: number; major?: number; critical?: number } };
}
