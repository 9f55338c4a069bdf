import { describe, expect, it } from 'vitest';
import githubReporter from '../../src/report/github.js';
import { relativePath } from '../../src/report/common.js';
import { CWD, PUNCTUATION_ONLY, findingsFromJson, handMadeDiagnostic, lintAs, reportContext, sampleResults, type Finding } from './ci-fixtures.js';

interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

const unescapeData = (s: string): string => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string): string => unescapeData(s.replace(/%3A/g, ':').replace(/%2C/g, ','));

/**
 * Parses a line as the Actions runner does: `::name k=v,k=v::message`, properties split at `,`
 * and at the first `=`, then unescaped. Returns undefined for a line that is not a command.
 */
function parseCommand(line: string): WorkflowCommand | undefined {
  const m = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/s.exec(line);
  if (!m) return undefined;
  const properties: Record<string, string> = {};
  for (const pair of (m[2] ?? '').split(',').filter(Boolean)) {
    const eq = pair.indexOf('=');
    properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
  }
  return { command: m[1], properties, message: unescapeData(m[3]) };
}

const commandsOf = (out: string): WorkflowCommand[] =>
  out
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => {
      const c = parseCommand(l);
      expect(c, `not a workflow command: ${l}`).toBeDefined();
      return c!;
    });

describe('github reporter', () => {
  it('writes one error or warning command per finding of the json output', () => {
    const results = sampleResults();
    const ctx = reportContext();
    const found: Finding[] = commandsOf(githubReporter(results, ctx)).map((c) => ({
      file: c.properties.file,
      ruleId: c.properties.title,
      line: Number(c.properties.line),
      column: Number(c.properties.col),
      endLine: Number(c.properties.endLine),
      endColumn: Number(c.properties.endColumn),
      severity: c.command as 'error' | 'warning',
      message: c.message,
    }));
    expect(found).toEqual(findingsFromJson(results, ctx, (p) => relativePath(p, CWD)));
    expect(found.some((f) => f.severity === 'warning')).toBe(true);
    expect(found.some((f) => f.file === 'docs/news & notes, vol:1.md')).toBe(true);
  });

  it('writes the documented command line', () => {
    const result = lintAs('docs/a.txt', 'in military strategy. .\n', { extends: [], rules: { 'doubled-period': 'warn' } });
    expect(githubReporter([result], reportContext())).toBe(
      '::warning file=docs/a.txt,line=1,endLine=1,col=21,endColumn=24,title=doubled-period::Doubled period ". .": the sentence already ended.\n',
    );
  });

  it('escapes %, CR and LF in the message, and also : and , in properties', () => {
    const d = handMadeDiagnostic();
    const out = githubReporter([{ filePath: `${CWD}/docs/x, y: z%.txt`, source: 'a.. b', diagnostics: [d] }], reportContext());
    expect(out.split('\n')).toHaveLength(2);
    expect(out).toBe(
      '::error file=docs/x%2C y%3A z%25.txt,line=1,endLine=1,col=1,endColumn=3,title=doubled-period::Odd: 100%25 sure,%0D%0Asaid "A" & <B> \u0007 it’s\n',
    );
    const [c] = commandsOf(out);
    expect(c.properties.file).toBe('docs/x, y: z%.txt');
    expect(c.message).toBe(d.message);
  });

  it('writes nothing when there is nothing to report', () => {
    expect(githubReporter([lintAs('docs/clean.txt', 'All is well.\n', PUNCTUATION_ONLY)], reportContext())).toBe('');
  });
});
