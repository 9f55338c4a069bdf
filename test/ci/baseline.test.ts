import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  BASELINE_VERSION,
  BaselineError,
  createBaseline,
  filterByBaseline,
  fingerprint,
  readBaseline,
  updateBaseline,
  writeBaseline,
  type Baseline,
} from '../../src/ci/baseline.js';
import type { Config } from '../../src/config/types.js';
import type { FileResult } from '../../src/report/types.js';
import { CWD, HOUSE_CONFIG, SEED_TEXT, lintAs } from '../report/ci-fixtures.js';

/** Precise punctuation rules plus a calque defined in the config: the findings do not change as other rules are added. */
const CONFIG: Config = {
  ...HOUSE_CONFIG,
  rules: { 'doubled-period': 'error', 'period-comma': 'error', 'doubled-comma': 'error', 'house/sexual-testing': 'warn' },
};
const root = { root: CWD };
const lintSeed = (text: string, path = 'docs/seed.txt'): FileResult => lintAs(path, text, CONFIG);
const count = (results: FileResult[]): number => results.reduce((n, r) => n + r.diagnostics.length, 0);
const paragraphs = (text: string): string[] => text.split(/\n\n/);

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const tempDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'mtlint-baseline-'));
  dirs.push(d);
  return d;
};

describe('baseline', () => {
  const seed = lintSeed(SEED_TEXT);
  const baseline = createBaseline([seed], root);

  it('records the seed findings by file, rule and fingerprint', () => {
    expect(seed.diagnostics.map((d) => d.ruleId)).toEqual(['doubled-period', 'house/sexual-testing', 'doubled-period', 'period-comma']);
    expect(baseline.version).toBe(BASELINE_VERSION);
    expect(baseline.findings.map((e) => [e.file, e.rule, e.count, e.excerpt])).toEqual([
      ['docs/seed.txt', 'doubled-period', 1, '. .'],
      ['docs/seed.txt', 'doubled-period', 1, '. .'],
      ['docs/seed.txt', 'house/sexual-testing', 1, 'Sexual testing'],
      ['docs/seed.txt', 'period-comma', 1, '. ,'],
    ]);
  });

  it('reports nothing on the text it was made from', () => {
    expect(count(filterByBaseline([seed], baseline, root))).toBe(0);
  });

  it('reports exactly the one new problem added to the baselined text', () => {
    const parts = paragraphs(SEED_TEXT);
    parts.splice(10, 0, 'Talks resumed on Monday. . Nobody said why.');
    const edited = lintSeed(parts.join('\n\n'));
    expect(edited.diagnostics).toHaveLength(5);
    const fresh = filterByBaseline([edited], baseline, root);
    expect(fresh[0].diagnostics).toHaveLength(1);
    const [d] = fresh[0].diagnostics;
    expect(d.ruleId).toBe('doubled-period');
    expect(edited.source.slice(d.range[0] - 23, d.range[1])).toBe('Talks resumed on Monday. .');
  });

  it('reports nothing after lines move: paragraphs reordered, blank lines added, CRLF line ends', () => {
    const moved = paragraphs(SEED_TEXT).reverse().join('\r\n\r\n\r\n');
    const result = lintSeed(`Added first line.\r\n\r\n${moved}`);
    expect(result.diagnostics).toHaveLength(4);
    expect(result.diagnostics.map((d) => d.line)).not.toEqual(seed.diagnostics.map((d) => d.line));
    expect(count(filterByBaseline([result], baseline, root))).toBe(0);
  });

  it('counts identical findings: a third copy of a twice-baselined problem is new', () => {
    const line = 'They met in Paris. . Then they left.';
    const two = lintSeed(`${line}\n\n${line}\n`, 'docs/twice.txt');
    const b = createBaseline([two], root);
    expect(b.findings).toEqual([
      { file: 'docs/twice.txt', rule: 'doubled-period', fingerprint: fingerprint(two.diagnostics[0], two.source), count: 2, excerpt: '. .' },
    ]);
    const three = lintSeed(`${line}\n\n${line}\n\n${line}\n`, 'docs/twice.txt');
    const [kept] = filterByBaseline([three], b, root);
    expect(kept.diagnostics).toHaveLength(1);
    expect(kept.diagnostics[0].line).toBe(5);
    expect(count(filterByBaseline([two], b, root))).toBe(0);
  });

  it('matches by file: the same problem in another file is new', () => {
    const other = lintSeed(SEED_TEXT, 'docs/copy.txt');
    expect(count(filterByBaseline([other], baseline, root))).toBe(4);
  });

  it('drops fixed findings when updated, so they are reported if they come back', () => {
    const fixedText = SEED_TEXT.replace('military strategy. .', 'military strategy.');
    const fixed = lintSeed(fixedText);
    const updated = updateBaseline(baseline, [fixed], root);
    expect(updated.findings).toHaveLength(3);
    expect(count(filterByBaseline([fixed], updated, root))).toBe(0);
    expect(count(filterByBaseline([seed], updated, root))).toBe(1);
  });

  it('keeps the entries of files not linted in an update', () => {
    const other = lintSeed('A second file. . With a problem.', 'docs/other.txt');
    const both = createBaseline([seed, other], root);
    const updated = updateBaseline(both, [lintSeed('Now clean.', 'docs/other.txt')], root);
    expect(updated.findings.map((e) => e.file)).toEqual(['docs/seed.txt', 'docs/seed.txt', 'docs/seed.txt', 'docs/seed.txt']);
  });

  it('never accepts a fatal rule failure', () => {
    const crashed: FileResult = {
      ...seed,
      diagnostics: [{ ...seed.diagnostics[0], ruleId: 'broken', message: 'Rule "broken" failed: boom', range: [0, 0], fatal: true }],
    };
    expect(createBaseline([crashed], root).findings).toEqual([]);
    expect(count(filterByBaseline([crashed], createBaseline([crashed], root), root))).toBe(1);
  });

  it('writes and reads back the file, with stable ordering and a version', () => {
    const file = join(tempDir(), 'mtlint-baseline.json');
    writeBaseline(file, baseline);
    const text = readFileSync(file, 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    expect(JSON.parse(text).version).toBe(1);
    expect(readBaseline(file)).toEqual(baseline);
    writeBaseline(file, createBaseline([seed], root));
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('says clearly what is wrong with a broken baseline file', () => {
    const dir = tempDir();
    const write = (name: string, content: string): string => {
      const p = join(dir, name);
      writeFileSync(p, content);
      return p;
    };
    const cases: Array<[string, string, string]> = [
      ['truncated.json', '{"version": 1, "findings": [', 'truncated.json: not valid JSON ('],
      ['array.json', '[]', 'array.json: expected a JSON object with "version" and "findings"'],
      ['newer.json', '{"version": 2, "findings": []}', 'newer.json: baseline version 2 was written by a newer mtlint; this one reads version 1'],
      ['noversion.json', '{"findings": []}', 'noversion.json: "version" must be 1, got undefined'],
      ['nofindings.json', '{"version": 1}', 'nofindings.json: "findings" must be an array'],
      ['badcount.json', '{"version": 1, "findings": [{"file": "a", "rule": "r", "fingerprint": "f", "count": 0}]}', 'badcount.json: findings[0].count must be a whole number >= 1'],
      ['norule.json', '{"version": 1, "findings": [{"file": "a", "fingerprint": "f", "count": 1}]}', 'norule.json: findings[0].rule must be a non-empty string'],
    ];
    for (const [name, content, message] of cases) {
      const p = write(name, content);
      expect(() => readBaseline(p)).toThrow(BaselineError);
      expect(() => readBaseline(p)).toThrow(`${join(dir, message.split(':')[0])}:${message.split(':').slice(1).join(':')}`);
    }
    expect(() => readBaseline(join(dir, 'missing.json'))).toThrow(`${join(dir, 'missing.json')}: no such baseline file; create it with --update-baseline`);
  });

  it('accepts a hand-written entry without an excerpt', () => {
    const p = join(tempDir(), 'b.json');
    const entry = baseline.findings[0];
    writeFileSync(p, JSON.stringify({ version: 1, findings: [{ file: entry.file, rule: entry.rule, fingerprint: entry.fingerprint, count: 1 }] }));
    const read: Baseline = readBaseline(p);
    expect(read.findings[0].excerpt).toBe('');
    expect(count(filterByBaseline([seed], read, root))).toBe(3);
  });
});
