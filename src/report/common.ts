import { isAbsolute, relative, sep } from 'node:path';
import { builtinRules } from '../../rules/index.js';
import type { Diagnostic, Fix } from '../types.js';

/** Where mtlint's documentation lives. */
export const HOMEPAGE = 'https://github.com/mtlint/mtlint';

/**
 * The documentation page of a built-in rule: its source file, which holds the rule's `docs`
 * (why, valid and invalid examples), the same text `mtlint rules <id>` prints. Undefined for
 * rules a user defined in a config, which have no page.
 */
export function ruleDocsUrl(ruleId: string): string | undefined {
  return builtinRules.has(ruleId) ? `${HOMEPAGE}/blob/main/rules/${ruleId}.ts` : undefined;
}

/** The path of an absolute `filePath` inside `cwd`, relative and with `/` separators; undefined when it is not inside. */
export function pathInside(filePath: string, cwd: string): string | undefined {
  if (!isAbsolute(filePath)) return undefined;
  const rel = relative(cwd, filePath);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return undefined;
  return rel.split(sep).join('/');
}

/** A file's path relative to `cwd` with `/` separators; the path as given when it is outside `cwd` or not a path (`<stdin>`). */
export function relativePath(filePath: string, cwd: string): string {
  return pathInside(filePath, cwd) ?? filePath.split(sep).join('/');
}

/** The fix `--fix` applies, else the first suggestion: the one edit set a tool without alternatives can offer. */
export function preferredFix(d: Diagnostic): Fix | undefined {
  return d.fix ?? d.suggestions?.[0];
}

/** Every fix of a diagnostic: the safe fix first, then the suggestions. */
export function allFixes(d: Diagnostic): Fix[] {
  return [...(d.fix ? [d.fix] : []), ...(d.suggestions ?? [])];
}

// Characters XML 1.0 does not allow at all, even as references: C0 controls but tab, LF and CR,
// U+FFFE/U+FFFF, and unpaired surrogates. They are written as U+FFFD.
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const XML_REFS: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

/**
 * Escapes text for an XML attribute value (the default) or element content. Tabs and line
 * breaks in attributes become character references, so parsers do not turn them into spaces.
 */
export function xmlEscape(s: string, context: 'attribute' | 'text' = 'attribute'): string {
  const special = context === 'attribute' ? /[&<>"'\t\n\r]/g : /[&<>\r]/g;
  return s.replace(XML_ILLEGAL, '\uFFFD').replace(special, (c) => XML_REFS[c]);
}

/** The XML declaration every XML report starts with. */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
