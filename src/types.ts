/** A half-open `[start, end)` range of UTF-16 offsets. */
export type Range = [start: number, end: number];

/** One concrete text edit: replace `range` with `text`. */
export interface Edit {
  range: Range;
  text: string;
}

/** Whether `--fix` may apply a fix unattended (`safe`) or a person must confirm it (`suggest`). */
export type Applicability = 'safe' | 'suggest';

/** A titled group of edits that together correct one problem. */
export interface Fix {
  title: string;
  applicability: Applicability;
  edits: Edit[];
}

/** The kinds of garble mtlint knows; each maps to an MQM issue type. */
export type Category =
  | 'punctuation'
  | 'spacing'
  | 'quotes-brackets'
  | 'fragment'
  | 'calque'
  | 'untranslated'
  | 'boilerplate'
  | 'repetition'
  | 'numbering'
  | 'encoding'
  | 'other';

export const CATEGORIES: readonly Category[] = [
  'punctuation', 'spacing', 'quotes-brackets', 'fragment', 'calque', 'untranslated',
  'boilerplate', 'repetition', 'numbering', 'encoding', 'other',
];

/** How loudly a problem is reported. */
export type Severity = 'error' | 'warning';

/** A severity as written in configuration. */
export type SeveritySetting = 'off' | 'warn' | 'error' | 0 | 1 | 2;

/** A rule setting: a severity, or a severity with options. */
export type RuleSetting = SeveritySetting | [SeveritySetting, Record<string, unknown>?];

/** One problem found in a file. Ranges are absolute offsets into the original file. */
export interface Diagnostic {
  ruleId: string;
  category: Category;
  severity: Severity;
  message: string;
  range: Range;
  /** 1-based */
  line: number;
  /** 1-based, in UTF-16 code units */
  column: number;
  endLine: number;
  endColumn: number;
  fix?: Fix;
  suggestions?: Fix[];
  /** Set when mtlint itself failed (a rule threw): the run exits 2. */
  fatal?: boolean;
}

/** The prose kinds a format adapter can label a block with. */
export type BlockKind =
  | 'paragraph'
  | 'heading'
  | 'list-item'
  | 'blockquote'
  | 'table-cell'
  | 'caption'
  | 'cue'
  | 'string';

/** Which presets a rule belongs to. */
export type Preset = 'recommended' | 'all';

/** What a rule declares about itself. */
export interface RuleMeta {
  description: string;
  category: Category;
  defaultSeverity: Severity;
  fixable: 'safe' | 'suggest' | 'none';
  /** `recommended` rules are also in `all`. */
  preset: Preset;
  /** Message templates with `{{placeholders}}`, by message id. */
  messages: Record<string, string>;
  /** Option defaults; the keys are the only options accepted. */
  options?: Record<string, unknown>;
  /** Source languages whose packs this rule belongs to; absent means every language. */
  languages?: string[];
  /** Measured precision on the evaluation sets, 0..1, shown in the rule table. */
  precision?: number;
}

/** Executable documentation: every example is run by the test suite. */
export interface RuleDocs {
  why: string;
  valid: string[];
  /** `sourceLanguage` for examples of rules that run only for some source languages. */
  invalid: Array<{ text: string; output?: string; sourceLanguage?: string }>;
}

/** What a rule passes to `report`. Ranges are in prose coordinates (see `Document`). */
export interface ReportDescriptor {
  range: Range;
  messageId: string;
  data?: Record<string, string | number>;
  fix?: Omit<Fix, 'applicability'> | Fix;
  suggestions?: Array<Omit<Fix, 'applicability'>>;
}

/** The read-only view of a document a rule works on. */
export interface RuleContext<O = Record<string, unknown>> {
  readonly doc: import('./text/document.js').Document;
  readonly options: O;
  readonly sourceLanguage: string;
  report(descriptor: ReportDescriptor): void;
}

/** A rule: meta, docs and a check function. */
export interface Rule<O = Record<string, unknown>> {
  id: string;
  meta: RuleMeta;
  docs: RuleDocs;
  check(ctx: RuleContext<O>): void;
}

/** Input syntaxes mtlint can read. */
export type Syntax = 'text' | 'markdown' | 'html' | 'po' | 'xliff' | 'srt' | 'vtt' | 'json';
