import { relativePath } from './common.js';
import type { Reporter } from './types.js';

/** Escapes a workflow command's message: `%`, CR and LF. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command's property value: as a message, plus `:` and `,`. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * GitHub Actions workflow commands, one per problem, which the runner turns into annotations
 * on the pull request: `::error file=F,line=L,endLine=E,col=C,endColumn=D,title=rule-id::message`
 * (`::warning` for warnings). Paths are relative to the working directory, which in a workflow
 * is the checkout.
 */
const githubReporter: Reporter = (results, ctx) => {
  const out: string[] = [];
  for (const r of results) {
    const file = relativePath(r.filePath, ctx.cwd);
    for (const d of r.diagnostics) {
      const command = d.fatal || d.severity === 'error' ? 'error' : 'warning';
      const props = [
        `file=${escapeProperty(file)}`,
        `line=${d.line}`,
        `endLine=${d.endLine}`,
        `col=${d.column}`,
        `endColumn=${d.endColumn}`,
        `title=${escapeProperty(d.ruleId)}`,
      ];
      out.push(`::${command} ${props.join(',')}::${escapeData(d.message)}`);
    }
  }
  return out.length ? `${out.join('\n')}\n` : '';
};

export default githubReporter;
