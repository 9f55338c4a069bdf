import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT, SERVER } from './client.js';

const hasEglot = spawnSync('emacs', ['--batch', '--eval', "(require 'eglot)"], { stdio: 'ignore' }).status === 0;

// Emacs counts positions in characters (code points): eglot converts our UTF-16 columns itself.
describe.skipIf(!hasEglot)('in Emacs with eglot (batch)', () => {
  let dir: string;
  beforeAll(() => {
    ensureBuilt();
    dir = mkdtempSync(join(tmpdir(), 'mtlint-eglot-'));
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('shows the diagnostics after emoji at the right characters and applies a quick fix', () => {
    const file = join(dir, 'emoji.txt');
    copyFileSync(join(ROOT, 'test/fixtures/lsp/emoji.txt'), file);
    const text = readFileSync(file, 'utf8');
    const run = spawnSync('emacs', ['--batch', '-l', join(ROOT, 'test/lsp/emacs/check.el')], {
      cwd: dir,
      env: { ...process.env, MTLINT_SERVER: SERVER, MTLINT_FILE: file, HOME: dir },
      timeout: 90_000,
      encoding: 'utf8',
    });
    const lines = run.stdout.split('\n');
    const chars = (utf16: number): number => [...text.slice(0, utf16)].length;
    const period = text.indexOf('. .');
    expect(lines).toContain(`DIAG eglot-error ${chars(period)} ${chars(period + 3)} mtlint [doubled-period]: Doubled period ". .": the sentence already ended.`);
    expect(lines.filter((l) => l.startsWith('ACTION '))).toEqual(['ACTION Remove the extra period (doubled-period)', 'ACTION Disable doubled-period for this line']);
    expect(lines).toContain('SAVED');
    expect(readFileSync(file, 'utf8')).toBe(text.replace('strategy. .', 'strategy.'));
  }, 120_000);
});
