import { XML_DECLARATION, relativePath, xmlEscape } from './common.js';
import { resolveWeights, scoreResults } from './score.js';
import type { Reporter } from './types.js';

/**
 * JUnit XML for CI test views (GitLab, Jenkins, Azure): one `<testsuite>` per file, named by
 * its path relative to the working directory, with its word count and quality score as
 * `<property>`s; one failing `<testcase>` per problem (`<error>` when mtlint itself failed);
 * a file without problems gets one passing test case, so it shows as checked.
 */
const junitReporter: Reporter = (results, ctx) => {
  const { files } = ctx.scores ?? scoreResults(results, resolveWeights(ctx.weights));
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  results.forEach((r, i) => {
    const rel = relativePath(r.filePath, ctx.cwd);
    const path = xmlEscape(rel);
    const fatal = r.diagnostics.filter((d) => d.fatal).length;
    const cases = Math.max(1, r.diagnostics.length);
    tests += cases;
    failures += r.diagnostics.length - fatal;
    errors += fatal;
    const s = files[i];
    suites.push(
      `  <testsuite name="${path}" tests="${cases}" failures="${r.diagnostics.length - fatal}" errors="${fatal}" skipped="0">`,
      '    <properties>',
      `      <property name="words" value="${s.words}"/>`,
      `      <property name="qualityScore" value="${s.score}"/>`,
      `      <property name="penaltyPer1000Words" value="${s.penaltyPer1000Words}"/>`,
      '    </properties>',
    );
    if (r.diagnostics.length === 0) suites.push(`    <testcase classname="${path}" name="mtlint"/>`);
    for (const d of r.diagnostics) {
      const tag = d.fatal ? 'error' : 'failure';
      const where = `${d.line}:${d.column}`;
      const body = `${rel}:${where}: ${d.severity}: ${d.message} (${d.ruleId})`;
      suites.push(
        `    <testcase classname="${path}" name="${xmlEscape(d.ruleId)} at ${where}">`,
        `      <${tag} type="${d.severity}" message="${xmlEscape(d.message)}">${xmlEscape(body, 'text')}</${tag}>`,
        '    </testcase>',
      );
    }
    suites.push('  </testsuite>');
  });
  return [
    XML_DECLARATION,
    `<testsuites name="mtlint" tests="${tests}" failures="${failures}" errors="${errors}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
};

export default junitReporter;
