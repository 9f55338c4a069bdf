import { describe, expect, it } from 'vitest';
import { relativePath } from '../../src/report/common.js';
import junitReporter from '../../src/report/junit.js';
import { scoreResults } from '../../src/report/score.js';
import { CWD, findingsFromJson, handMadeDiagnostic, reportContext, sampleResults } from './ci-fixtures.js';
import { parseXml } from './xml-parse.js';

interface Failure {
  type: string;
  message: string;
  '#text': string;
}
interface JUnit {
  testsuites: {
    name: string;
    tests: string;
    failures: string;
    errors: string;
    testsuite: Array<{
      name: string;
      tests: string;
      failures: string;
      errors: string;
      properties: { property: Array<{ name: string; value: string }> };
      testcase: Array<{ classname: string; name: string; failure?: Failure; error?: Failure }>;
    }>;
  };
}

const parse = (xml: string): JUnit => parseXml<JUnit>(xml, ['testsuite', 'testcase', 'property']);

describe('junit reporter', () => {
  it('has one suite per file and one failing test case per finding of the json output', () => {
    const results = sampleResults();
    const ctx = reportContext();
    const doc = parse(junitReporter(results, ctx));
    const suites = doc.testsuites.testsuite;
    expect(suites.map((s) => s.name)).toEqual(results.map((r) => relativePath(r.filePath, CWD)));
    const expected = findingsFromJson(results, ctx, (p) => relativePath(p, CWD));
    const found = suites.flatMap((s) =>
      s.testcase
        .filter((c) => c.failure)
        .map((c) => {
          const [, ruleId, line, column] = /^(\S+) at (\d+):(\d+)$/.exec(c.name)!;
          expect(c.classname).toBe(s.name);
          expect(c.failure!['#text']).toBe(`${s.name}:${line}:${column}: ${c.failure!.type}: ${c.failure!.message} (${ruleId})`);
          return { file: s.name, ruleId, line: Number(line), column: Number(column), severity: c.failure!.type, message: c.failure!.message };
        }),
    );
    expect(found).toEqual(expected.map(({ endLine, endColumn, ...rest }) => rest));
    expect(Number(doc.testsuites.failures)).toBe(expected.length);
    expect(Number(doc.testsuites.tests)).toBe(expected.length + 1);
    expect(doc.testsuites.errors).toBe('0');
  });

  it('shows a clean file as one passing test case and carries each file score', () => {
    const results = sampleResults();
    const doc = parse(junitReporter(results, reportContext()));
    const clean = doc.testsuites.testsuite[2];
    expect(clean).toMatchObject({ tests: '1', failures: '0', errors: '0' });
    expect(clean.testcase).toEqual([{ classname: 'docs/clean.txt', name: 'mtlint' }]);
    const { files } = scoreResults(results);
    doc.testsuites.testsuite.forEach((s, i) => {
      const props = Object.fromEntries(s.properties.property.map((p) => [p.name, p.value]));
      expect(props).toEqual({ words: String(files[i].words), qualityScore: String(files[i].score), penaltyPer1000Words: String(files[i].penaltyPer1000Words) });
    });
  });

  it('reports a rule failure as an <error> and escapes what it writes', () => {
    const bad = handMadeDiagnostic({ fatal: true });
    const doc = parse(junitReporter([{ filePath: `${CWD}/x & y.txt`, source: 'a.. b', diagnostics: [bad] }], reportContext()));
    expect(doc.testsuites).toMatchObject({ tests: '1', failures: '0', errors: '1' });
    const c = doc.testsuites.testsuite[0].testcase[0];
    expect(c.error!.message).toBe(bad.message.replace('\u0007', '\uFFFD'));
    expect(c.error!['#text']).toBe(`x & y.txt:1:1: error: ${bad.message.replace('\u0007', '\uFFFD')} (doubled-period)`);
  });
});
