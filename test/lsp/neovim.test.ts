import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT, SERVER } from './client.js';

const hasNvim = spawnSync('nvim', ['--version'], { stdio: 'ignore' }).status === 0;
const byteColumn = (line: string, utf16: number): number => Buffer.byteLength(line.slice(0, utf16));

interface Snapshot {
  lnum: number;
  col: number;
  end_col: number;
  code: string;
  message: string;
  source: string;
}

// Neovim's built-in LSP client is a real editor: it converts our UTF-16 positions to byte columns itself.
describe.skipIf(!hasNvim)('in Neovim (headless)', () => {
  let dir: string;
  beforeAll(() => {
    ensureBuilt();
    dir = mkdtempSync(join(tmpdir(), 'mtlint-nvim-'));
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('shows the diagnostics after emoji at the right columns, applies a quick fix and writes the file', () => {
    const file = join(dir, 'emoji.txt');
    copyFileSync(join(ROOT, 'test/fixtures/lsp/emoji.txt'), file);
    const text = readFileSync(file, 'utf8');
    const out = join(dir, 'out.json');
    const run = spawnSync('nvim', ['--headless', '-n', '-i', 'NONE', '-u', 'NONE', '-c', `luafile ${join(ROOT, 'test/lsp/nvim/check.lua')}`], {
      cwd: dir,
      env: { ...process.env, MTLINT_SERVER: SERVER, MTLINT_FILE: file, MTLINT_RULE: 'doubled-period', MTLINT_OUT: out, XDG_STATE_HOME: dir, XDG_CACHE_HOME: dir },
      timeout: 90_000,
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    const result = JSON.parse(readFileSync(out, 'utf8')) as { error?: string; before: Snapshot[]; after: Snapshot[]; titles: string[]; applied: string };
    expect(result.error).toBeUndefined();

    const line = text.replace(/\n$/, '');
    const period = line.indexOf('. .');
    const pick = (list: Snapshot[], code: string): Snapshot[] => list.filter((d) => d.code === code);
    expect(pick(result.before, 'doubled-period')).toEqual([
      { lnum: 0, col: byteColumn(line, period), end_col: byteColumn(line, period + 3), code: 'doubled-period', source: 'mtlint', message: 'Doubled period ". .": the sentence already ended.' },
    ]);
    expect(result.titles).toEqual(['Remove the extra period (doubled-period)', 'Disable doubled-period for this line']);
    expect(result.applied).toBe('Remove the extra period (doubled-period)');

    const fixed = text.replace('strategy. .', 'strategy.');
    expect(readFileSync(file, 'utf8')).toBe(fixed);
    expect(pick(result.after, 'doubled-period')).toEqual([]);
    const comma = fixed.indexOf(',,');
    expect(pick(result.after, 'doubled-comma').map((d) => [d.lnum, d.col, d.end_col])).toEqual([[0, byteColumn(fixed, comma), byteColumn(fixed, comma + 2)]]);
  }, 120_000);
});
