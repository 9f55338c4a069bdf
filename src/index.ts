/** mtlint's library API: the same pure functions the CLI and the language server use. */
export { lint, lintDocument, runRules, DIRECTIVE_RULE_ID, type LintOptions } from './engine/lint.js';
export { fix, applyFixes, chooseFix, editsConflict, type FixOptions, type FixResult, type FixType } from './engine/fix.js';
export { defineRule } from './engine/define-rule.js';
export { phraseRule } from './config/declarative.js';
export { loadConfig, findConfigFile, type LoadedConfig } from './config/load.js';
export { resolveConfig, type ResolvedConfig, type ResolvedRule } from './config/resolve.js';
export { ConfigError } from './config/errors.js';
export { toSourceText, syntaxFor, sniffSyntax, isLocaleJsonPath, type FormatOptions } from './formats/index.js';
export { Document, type SourceText, type Block, type Sentence, type Word } from './text/document.js';
export { LineIndex } from './text/line-index.js';
export { builtinRules } from '../rules/index.js';
export type { Config, DeclarativeRule, ConfigOverride } from './config/types.js';
export type * from './types.js';
export { scoreResults, scoreDiagnostics, countWords, resolveWeights, MQM_ISSUE_TYPES, type MqmWeights, type QualityScore } from './report/score.js';
export { createBaseline, filterByBaseline, updateBaseline, readBaseline, writeBaseline, BaselineError, type Baseline } from './ci/baseline.js';
export { loadReporter, FORMATS } from './report/index.js';
export type { FileResult, Reporter, ReportContext } from './report/types.js';
