import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIN_PARALLEL_CHARS, MIN_PARALLEL_CHARS_PRESTARTED } from '../../src/cli/pool.js';
import { SEED, mtlint, tempTree } from './helpers.js';

const seed = readFileSync(SEED, 'utf8');
const paragraphs = seed.split(/\n\s*\n/);

describe('whole repositories', () => {
  it('gives byte-identical output on worker threads and on one thread, in the same order (2,000 files)', () => {
    const files: Record<string, string> = {};
    // four paragraphs a file, about 5 MB in all: enough text for the worker pool to be used (MIN_PARALLEL_CHARS)
    const para = (i: number) => paragraphs[i % paragraphs.length];
    for (let i = 0; i < 2000; i++) files[`d${i % 7}/f${String(i).padStart(4, '0')}.txt`] = [para(i), para(i + 1), para(i + 2), para(i + 3)].join('\n\n') + (i % 3 === 0 ? ' Extra. .\n' : '\n');
    expect(Object.values(files).reduce((n, t) => n + t.length, 0)).toBeGreaterThan(MIN_PARALLEL_CHARS);
    const dir = tempTree(files);
    const one = mtlint(['-f', 'json', '--jobs', '1', '.'], { cwd: dir });
    const many = mtlint(['-f', 'json', '--jobs', '2', '.'], { cwd: dir });
    expect(one.code).toBe(1);
    expect(many.code).toBe(1);
    expect(many.stdout).toBe(one.stdout);
    expect(JSON.parse(one.stdout)).toHaveLength(2000);
  }, 120_000);

  it('starts the workers while a folder is read, and uses them from a few hundred KB on, with the same output', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 400; i++) files[`d${i % 5}/f${i}.txt`] = paragraphs[i % paragraphs.length] + '\n\n' + paragraphs[(i + 1) % paragraphs.length] + (i % 4 === 0 ? ' Extra. .\n' : '\n');
    const size = Object.values(files).reduce((n, t) => n + t.length, 0);
    expect(size).toBeGreaterThan(MIN_PARALLEL_CHARS_PRESTARTED);
    expect(size).toBeLessThan(MIN_PARALLEL_CHARS);
    const dir = tempTree(files);
    const env = { MTLINT_DEBUG: 'pool' };
    const one = mtlint(['-f', 'json', '--jobs', '1', '.'], { cwd: dir, env });
    const two = mtlint(['-f', 'json', '--jobs', '2', '.'], { cwd: dir, env });
    expect(one.stderr).toMatch(/^mtlint: debug: linted 400 file\(s\) on 1 thread\(s\); finding and reading \d+ ms, linting \d+ ms\.\n$/);
    expect(two.stderr).toMatch(/^mtlint: debug: linted 400 file\(s\) on 2 thread\(s\), 1 worker\(s\) started before the files were read; finding and reading \d+ ms, linting \d+ ms\.\n$/);
    // more threads asked for: a few start early, the rest once the work is known
    const five = mtlint(['-f', 'json', '--jobs', '5', '.'], { cwd: dir, env });
    expect(five.stderr).toMatch(/^mtlint: debug: linted 400 file\(s\) on 5 thread\(s\), 3 worker\(s\) started before the files were read;/);
    expect(five.stdout).toBe(one.stdout);
    expect(two.code).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    // little text: the early workers are stopped unused, and the run ends at once
    const small = mtlint(['-f', 'json', '--jobs', '2', 'd1/f1.txt', 'd2/f2.txt'], { cwd: dir, env });
    expect(small.stderr).toMatch(/^mtlint: debug: linted 2 file\(s\) on 1 thread\(s\), 1 worker\(s\) started before the files were read and left unused;/);
    expect(mtlint(['-f', 'json', '--jobs', '8', 'd1/f1.txt', 'd2/f2.txt'], { cwd: dir, env }).stderr).toMatch(/, 3 worker\(s\) started before the files were read and left unused;/);
    expect(JSON.parse(small.stdout)).toHaveLength(2);
    // one file: no workers at all
    expect(mtlint(['--jobs', '2', 'd1/f1.txt'], { cwd: dir, env }).stderr).toMatch(/^mtlint: debug: linted 1 file\(s\) on 1 thread\(s\);/);
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
