import { mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mtlint, SEED, tempTree } from './helpers.js';

/** The launcher keeps V8's compiled code of the command line in `$TMPDIR/mtlint-code-cache-<uid>`. */
describe('start-up code cache', () => {
  const uid = process.getuid?.() ?? 0;

  it('is written by the first run, used by the next, and changes nothing in the output', () => {
    const tmp = tempTree({});
    const env = { TMPDIR: tmp };
    const first = mtlint(['-f', 'json', SEED], { env });
    const dir = join(tmp, `mtlint-code-cache-${uid}`);
    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(new RegExp(`-${process.version.replace(/\./g, '\\.')}\\.bin$`));
    const size = readFileSync(join(dir, files[0])).length;
    expect(size).toBeGreaterThan(100_000);
    const second = mtlint(['-f', 'json', SEED], { env });
    expect(second).toEqual(first);
    expect(first.code).toBe(1);
    expect(JSON.parse(first.stdout)[0].messages.length).toBeGreaterThan(10);
    // a cache that was used is not written again
    expect(readdirSync(dir)).toEqual(files);
  });

  it('survives a corrupt cache file: the run compiles as usual and replaces it', () => {
    const tmp = tempTree({});
    const env = { TMPDIR: tmp };
    const clean = mtlint(['-f', 'json', SEED], { env });
    const dir = join(tmp, `mtlint-code-cache-${uid}`);
    const [file] = readdirSync(dir);
    writeFileSync(join(dir, file), Buffer.from('not a V8 code cache'));
    const run = mtlint(['-f', 'json', SEED], { env });
    expect(run).toEqual(clean);
    expect(readFileSync(join(dir, file)).length).toBeGreaterThan(100_000);
  });

  it('keeps the caches of the last few builds only', () => {
    const tmp = tempTree({});
    const dir = join(tmp, `mtlint-code-cache-${uid}`);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    for (let i = 0; i < 6; i++) {
      const stale = join(dir, `${i}-0-${process.version}.bin`);
      writeFileSync(stale, 'old build');
      utimesSync(stale, new Date(2020, 0, 1 + i), new Date(2020, 0, 1 + i));
    }
    mtlint(['-f', 'json', SEED], { env: { TMPDIR: tmp } });
    const left = readdirSync(dir).sort();
    expect(left).toHaveLength(4);
    // the newest stale ones survive beside this build's
    expect(left.filter((f) => f.startsWith('3-') || f.startsWith('4-') || f.startsWith('5-'))).toHaveLength(3);
  });

  it.each(['/dev/null/none', '/proc', '/proc/self', '/nonexistent/tmp'])('runs without a usable temp folder (%s)', (tmp) => {
    const run = mtlint(['-f', 'json', SEED], { env: { TMPDIR: tmp } });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)[0].messages.length).toBeGreaterThan(10);
  });
});
