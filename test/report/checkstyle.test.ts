import { describe, expect, it } from 'vitest';
import checkstyleReporter from '../../src/report/checkstyle.js';
import { CWD, findingsFromJson, handMadeDiagnostic, reportContext, sampleResults, type Finding } from './ci-fixtures.js';
import { parseXml } from './xml-parse.js';

interface Checkstyle {
  checkstyle: {
    version: string;
    file?: Array<{ name: string; error?: Array<{ line: string; column: string; severity: string; message: string; source: string }> }>;
  };
}

const parse = (xml: string): Checkstyle => parseXml<Checkstyle>(xml, ['file', 'error']);

describe('checkstyle reporter', () => {
  it('lists every file and the findings of the json output, parsed back with an XML parser', () => {
    const results = sampleResults();
    const ctx = reportContext();
    const doc = parse(checkstyleReporter(results, ctx));
    expect(doc.checkstyle.version).toBe('4.3');
    expect(doc.checkstyle.file!.map((f) => f.name)).toEqual(results.map((r) => r.filePath));
    expect(doc.checkstyle.file![2].error).toBeUndefined();
    const found = doc.checkstyle.file!.flatMap((f) =>
      (f.error ?? []).map((e) => {
        expect(e.source.startsWith('mtlint.')).toBe(true);
        return { file: f.name, ruleId: e.source.slice('mtlint.'.length), line: Number(e.line), column: Number(e.column), severity: e.severity, message: e.message };
      }),
    );
    const expected = findingsFromJson(results, ctx, (p) => p).map(({ endLine, endColumn, ...rest }: Finding) => rest);
    expect(found).toEqual(expected);
    expect(found.some((f) => f.message.includes('&') || f.file.includes('&'))).toBe(true);
  });

  it('escapes markup, quotes and line breaks and replaces characters XML forbids', () => {
    const d = handMadeDiagnostic();
    const xml = checkstyleReporter([{ filePath: `${CWD}/a "b" & <c>.txt`, source: 'a.. b', diagnostics: [d] }], reportContext());
    expect(xml).toContain('message="Odd: 100% sure,&#13;&#10;said &quot;A&quot; &amp; &lt;B&gt; \uFFFD it’s"');
    const doc = parse(xml);
    expect(doc.checkstyle.file![0].name).toBe(`${CWD}/a "b" & <c>.txt`);
    expect(doc.checkstyle.file![0].error![0].message).toBe(d.message.replace('\u0007', '\uFFFD'));
  });

  it('is a valid empty report with no files', () => {
    expect(checkstyleReporter([], reportContext())).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<checkstyle version="4.3">\n</checkstyle>\n');
    expect(parse(checkstyleReporter([], reportContext())).checkstyle.version).toBe('4.3');
  });
});
