import { XML_DECLARATION, xmlEscape } from './common.js';
import type { Reporter } from './types.js';

/**
 * Checkstyle XML (version 4.3), read by Jenkins' Warnings plugin, reviewdog (`-f=checkstyle`)
 * and many CI dashboards: one `<file>` per linted file (absolute path), one `<error>` per
 * problem with its line, column, severity, message and `source` = `mtlint.<rule-id>`.
 */
const checkstyleReporter: Reporter = (results) => {
  const out = [XML_DECLARATION, '<checkstyle version="4.3">'];
  for (const r of results) {
    out.push(`  <file name="${xmlEscape(r.filePath)}">`);
    for (const d of r.diagnostics) {
      const severity = d.fatal || d.severity === 'error' ? 'error' : 'warning';
      out.push(
        `    <error line="${d.line}" column="${d.column}" severity="${severity}" message="${xmlEscape(d.message)}" source="mtlint.${xmlEscape(d.ruleId)}"/>`,
      );
    }
    out.push('  </file>');
  }
  out.push('</checkstyle>');
  return `${out.join('\n')}\n`;
};

export default checkstyleReporter;
