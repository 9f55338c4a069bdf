import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { fingerprint } from '../../src/ci/baseline.js';
import { phraseRule } from '../../src/config/declarative.js';
import sarifReporter, { FINGERPRINT_KEY, SRCROOT } from '../../src/report/sarif.js';
import { scoreResults } from '../../src/report/score.js';
import type { FileResult } from '../../src/report/types.js';
import { CWD, applyEdits, findingsFromJson, handMadeDiagnostic, reportContext, sampleResults, type Finding } from './ci-fixtures.js';

const schema = JSON.parse(readFileSync(new URL('../fixtures/sarif/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats.default(ajv);
const validate = ajv.compile(schema);

interface Region {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  charOffset: number;
  charLength: number;
}
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string; index: number }; region: Region } }>;
  partialFingerprints: Record<string, string>;
  fixes?: Array<{
    description: { text: string };
    artifactChanges: Array<{ artifactLocation: { uri: string }; replacements: Array<{ deletedRegion: Region; insertedContent?: { text: string } }> }>;
    properties: { applicability: string };
  }>;
}

function sarifOf(results: FileResult[]) {
  const text = sarifReporter(results, reportContext());
  return { text, log: JSON.parse(text) };
}

function expectValid(log: unknown): void {
  const ok = validate(log);
  expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
  expect(ok).toBe(true);
}

