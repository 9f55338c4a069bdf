import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic, type Range as LspRange, type TextEdit } from 'vscode-languageserver';
import type { ConfigError } from '../config/errors.js';
import type { Diagnostic, Edit, Range } from '../types.js';

/** The `source` of every diagnostic the server publishes. */
export const SOURCE = 'mtlint';

/** The diagnostic code of a configuration problem. */
export const CONFIG_ERROR_CODE = 'config-error';

/** An mtlint range (UTF-16 offsets) as an LSP range (0-based lines, UTF-16 characters). */
export function toLspRange(doc: TextDocument, range: Range): LspRange {
  return { start: doc.positionAt(range[0]), end: doc.positionAt(range[1]) };
}

/** An mtlint edit as an LSP text edit. */
export function toTextEdit(doc: TextDocument, edit: Edit): TextEdit {
  return { range: toLspRange(doc, edit.range), newText: edit.text };
}

// dist/src/lsp/ or src/lsp/ -> the package's rules/ folder, which ships the rule sources
const RULE_SOURCE_DIRS = [new URL('../../../rules/', import.meta.url), new URL('../../rules/', import.meta.url)];
const docsUrls = new Map<string, string | undefined>();

/** Where a rule's documentation is: `template` with `{id}` filled, else the rule's source file (its meta and docs). */
export function ruleDocsUrl(ruleId: string, template?: string): string | undefined {
  if (template) return template.replaceAll('{id}', encodeURIComponent(ruleId));
  if (!docsUrls.has(ruleId)) {
    const dir = RULE_SOURCE_DIRS.find((d) => existsSync(fileURLToPath(new URL(`${ruleId}.ts`, d))));
    docsUrls.set(ruleId, dir && /^[a-z0-9-]+$/.test(ruleId) ? new URL(`${ruleId}.ts`, dir).href : undefined);
  }
  return docsUrls.get(ruleId);
}

/** An mtlint diagnostic as published to the editor. */
export function toLspDiagnostic(doc: TextDocument, d: Diagnostic, docsTemplate?: string): LspDiagnostic {
  const href = d.fatal ? undefined : ruleDocsUrl(d.ruleId, docsTemplate);
  return {
    range: toLspRange(doc, d.range),
    severity: d.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: d.ruleId,
    ...(href ? { codeDescription: { href } } : {}),
    source: SOURCE,
    message: d.message,
  };
}

/** A broken configuration, shown on the first line of each document it applies to. */
export function configErrorDiagnostic(doc: TextDocument, error: ConfigError): LspDiagnostic {
  const firstLineEnd = doc.getText().search(/\r|\n|$/);
  const href = error.file && /[/\\]/.test(error.file) ? pathToFileURL(error.file).href : undefined;
  return {
    range: toLspRange(doc, [0, firstLineEnd]),
    severity: DiagnosticSeverity.Error,
    code: CONFIG_ERROR_CODE,
    ...(href ? { codeDescription: { href } } : {}),
    source: SOURCE,
    message: `mtlint is not linting this file: ${error.message}`,
  };
}
