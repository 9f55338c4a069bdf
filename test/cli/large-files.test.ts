import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import { mtlint, SEED, tempTree } from './helpers.js';

/**
 * Plain-text files over 4 MB are read and linted a megabyte at a time (bounded memory); the
 * findings must be those of linting the whole text.
 */
describe('large plain-text files', () => {
  const seed = readFileSync(SEED, 'utf8');
  const big = seed.repeat(Math.ceil((4.5 * (1 << 20)) / seed.length));
  const expected = lint(big, { syntax: 'text' }).map(({ ruleId, line, column, endLine, endColumn, message }) => ({ ruleId, line, column, endLine, endColumn, message }));
  const messages = (stdout: string): unknown[] =>
    JSON.parse(stdout)[0].messages.map(({ ruleId, line, column, endLine, endColumn, message }: Record<string, unknown>) => ({ ruleId, line, column, endLine, endColumn, message }));

  it('reports what lint() finds on the whole text, in every output format that quotes the text too', () => {
    const dir = tempTree({ 'big.txt': big });
    const json = mtlint(['-f', 'json', 'big.txt'], { cwd: dir });
    expect(json.code).toBe(1);
    expect(messages(json.stdout)).toEqual(expected);
    // the default format quotes the line of each problem: the text is read again for it
    const stylish = mtlint(['big.txt'], { cwd: dir });
    const lastDoubled = expected.filter((d) => d.ruleId === 'doubled-period').at(-1)!;
    expect(stylish.stdout).toContain(`${lastDoubled.line}:${lastDoubled.column}`);
    expect(stylish.stdout).toContain('│ Home » Cheng Xiaonong: Russia and China implement');
  });

  it('streams on a worker with a small heap, and lints again in the main thread if that heap is too small', () => {
    const dir = tempTree({ 'big.txt': big });
    const env = { MTLINT_DEBUG: 'pool' };
    const worker = mtlint(['-f', 'json', 'big.txt'], { cwd: dir, env });
    expect(worker.stderr).toContain('mtlint: debug: 1 large file(s) streamed on a worker with a 256 MB heap.\n');
    const again = mtlint(['-f', 'json', 'big.txt'], { cwd: dir, env: { ...env, MTLINT_STREAM_HEAP_MB: '2' } });
    expect(again.stderr).toContain('mtlint: debug: 1 large file(s) streamed on a worker with a 2 MB heap; on 1 the worker failed (out of heap?) and the file was linted again in the main thread.\n');
    expect(again.code).toBe(1);
    expect(again.stdout).toBe(worker.stdout);
    expect(messages(again.stdout)).toEqual(expected);
  }, 60_000);

  it('drops a UTF-8 BOM as for any file, and reports bad bytes found past the first megabytes', () => {
    const dir = tempTree({});
    const broken = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(big), Buffer.from([0xff]), Buffer.from(' tail. .\n')]);
    writeFileSync(join(dir, 'big.txt'), broken);
    const run = mtlint(['-f', 'json', '--cache', 'big.txt'], { cwd: dir });
    // the cached answer keeps the bad byte's own error
    expect(mtlint(['-f', 'json', '--cache', 'big.txt'], { cwd: dir }).stdout).toBe(run.stdout);
    const found = messages(run.stdout) as Array<{ ruleId: string; line: number }>;
    const lines = big.split('\n').length;
    const column = big.length - big.lastIndexOf('\n');
    expect(found.filter((d) => d.ruleId === 'invalid-utf8')).toEqual([
      { ruleId: 'invalid-utf8', line: lines, column, endLine: lines, endColumn: column + 1, message: 'Invalid UTF-8: these bytes were replaced by U+FFFD when reading; --fix does not rewrite this file.' },
    ]);
    expect(found.filter((d) => d.ruleId === 'doubled-period').at(-1)).toMatchObject({ line: lines });
    const withBom = tempTree({ 'big.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(big)]) });
    expect(messages(mtlint(['-f', 'json', 'big.txt'], { cwd: withBom }).stdout)).toEqual(expected);
  });

  it('still fixes a large file (read whole) and caches a streamed one', () => {
    const dir = tempTree({ 'big.txt': big });
    const cached = mtlint(['-f', 'json', '--cache', 'big.txt'], { cwd: dir });
    expect(mtlint(['-f', 'json', '--cache', 'big.txt'], { cwd: dir }).stdout).toBe(cached.stdout);
    expect(JSON.parse(readFileSync(join(dir, '.mtlintcache'), 'utf8')).entries[join(dir, 'big.txt')].diagnostics).toHaveLength(expected.length);
    const fixed = mtlint(['--fix', '-f', 'json', 'big.txt'], { cwd: dir });
    expect(fixed.code).toBe(1);
    const after = readFileSync(join(dir, 'big.txt'), 'utf8');
    expect(after).not.toContain('strategy. .');
    expect(after.length).toBe(big.length - 2 * Math.ceil((4.5 * (1 << 20)) / seed.length) * 2 - Math.ceil((4.5 * (1 << 20)) / seed.length) * 2);
  });
});