describe('sarif reporter', () => {
  it('validates against the SARIF 2.1.0 schema on the seed, a tricky file and a clean one', () => {
    const { log } = sarifOf(sampleResults());
    expectValid(log);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0].results.length).toBeGreaterThanOrEqual(7);
  });

  it('validates with no files and with a fatal rule failure', () => {
    expectValid(sarifOf([]).log);
    const fatal: FileResult = {
      filePath: `${CWD}/a.txt`,
      source: 'Hi.',
      diagnostics: [handMadeDiagnostic({ ruleId: 'broken-rule', category: 'other', message: 'Rule "broken-rule" failed: boom', range: [0, 0], endColumn: 1, fatal: true })],
    };
    const { log } = sarifOf([fatal]);
    expectValid(log);
    expect(log.runs[0].invocations[0].executionSuccessful).toBe(false);
    const descriptor = log.runs[0].tool.driver.rules[log.runs[0].results[0].ruleIndex];
    expect(descriptor.id).toBe('broken-rule');
    expect(log.runs[0].results[0].level).toBe('error');
  });

  it('is rejected by the same validator when broken, so the validation is real', () => {
    const { log } = sarifOf(sampleResults());
    log.runs[0].results[0].level = 'fatal';
    expect(validate(log)).toBe(false);
    const { log: log2 } = sarifOf(sampleResults());
    delete log2.runs[0].tool.driver.name;
    expect(validate(log2)).toBe(false);
  });

  it('reports exactly the findings of the json output', () => {
    const results = sampleResults();
    const ctx = reportContext();
    const { log } = sarifOf(results);
    const rules = log.runs[0].tool.driver.rules as Array<{ id: string }>;
    const uriOf = (filePath: string): string => filePath.slice(CWD.length + 1).split('/').map(encodeURIComponent).join('/');
    const found: Finding[] = (log.runs[0].results as SarifResult[]).map((r) => {
      const loc = r.locations[0].physicalLocation;
      expect(loc.artifactLocation.uriBaseId).toBe(SRCROOT);
      expect(rules[r.ruleIndex].id).toBe(r.ruleId);
      return {
        file: loc.artifactLocation.uri,
        ruleId: r.ruleId,
        line: loc.region.startLine,
        column: loc.region.startColumn,
        endLine: loc.region.endLine,
        endColumn: loc.region.endColumn,
        severity: r.level as 'error' | 'warning',
        message: r.message.text,
      };
    });
    expect(found).toEqual(findingsFromJson(results, ctx, uriOf));
  });

  it('gives char offsets that select the same text as the diagnostic ranges, and stable fingerprints', () => {
    const results = sampleResults();
    const { log } = sarifOf(results);
    const sarifResults = log.runs[0].results as SarifResult[];
    const diagnostics = results.flatMap((r) => r.diagnostics.map((d) => ({ d, source: r.source })));
    expect(sarifResults).toHaveLength(diagnostics.length);
    sarifResults.forEach((r, i) => {
      const { d, source } = diagnostics[i];
      const region = r.locations[0].physicalLocation.region;
      expect(source.slice(region.charOffset, region.charOffset + region.charLength)).toBe(source.slice(d.range[0], d.range[1]));
      expect(r.partialFingerprints[FINGERPRINT_KEY]).toBe(fingerprint(d, source));
    });
  });

  it('encodes file names as URIs relative to %SRCROOT%, which maps to the working folder', () => {
    const { log } = sarifOf(sampleResults());
    const artifacts = log.runs[0].artifacts as Array<{ location: { uri: string; uriBaseId: string } }>;
    expect(artifacts.map((a) => a.location.uri)).toEqual(['docs/seed.txt', 'docs/news%20%26%20notes%2C%20vol%3A1.md', 'docs/clean.txt']);
    expect(log.runs[0].originalUriBaseIds[SRCROOT].uri).toBe('file:///srv/site/');
    const outside = sarifOf([{ filePath: '/elsewhere/x y.txt', source: '', diagnostics: [] }]).log;
    expect(outside.runs[0].artifacts[0].location).toEqual({ uri: 'file:///elsewhere/x%20y.txt' });
  });

  it('turns safe fixes and suggestions into replacements that produce the fixed text', () => {
    const results = sampleResults();
    const { log } = sarifOf(results);
    const sarifResults = log.runs[0].results as SarifResult[];
    const diagnostics = results.flatMap((r) => r.diagnostics.map((d) => ({ d, source: r.source })));
    let safe = 0;
    let suggested = 0;
    sarifResults.forEach((r, i) => {
      const { d, source } = diagnostics[i];
      const expected = [...(d.fix ? [d.fix] : []), ...(d.suggestions ?? [])];
      expect(r.fixes?.length ?? 0).toBe(expected.length);
      r.fixes?.forEach((f, j) => {
        expect(f.description.text).toBe(expected[j].title);
        expect(f.properties.applicability).toBe(expected[j].applicability);
        if (expected[j].applicability === 'safe') safe++;
        else suggested++;
        const edits = f.artifactChanges[0].replacements.map((rep) => ({
          start: rep.deletedRegion.charOffset,
          end: rep.deletedRegion.charOffset + rep.deletedRegion.charLength,
          text: rep.insertedContent?.text ?? '',
        }));
        const viaFix = applyEdits(source, expected[j].edits.map((e) => ({ start: e.range[0], end: e.range[1], text: e.text })));
        expect(applyEdits(source, edits)).toBe(viaFix);
        expect(viaFix).not.toBe(source);
      });
    });
    expect(safe).toBeGreaterThan(0);
    expect(suggested).toBeGreaterThan(0);
  });

  it('gives the doubled period of the CRLF file its exact region and replacement', () => {
    const results = sampleResults();
    const { log } = sarifOf([results[1]]);
    const r = (log.runs[0].results as SarifResult[]).find((x) => x.ruleId === 'doubled-period' && x.locations[0].physicalLocation.region.startLine === 4)!;
    expect(r.locations[0].physicalLocation.region).toEqual({ startLine: 4, startColumn: 37, endLine: 4, endColumn: 40, charOffset: 107, charLength: 3 });
    expect(r.fixes![0].artifactChanges[0].replacements).toEqual([
      { deletedRegion: { startLine: 4, startColumn: 38, endLine: 4, endColumn: 40, charOffset: 108, charLength: 2 } },
    ]);
  });

  it('describes the rules from their meta and docs', () => {
    const { log } = sarifOf(sampleResults());
    const driver = log.runs[0].tool.driver;
    expect(driver).toMatchObject({ name: 'mtlint', version: '0.1.0', informationUri: 'https://github.com/mtlint/mtlint' });
    const ids = (driver.rules as Array<{ id: string }>).map((r) => r.id);
    expect(ids).toEqual([...[...builtinRules.keys()].sort(), 'house/sexual-testing']);
    expect(driver.rules.at(-1)).toEqual({ id: 'house/sexual-testing', shortDescription: { text: 'house/sexual-testing' } });
    const doubled = driver.rules.find((r: { id: string }) => r.id === 'doubled-period');
    expect(doubled).toMatchObject({
      shortDescription: { text: 'A full stop repeated with only spaces between, as in "strategy. ."' },
      helpUri: 'https://github.com/mtlint/mtlint/blob/main/rules/doubled-period.ts',
      defaultConfiguration: { level: 'error' },
      properties: { category: 'punctuation', mqmIssueType: 'Fluency/Punctuation', fixable: 'safe' },
    });
    expect(doubled.fullDescription.text).toMatch(/^Machine translation often puts a full stop/);
    expect(doubled.help.markdown).toContain('`in military strategy. .` → `in military strategy.`');
  });

  it('describes a config-defined rule from its own meta when the context has it, with examples as safe code spans', () => {
    const rule = phraseRule('house/tick', { kind: 'existence', message: 'Avoid "{{match}}".', category: 'calque', phrases: ['foo'], examples: { invalid: ['use `foo` here'], valid: ['one\ntwo'] } });
    const log = JSON.parse(sarifReporter([], reportContext({ rules: new Map([...builtinRules, [rule.id, rule]]) })));
    expectValid(log);
    const d = log.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'house/tick');
    expect(d.helpUri).toBeUndefined();
    expect(d.defaultConfiguration).toEqual({ level: 'warning' });
    expect(d.properties).toMatchObject({ category: 'calque', mqmIssueType: 'Style/Awkward', fixable: 'none' });
    expect(d.help.markdown).toBe('Avoid "{{match}}".\n\nFlagged:\n- ``use `foo` here``\n\nNot flagged:\n- `one↵two`');
  });

  it('carries the quality score in the run and artifact properties', () => {
    const results = sampleResults();
    const { log } = sarifOf(results);
    const scores = scoreResults(results);
    expect(log.runs[0].properties).toMatchObject({
      qualityScore: scores.total.score,
      penaltyPer1000Words: scores.total.penaltyPer1000Words,
      words: scores.total.words,
      weights: { minor: 1, major: 5, critical: 25 },
    });
    expect(log.runs[0].artifacts.map((a: { properties: { qualityScore: number } }) => a.properties.qualityScore)).toEqual(scores.files.map((f) => f.score));
    expect(scores.files[2].score).toBe(100);
    expect(scores.files[0].score).toBeLessThan(100);
  });
});
