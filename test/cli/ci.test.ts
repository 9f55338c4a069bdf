import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED, mtlint, tempTree } from './helpers.js';

const seed = readFileSync(SEED, 'utf8');

describe('CI integration through the CLI', () => {
  it('speaks every CI format', () => {
    const dir = tempTree({ 'a.txt': 'in strategy. .\n' });
    const sarif = JSON.parse(mtlint(['-f', 'sarif', 'a.txt'], { cwd: dir }).stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results[0]).toMatchObject({ ruleId: 'doubled-period', level: 'error' });
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.region).toMatchObject({ startLine: 1, startColumn: 12, endLine: 1, endColumn: 15 });
    expect(mtlint(['-f', 'github', 'a.txt'], { cwd: dir }).stdout).toBe(
      '::error file=a.txt,line=1,endLine=1,col=12,endColumn=15,title=doubled-period::Doubled period ". .": the sentence already ended.\n',
    );
    expect(mtlint(['-f', 'checkstyle', 'a.txt'], { cwd: dir }).stdout).toContain('source="mtlint.doubled-period"');
    expect(mtlint(['-f', 'junit', 'a.txt'], { cwd: dir }).stdout).toContain('<testsuites');
    expect(JSON.parse(mtlint(['-f', 'rdjson', 'a.txt'], { cwd: dir }).stdout).diagnostics[0].code.value).toBe('doubled-period');
    const summary = JSON.parse(mtlint(['-f', 'json-summary', 'a.txt'], { cwd: dir }).stdout);
    expect(summary.totals.score).toBeLessThan(100);
    expect(mtlint(['-f', 'html', 'a.txt'], { cwd: dir }).stdout).toMatch(/^<!DOCTYPE html>/i);
  });

  it('shows the quality score in the stylish summary and gates on --min-score', () => {
    const dir = tempTree({ 'a.txt': 'One two three four five six seven eight nine ten, , eleven.\n' });
    const r = mtlint(['--rule', 'doubled-comma:warn', 'a.txt'], { cwd: dir });
    // one minor problem (weight 1) in 11 words: 90.91 per 1,000 words
    expect(r.stdout).toContain('Quality score 9.09/100 (MQM penalty 90.91 per 1,000 words).');
    expect(r.code).toBe(0);
    expect(mtlint(['--rule', 'doubled-comma:warn', '--min-score', '5', 'a.txt'], { cwd: dir }).code).toBe(0);
    const low = mtlint(['--rule', 'doubled-comma:warn', '--min-score', '50', 'a.txt'], { cwd: dir });
    expect(low.code).toBe(1);
    expect(low.stderr).toContain('quality score 9.09 is below --min-score 50');
  });

  it('--baseline reports only new problems', () => {
    const dir = tempTree({ 'docs/seed.txt': seed });
    const base = mtlint(['--update-baseline', 'baseline.json', '-f', 'json', 'docs'], { cwd: dir });
    expect(JSON.parse(base.stdout)[0].messages).toEqual([]);
    expect(base.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'baseline.json'), 'utf8')).version).toBe(1);
    const none = mtlint(['--baseline', 'baseline.json', '-f', 'json', 'docs'], { cwd: dir });
    expect(JSON.parse(none.stdout)[0].messages).toEqual([]);
    expect(none.code).toBe(0);
    // move lines around and add exactly one new problem
    const paragraphs = seed.split('\n\n');
    writeFileSync(join(dir, 'docs/seed.txt'), ['A new paragraph, , here.', ...paragraphs.reverse()].join('\n\n'));
    const one = mtlint(['--baseline', 'baseline.json', '-f', 'json', 'docs'], { cwd: dir });
    const msgs = JSON.parse(one.stdout)[0].messages;
    expect(msgs.map((m: { ruleId: string; line: number }) => [m.ruleId, m.line])).toEqual([['doubled-comma', 1]]);
    expect(one.code).toBe(1);
    const broken = tempTree({ 'b.json': '{ nope', 'a.txt': 'x' });
    const bad = mtlint(['--baseline', 'b.json', 'a.txt'], { cwd: broken });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('b.json');
  });

  it('--diff gives a patch that git apply turns into the --fix result, even from a subfolder', () => {
    const dir = tempTree({ 'sub/a.txt': seed, 'sub/b.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('one. .\r\ntwo\r\n')]) });
    const git = (...args: string[]) => spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
    git('init', '-q');
    const patch = mtlint(['--diff', '.'], { cwd: join(dir, 'sub') });
    // the seed keeps errors no fix removes: 1, as --fix-dry-run
    expect(patch.code).toBe(1);
    expect(patch.stdout).toContain('--- a/sub/a.txt');
    const applied = spawnSync('git', ['apply', '-'], { cwd: join(dir, 'sub'), input: patch.stdout, encoding: 'utf8' });
    expect(applied.status).toBe(0);
    const viaPatch = [readFileSync(join(dir, 'sub/a.txt')), readFileSync(join(dir, 'sub/b.txt'))];
    const fresh = tempTree({ 'a.txt': seed, 'b.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('one. .\r\ntwo\r\n')]) });
    expect(mtlint(['--fix', '.'], { cwd: fresh }).code).toBe(1);
    expect(viaPatch[0].equals(readFileSync(join(fresh, 'a.txt')))).toBe(true);
    expect(viaPatch[1].equals(readFileSync(join(fresh, 'b.txt')))).toBe(true);
    expect(readFileSync(join(fresh, 'a.txt'), 'utf8')).not.toBe(seed);
  });

  it('ships a pre-commit hook definition', () => {
    const hooks = readFileSync(join(__dirname, '..', '..', '.pre-commit-hooks.yaml'), 'utf8');
    expect(hooks).toContain('id: mtlint');
    expect(hooks).toContain('entry: mtlint');
  });
});
