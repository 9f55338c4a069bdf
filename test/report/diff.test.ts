import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fix } from '../../src/engine/fix.js';
import { unifiedDiff, type FileChange } from '../../src/report/diff.js';

const seed = readFileSync(new URL('../fixtures/seed.txt', import.meta.url), 'utf8');

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Writes the `before` texts (with a BOM when asked) into a fresh folder, applies the patch with `git apply`, returns the folder. */
function applyWithGit(changes: FileChange[], patch: string, args: string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'mtlint-diff-'));
  dirs.push(dir);
  for (const c of changes) {
    const file = join(dir, c.path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, (c.bom ? '\uFEFF' : '') + c.before);
  }
  writeFileSync(join(dir, 'fix.patch'), patch);
  execFileSync('git', ['apply', ...args, 'fix.patch'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  return dir;
}

/** Asserts that `git apply` turns every `before` into its `after`, byte for byte. */
function expectRoundTrip(changes: FileChange[]): string {
  const patch = unifiedDiff(changes);
  const dir = applyWithGit(changes, patch);
  for (const c of changes) {
    expect(readFileSync(join(dir, c.path)).equals(Buffer.from((c.bom ? '\uFEFF' : '') + c.after)), c.path).toBe(true);
  }
  return patch;
}

describe('unifiedDiff', () => {
  it('writes a git-style diff with a/ and b/ prefixes and 3 lines of context', () => {
    const before = ['one', 'two', 'three', 'four', 'five strategy. .', 'six', 'seven', 'eight', 'nine', ''].join('\n');
    const after = before.replace('strategy. .', 'strategy.');
    expect(unifiedDiff([{ path: 'docs/a.txt', before, after }])).toBe(
      [
        'diff --git a/docs/a.txt b/docs/a.txt',
        '--- a/docs/a.txt',
        '+++ b/docs/a.txt',
        '@@ -2,7 +2,7 @@',
        ' two',
        ' three',
        ' four',
        '-five strategy. .',
        '+five strategy.',
        ' six',
        ' seven',
        ' eight',
        '',
      ].join('\n'),
    );
  });

  it('gives the empty string when nothing changed, and leaves unchanged files out', () => {
    expect(unifiedDiff([])).toBe('');
    expect(unifiedDiff([{ path: 'a.txt', before: 'same\n', after: 'same\n' }])).toBe('');
    const patch = unifiedDiff([
      { path: 'a.txt', before: 'same\n', after: 'same\n' },
      { path: 'b.txt', before: 'x. .\n', after: 'x.\n' },
    ]);
    expect(patch).not.toContain('a.txt');
    expect(patch.match(/^diff --git /gm)).toHaveLength(1);
  });

  it('honours the context option', () => {
    const before = 'a\nb\nc\nd\ne\n';
    expect(unifiedDiff([{ path: 'f', before, after: 'a\nb\nC\nd\ne\n' }], { context: 0 })).toBe(
      'diff --git a/f b/f\n--- a/f\n+++ b/f\n@@ -3,1 +3,1 @@\n-c\n+C\n',
    );
  });

  it('round-trips through git apply: several hunks and several files', () => {
    const lines = Array.from({ length: 60 }, (_, i) => `Line ${i} ends here.`);
    const before = lines.join('\n') + '\n';
    const after = lines.map((l, i) => (i % 20 === 5 ? l.replace('here.', 'here') : l)).join('\n') + '\n';
    const patch = expectRoundTrip([
      { path: 'a.txt', before, after },
      { path: 'sub/dir/b.md', before: '# Title\n\nText, , more.\n', after: '# Title\n\nText, more.\n' },
    ]);
    expect(patch.match(/^@@ /gm)).toHaveLength(4);
  });

  it('keeps CRLF line endings byte for byte', () => {
    const before = 'First line.\r\nIn military strategy. .\r\nLast line.\r\n';
    const after = 'First line.\r\nIn military strategy.\r\nLast line.\r\n';
    const patch = expectRoundTrip([{ path: 'crlf.txt', before, after }]);
    expect(patch).toContain('-In military strategy. .\r\n+In military strategy.\r\n');
  });

  it('keeps mixed line endings', () => {
    const before = 'a. .\r\nb\nc, , d\r\ne\n';
    expectRoundTrip([{ path: 'mixed.txt', before, after: 'a.\r\nb\nc, d\r\ne\n' }]);
  });

  it('marks and round-trips a missing final newline', () => {
    const patch = expectRoundTrip([{ path: 'eof.txt', before: 'one\ntwo. .', after: 'one\ntwo.' }]);
    expect(patch).toContain('-two. .\n\\ No newline at end of file\n+two.\n\\ No newline at end of file\n');
    expectRoundTrip([{ path: 'crlf-eof.txt', before: 'one\r\ntwo. .', after: 'one\r\ntwo.' }]);
    expectRoundTrip([{ path: 'add-eol.txt', before: 'one\ntwo', after: 'one\ntwo\n' }]);
    expectRoundTrip([{ path: 'drop-eol.txt', before: 'one\ntwo\n', after: 'one\ntwo' }]);
  });

  it('puts back a byte order mark so that a change on line 1 still applies', () => {
    const change = { path: 'bom.txt', before: 'Strategy. .\r\nMore.\r\n', after: 'Strategy.\r\nMore.\r\n', bom: true };
    const patch = expectRoundTrip([change]);
    expect(patch).toContain('-\uFEFFStrategy. .\r\n+\uFEFFStrategy.\r\n');
    // without the flag the hunk does not match the file on disk
    expect(() => applyWithGit([change], unifiedDiff([{ ...change, bom: false }]), ['--check'])).toThrow();
  });

  it('quotes names as git does: spaces, non-ASCII and quotes', () => {
    const patch = expectRoundTrip([
      { path: 'my notes/first draft.txt', before: 'x. .\n', after: 'x.\n' },
      { path: 'café/naïve.txt', before: 'y, , z\n', after: 'y, z\n' },
      { path: 'say "hi".txt', before: 'w. ,\n', after: 'w.\n' },
    ]);
    expect(patch).toContain('diff --git "a/caf\\303\\251/na\\303\\257ve.txt" "b/caf\\303\\251/na\\303\\257ve.txt"');
    expect(patch).toContain('--- "a/say \\"hi\\".txt"');
  });

  it('drops a leading ./ from paths', () => {
    expect(unifiedDiff([{ path: './a.txt', before: 'x\n', after: 'y\n' }])).toMatch(/^diff --git a\/a\.txt b\/a\.txt\n/);
  });

  it('turns the seed into what fix() gives, also as a CRLF copy with a BOM', () => {
    const fixed = fix(seed).output;
    expect(fixed).not.toBe(seed);
    expectRoundTrip([{ path: 'seed.txt', before: seed, after: fixed }]);
    const crlf = seed.replace(/\n/g, '\r\n');
    const fixedCrlf = fix(crlf).output;
    expect(fixedCrlf).toBe(fixed.replace(/\n/g, '\r\n'));
    expectRoundTrip([{ path: 'seed-crlf.txt', before: crlf, after: fixedCrlf, bom: true }]);
  });
});
