/** mtlint's library API: the same pure functions the CLI and the language server use. */
export { lint, lintDocument, runRules, DIRECTIVE_RULE_ID, type LintOptions } from './engine/lint.js';
export { fix, applyFixes, chooseFix, editsConflict, type FixOptions, type FixResult, type FixType } from './engine/fix.js';
export { defineRule } from './engine/define-rule.js';
export { phraseRule } from './config/declarative.js';
export { loadConfig, findConfigFile, type LoadedConfig } from './config/load.js';
export { resolveConfig, type ResolvedConfig, type ResolvedRule } from './config/resolve.js';
export { ConfigError } from './config/errors.js';
export { toSourceText, syntaxFor } from './formats/index.js';
export { Document, type SourceText, type Block, type Sentence, type Word } from './text/document.js';
export { LineIndex } from './text/line-index.js';
export { builtinRules } from '../rules/index.js';
export type { Config, DeclarativeRule, ConfigOverride } from './config/types.js';
export type * from './types.js';
