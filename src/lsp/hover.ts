import { MarkupKind, type MarkupContent } from 'vscode-languageserver';
import type { Diagnostic, Rule } from '../types.js';

const code = (text: string): string => {
  const oneLine = text.replace(/\s*\n\s*/g, ' ');
  const fence = '`'.repeat(Math.max(0, ...[...oneLine.matchAll(/`+/g)].map((m) => m[0].length)) + 1);
  return `${fence}${fence.length > 1 || oneLine.startsWith('`') || oneLine.endsWith('`') ? ` ${oneLine} ` : oneLine}${fence}`;
};

/** One diagnostic explained: message, the rule's reason and an example with its correction. */
function explain(d: Diagnostic, rule: Rule | undefined, markdown: boolean, docsUrl: string | undefined): string {
  const lines: string[] = [];
  const example = rule?.docs.invalid.find((e) => e.output !== undefined) ?? rule?.docs.invalid[0];
  if (markdown) {
    lines.push(`**${d.ruleId}** (mtlint, ${d.severity}): ${d.message}`);
    if (rule?.docs.why) lines.push('', rule.docs.why);
    if (example) {
      lines.push('', example.output !== undefined && example.output !== example.text
        ? `Example: ${code(example.text)} → ${code(example.output)}`
        : `Example: ${code(example.text)}`);
    }
    if (docsUrl) lines.push('', `[Rule documentation](${docsUrl})`);
  } else {
    lines.push(`${d.ruleId} (mtlint, ${d.severity}): ${d.message}`);
    if (rule?.docs.why) lines.push('', rule.docs.why);
    if (example) lines.push('', `Example: "${example.text}"${example.output !== undefined && example.output !== example.text ? ` -> "${example.output}"` : ''}`);
    if (docsUrl) lines.push('', `Documentation: ${docsUrl}`);
  }
  return lines.join('\n');
}

/** The hover text for the diagnostics at an offset, or undefined when there are none. */
export function hoverContent(
  diagnostics: Diagnostic[],
  offset: number,
  ruleOf: (id: string) => Rule | undefined,
  docsUrlOf: (id: string) => string | undefined,
  markdown: boolean,
): { content: MarkupContent; range: [number, number] } | undefined {
  const here = diagnostics.filter((d) => d.range[0] <= offset && offset <= d.range[1]);
  if (here.length === 0) return undefined;
  const text = here.map((d) => explain(d, ruleOf(d.ruleId), markdown, d.fatal ? undefined : docsUrlOf(d.ruleId))).join(markdown ? '\n\n---\n\n' : '\n\n');
  const start = Math.min(...here.map((d) => d.range[0]));
  const end = Math.max(...here.map((d) => d.range[1]));
  return { content: { kind: markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value: text }, range: [start, end] };
}
