import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mtlint, SEED, tempTree } from './helpers.js';

describe('numeric options', () => {
  const dir = tempTree({ 'warn.txt': 'See also  the news\n\nPrices rose.  Costs fell.\n' });

  it.each([
    [['--max-warnings', 'abc'], '--max-warnings takes a whole number (-1 for no limit), got "abc".'],
    [['--max-warnings', '1.5'], '--max-warnings takes a whole number (-1 for no limit), got "1.5".'],
    [['--max-warnings', ''], '--max-warnings takes a whole number (-1 for no limit), got "".'],
    [['--jobs', 'abc'], '--jobs takes a whole number of 1 or more, got "abc".'],
    [['--jobs', '0'], '--jobs takes a whole number of 1 or more, got "0".'],
    [['--min-score', '101'], '--min-score takes a number from 0 to 100, got "101".'],
    [['--jobs', '0x2'], '--jobs takes a whole number of 1 or more, got "0x2".'],
    [['--max-warnings', '1e1'], '--max-warnings takes a whole number (-1 for no limit), got "1e1".'],
  ])('%j is refused with exit 2, quoting what was typed', (args, message) => {
    const run = mtlint([...args, 'warn.txt'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`mtlint: ${message}\n`);
    expect(run.stdout).toBe('');
  });

  it('--max-warnings counts warnings; -1 is no limit', () => {
    expect(mtlint(['--max-warnings', '0', 'warn.txt'], { cwd: dir }).code).toBe(1);
    expect(mtlint(['--max-warnings', '5', 'warn.txt'], { cwd: dir }).code).toBe(0);
    expect(mtlint(['--max-warnings', '-1', 'warn.txt'], { cwd: dir }).code).toBe(0);
  });

  it('names an unknown option once, as typed', () => {
    const run = mtlint(['--bogus-flag', 'warn.txt'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe('mtlint: Unknown argument: bogus-flag');
  });
});

describe('--diff exit code', () => {
  it('is 1 when errors remain that the diff does not fix, as --fix-dry-run', () => {
    const dir = tempTree({ 'a.txt': 'The the committee met.\n', 'b.txt': 'The talks ended. .\n' });
    const remaining = mtlint(['--diff', 'a.txt'], { cwd: dir });
    expect(remaining.stdout).toBe('');
    expect(remaining.code).toBe(1);
    const fixed = mtlint(['--diff', 'b.txt'], { cwd: dir });
    expect(fixed.stdout).toContain('-The talks ended. .\n+The talks ended.\n');
    expect(fixed.code).toBe(0);
  });
});

describe('--quiet', () => {
  it('shows the quality score of every finding, the one --min-score checks', () => {
    const all = mtlint([SEED]);
    const quiet = mtlint(['--quiet', SEED]);
    const score = (out: string): string => /Quality score ([\d.]+)\/100/.exec(out)![1];
    expect(score(quiet.stdout)).toBe(score(all.stdout));
    const summary = (args: string[]): number => JSON.parse(mtlint([...args, '-f', 'json-summary', SEED]).stdout).totals.score;
    expect(summary(['--quiet'])).toBe(summary([]));
    expect(mtlint(['--quiet', '--min-score', String(Number(score(all.stdout)) + 1), SEED]).code).toBe(1);
  });
});

describe('files mtlint cannot write', () => {
  it('warns when the cache cannot be written, and still reports', () => {
    const dir = tempTree({ 'a.txt': 'The talks ended. .\n' });
    const run = mtlint(['--cache', '--cache-location', '/nonexistent/d/x.cache', '-f', 'compact', 'a.txt'], { cwd: dir });
    expect(run.stdout).toContain('a.txt:1:16: error');
    expect(run.stderr).toBe('mtlint: warning: cannot write /nonexistent/d/x.cache: ENOENT (the cache).\n');
    expect(run.code).toBe(1);
  });

  it('names the baseline file, not a temporary file, when it cannot be written', () => {
    const dir = tempTree({ 'a.txt': 'The talks ended. .\n' });
    const run = mtlint(['--update-baseline', '/nonexistent/b.json', 'a.txt'], { cwd: dir });
    expect(run.stderr).toBe('mtlint: cannot write /nonexistent/b.json: ENOENT\n');
    expect(run.code).toBe(2);
  });

  it('init says it cannot write the config, without a stack trace', () => {
    // a folder where the file should go: no user, root included, can write it
    const dir = tempTree({ '.mtlintrc.json/keep': '' });
    const run = mtlint(['init', '--force'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`mtlint: cannot write ${join(dir, '.mtlintrc.json')}: EISDIR\n`);
  });
});

describe('mtlint batch', () => {
  it('answers a record without an id with "id": null, and refuses an unknown syntax', () => {
    const input = [JSON.stringify({ text: 'The talks ended. .' }), JSON.stringify({ id: 7, text: 'Fine.', syntax: 'klingon' })].join('\n');
    const run = mtlint(['batch', '--jobs', '1'], { input });
    const [first, second] = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(first.id).toBeNull();
    expect(first.errorCount).toBe(1);
    expect(second).toEqual({ id: 7, line: 2, error: expect.stringMatching(/^line 2: unknown "syntax" "klingon": expected one of text, markdown, html/) });
  });
});

describe('a file with a bad byte', () => {
  it('gets one invalid-utf8 error there, not also mojibake for the U+FFFD it was read as', () => {
    const dir = tempTree({ 'bad.txt': Buffer.concat([Buffer.from('Caf'), Buffer.from([0xff]), Buffer.from(' is open.\n')]) });
    const run = mtlint(['-f', 'json', 'bad.txt'], { cwd: dir });
    const messages = JSON.parse(run.stdout)[0].messages as Array<{ ruleId: string; range: number[] }>;
    expect(messages.map((m) => [m.ruleId, m.range])).toEqual([['invalid-utf8', [3, 4]]]);
    expect(run.code).toBe(1);
  });
});

describe('mtlint rules and the config', () => {
  const config = { define: { 'house/the-masses': { kind: 'substitution', category: 'calque', severity: 'warning', message: "Calque: say '{{expected}}'", swap: { 'the masses': 'the public' } } } };

  it('lists and explains the rules the config defines, beside the built-in ones', () => {
    const dir = tempTree({ '.mtlintrc.json': JSON.stringify(config) });
    const list = mtlint(['rules'], { cwd: dir });
    expect(list.stdout).toMatch(/^house\/the-masses +Calque: say '…' \(calque, defined in the config, fix: suggest\)$/m);
    expect(list.stdout).toMatch(/^doubled-period /m);
    const one = mtlint(['rules', 'house/the-masses'], { cwd: dir });
    expect(one.code).toBe(0);
    expect(one.stdout).toContain('Category: calque. Default severity: warning. Defined in the config. Fix: suggest.');
    // the README's table stays the built-in rules
    expect(mtlint(['rules', '-f', 'markdown'], { cwd: dir }).stdout).not.toContain('house/');
  });

  it('still lists the built-in rules beside a broken config it found, and fails on one named with --config', () => {
    const dir = tempTree({ '.mtlintrc.json': '{ "rules": { "repeated-wrod": "error" } }' });
    const run = mtlint(['rules'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^repeated-word /m);
    expect(run.stderr).toContain('unknown rule "repeated-wrod"');
    const named = mtlint(['rules', '--config', '.mtlintrc.json'], { cwd: dir });
    expect(named.code).toBe(2);
    expect(named.stderr).toContain('unknown rule "repeated-wrod"');
  });

  it('batch checks --jobs as the lint command does', () => {
    const run = mtlint(['batch', '--jobs', 'abc'], { input: '' });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('mtlint: --jobs takes a whole number of 1 or more, got "abc".\n');
  });
});

describe('a config in package.json', () => {
  it('names key paths from the "mtlint" key', () => {
    const dir = tempTree({ 'package.json': JSON.stringify({ name: 'x', mtlint: { rules: { 'doubled-period': 'nope' } } }), 'a.txt': 'Hi.\n' });
    const run = mtlint(['a.txt'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('package.json at "mtlint.rules.doubled-period": invalid severity "nope"');
  });
});
