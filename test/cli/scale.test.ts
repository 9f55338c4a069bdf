import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { minParallelBytes } from '../../src/cli/pool.js';
import { SEED, mtlint, tempTree } from './helpers.js';

const seed = readFileSync(SEED, 'utf8');
const paragraphs = seed.split(/\n\s*\n/);

describe('whole repositories', () => {
  it('gives byte-identical output on worker threads and on one thread, in the same order (2,000 files)', () => {
    const files: Record<string, string> = {};
    // four paragraphs a file, about 4 MB in all; the pool is asked to start from 1 MB
    const para = (i: number) => paragraphs[i % paragraphs.length];
    for (let i = 0; i < 2000; i++) files[`d${i % 7}/f${String(i).padStart(4, '0')}.txt`] = [para(i), para(i + 1), para(i + 2), para(i + 3)].join('\n\n') + (i % 3 === 0 ? ' Extra. .\n' : '\n');
    expect(Object.values(files).reduce((n, t) => n + t.length, 0)).toBeGreaterThan(3_000_000);
    const dir = tempTree(files);
    const env = { MTLINT_DEBUG: 'pool', MTLINT_PARALLEL_MIN_MB: '1' };
    const one = mtlint(['-f', 'json', '--jobs', '1', '.'], { cwd: dir, env });
    const many = mtlint(['-f', 'json', '--jobs', '2', '.'], { cwd: dir, env });
    expect(many.stderr).toMatch(/^mtlint: debug: linted 2000 file\(s\) on 2 thread\(s\), 1 worker\(s\) started before the files were read;/);
    expect(one.code).toBe(1);
    expect(many.code).toBe(1);
    expect(many.stdout).toBe(one.stdout);
    expect(JSON.parse(one.stdout)).toHaveLength(2000);
  }, 120_000);

  it('uses more threads only from MTLINT_PARALLEL_MIN_MB (default 8) of files, and starts them before reading', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 400; i++) files[`d${i % 5}/f${i}.txt`] = paragraphs[i % paragraphs.length] + '\n\n' + paragraphs[(i + 1) % paragraphs.length] + (i % 4 === 0 ? ' Extra. .\n' : '\n');
    const size = Object.values(files).reduce((n, t) => n + t.length, 0);
    expect(size).toBeGreaterThan(200_000);
    expect(size).toBeLessThan(minParallelBytes({}));
    const dir = tempTree({ ...files, 'blob.bin': Buffer.alloc(300_000) });
    const env = { MTLINT_DEBUG: 'pool' };
    const low = { ...env, MTLINT_PARALLEL_MIN_MB: '0.2' };
    const dirs = ['d0', 'd1', 'd2', 'd3', 'd4'];
    const one = mtlint(['-f', 'json', '--jobs', '1', ...dirs], { cwd: dir, env });
    expect(one.stderr).toMatch(/^mtlint: debug: linted 400 file\(s\) on 1 thread\(s\); finding and reading \d+ ms, linting \d+ ms\.\n$/);
    // the default (a blank or malformed value keeps it): too little text for a second thread, which is not even started
    const two = mtlint(['-f', 'json', '--jobs', '2', ...dirs], { cwd: dir, env: { ...env, MTLINT_PARALLEL_MIN_MB: ' ' } });
    expect(two.stderr).toMatch(/^mtlint: debug: linted 400 file\(s\) on 1 thread\(s\); finding and reading \d+ ms, linting \d+ ms\.\n$/);
    expect(two.stdout).toBe(one.stdout);
    // from a lower threshold: started before the files are read, a few at first, the rest once the work is known
    const pair = mtlint(['-f', 'json', '--jobs', '2', ...dirs], { cwd: dir, env: low });
    expect(pair.stderr).toMatch(/^mtlint: debug: linted 400 file\(s\) on 2 thread\(s\), 1 worker\(s\) started before the files were read; finding and reading \d+ ms, linting \d+ ms\.\n$/);
    const five = mtlint(['-f', 'json', '--jobs', '5', ...dirs], { cwd: dir, env: low });
    expect(five.stderr).toMatch(/^mtlint: debug: linted 400 file\(s\) on 5 thread\(s\), 3 worker\(s\) started before the files were read;/);
    expect(pair.code).toBe(1);
    expect(pair.stdout).toBe(one.stdout);
    expect(five.stdout).toBe(one.stdout);
    // the bytes were a binary file, skipped when read: the early worker is stopped unused
    const blob = mtlint(['-f', 'json', '--jobs', '2', 'd1/f1.txt', 'blob.bin'], { cwd: dir, env: low });
    expect(blob.stderr).toMatch(/mtlint: debug: linted 1 file\(s\) on 1 thread\(s\), 1 worker\(s\) started before the files were read and left unused;/);
    expect(JSON.parse(blob.stdout)).toHaveLength(1);
    // one file: no workers at all
    expect(mtlint(['--jobs', '2', 'd1/f1.txt'], { cwd: dir, env: low }).stderr).toMatch(/^mtlint: debug: linted 1 file\(s\) on 1 thread\(s\);/);
  }, 60_000);

  it('--cache skips unchanged files and notices changed content and config', () => {
    const dir = tempTree({ 'a.txt': 'one. .\n', 'b.txt': 'two.\n' });
    const first = mtlint(['--cache', '-f', 'json', '.'], { cwd: dir });
    const cache = JSON.parse(readFileSync(join(dir, '.mtlintcache'), 'utf8'));
    expect(Object.keys(cache.entries).sort()).toEqual([join(dir, 'a.txt'), join(dir, 'b.txt')]);
    // poison the cached entry for a.txt: a hit must return what the cache holds
    cache.entries[join(dir, 'a.txt')].diagnostics = [];
    writeFileSync(join(dir, '.mtlintcache'), JSON.stringify(cache));
    expect(JSON.parse(mtlint(['--cache', '-f', 'json', '.'], { cwd: dir }).stdout)[0].messages).toEqual([]);
    writeFileSync(join(dir, 'a.txt'), 'one. .\n\n');
    expect(JSON.parse(mtlint(['--cache', '-f', 'json', '.'], { cwd: dir }).stdout)[0].messages).toHaveLength(1);
    expect(first.code).toBe(1);
    writeFileSync(join(dir, '.mtlintrc.json'), '{ "rules": { "doubled-period": "off" } }');
    expect(JSON.parse(mtlint(['--cache', '-f', 'json', '.'], { cwd: dir }).stdout)[0].messages).toEqual([]);
  });

  it('--changed-since lints only what git says changed', () => {
    const dir = tempTree({ 'old.txt': 'old. .\n', 'same.txt': 'same. .\n' });
    const git = (...args: string[]) => spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
    git('init', '-q');
    git('-c', 'user.email=a@b', '-c', 'user.name=a', 'add', '.');
    git('-c', 'user.email=a@b', '-c', 'user.name=a', 'commit', '-qm', 'base');
    writeFileSync(join(dir, 'old.txt'), 'old. . changed\n');
    writeFileSync(join(dir, 'new.txt'), 'new. .\n');
    const r = mtlint(['--changed-since', 'HEAD', '-f', 'json', '.'], { cwd: dir });
    expect(JSON.parse(r.stdout).map((f: { filePath: string }) => f.filePath.slice(dir.length + 1))).toEqual(['new.txt', 'old.txt']);
    const bad = mtlint(['--changed-since', 'no-such-ref', '.'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--changed-since no-such-ref');
  });

  it('--timing prints the slowest rules to stderr', () => {
    const r = mtlint(['--timing', '-f', 'json', SEED]);
    expect(r.stderr).toMatch(/^Rule +\| Time \(ms\) \| Relative$/m);
    expect(r.stderr).toMatch(/^[a-z-]+ +\| +\d+\.\d{3} \| +\d+\.\d%$/m);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
  });
});
