import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mtlint, ROOT, SEED, tempTree } from './helpers.js';

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
    expect(files[0]).toMatch(new RegExp(`^[0-9a-f]{16}-${process.version.replace(/\./g, '\\.')}-${process.arch}\\.bin$`));
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

  it('keeps the caches of the last few builds only, and never touches other files', () => {
    const tmp = tempTree({});
    const dir = join(tmp, `mtlint-code-cache-${uid}`);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    for (let i = 0; i < 6; i++) {
      const stale = join(dir, `${String(i).repeat(16)}-${process.version}-${process.arch}.bin`);
      writeFileSync(stale, 'old build');
      utimesSync(stale, new Date(2020, 0, 1 + i), new Date(2020, 0, 1 + i));
    }
    writeFileSync(join(dir, 'notes.bin'), 'not ours');
    mtlint(['-f', 'json', SEED], { env: { TMPDIR: tmp } });
    const left = readdirSync(dir).sort();
    expect(left).toHaveLength(5);
    expect(left).toContain('notes.bin');
    // the newest stale ones survive beside this build's
    expect(left.filter((f) => /^[345]{16}-/.test(f))).toHaveLength(3);
  });

  it('is named by the content of the bundle, not its size or date', () => {
    const tmp = tempTree({});
    mtlint(['-f', 'json', SEED], { env: { TMPDIR: tmp } });
    const [file] = readdirSync(join(tmp, `mtlint-code-cache-${uid}`));
    const bundle = readFileSync(join(ROOT, 'dist', 'src', 'cli', 'mtlint-bundle.cjs'), 'utf8').replace(/^#!.*/, '');
    expect(file).toBe(`${createHash('sha256').update(bundle).digest('hex').slice(0, 16)}-${process.version}-${process.arch}.bin`);
  });

  it('keeps a cache made by a run that linted nothing only until a run that lints replaces it', () => {
    const tmp = tempTree({});
    const env = { TMPDIR: tmp };
    const dir = join(tmp, `mtlint-code-cache-${uid}`);
    expect(mtlint(['--version'], { env }).code).toBe(0);
    const [partial] = readdirSync(dir);
    expect(partial).toMatch(/-partial\.bin$/);
    const partialSize = readFileSync(join(dir, partial)).length;
    expect(mtlint(['-f', 'json', SEED], { env }).code).toBe(1);
    const [full] = readdirSync(dir);
    expect(readdirSync(dir)).toEqual([partial.replace('-partial', '')]);
    // the lint run compiled the rules too
    expect(readFileSync(join(dir, full)).length).toBeGreaterThan(partialSize * 1.5);
    // and a later --version leaves the full cache alone
    mtlint(['--version'], { env });
    expect(readdirSync(dir)).toEqual([full]);
  });

  it('refuses a cache folder that is a link, and deletes nothing through it', () => {
    const tmp = tempTree({ 'elsewhere/data1.bin': 'keep me', 'elsewhere/data2.bin': 'keep me' });
    symlinkSync(join(tmp, 'elsewhere'), join(tmp, `mtlint-code-cache-${uid}`));
    const run = mtlint(['-f', 'json', SEED], { env: { TMPDIR: tmp } });
    expect(run.code).toBe(1);
    expect(readdirSync(join(tmp, 'elsewhere')).sort()).toEqual(['data1.bin', 'data2.bin']);
  });

  it.each(['/dev/null/none', '/proc', '/proc/self', '/nonexistent/tmp'])('runs without a usable temp folder (%s)', (tmp) => {
    const run = mtlint(['-f', 'json', SEED], { env: { TMPDIR: tmp } });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)[0].messages.length).toBeGreaterThan(10);
  });
});
