import { chmodSync, readFileSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { BIN, SEED, mtlint, tempTree } from './helpers.js';

const seed = readFileSync(SEED, 'utf8');

describe('mtlint CLI', () => {
  it('prints its version and help', () => {
    const v = mtlint(['--version']);
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const h = mtlint(['--help']);
    expect(h.code).toBe(0);
    expect(h.stdout).toContain('--fix');
    expect(h.stdout).toContain('--format');
  });

  it('reports the seed article in JSON with exact ranges and exits 1', () => {
    const r = mtlint(['--format', 'json', SEED]);
    expect(r.code).toBe(1);
    const [file] = JSON.parse(r.stdout);
    expect(file.filePath).toBe(SEED);
    const byRule = (id: string) => file.messages.filter((m: { ruleId: string }) => m.ruleId === id);
    const doubled = byRule('doubled-period')[0];
    expect(seed.slice(doubled.range[0], doubled.range[1])).toBe('. .');
    expect(seed.slice(doubled.range[0] - 17, doubled.range[0])).toBe('military strategy');
    expect(doubled).toMatchObject({ severity: 2, line: 7, category: 'punctuation' });
    const pc = byRule('period-comma')[0];
    expect(seed.slice(pc.range[0] - 7, pc.range[1] + 4)).toBe('300,000. , The');
    // ESLint's { range, text }, then mtlint's title, kind and edits
    expect(pc.fix).toEqual({ range: pc.range, text: '.', title: 'Keep "."', applicability: 'safe', edits: [{ range: pc.range, text: '.' }] });
    const glued = byRule('missing-space-after-punctuation')[0];
    expect(seed.slice(glued.range[0], glued.range[1])).toBe(']R');
    expect(seed.slice(glued.range[0] - 4, glued.range[1] + 5)).toBe('2021]Russia');
    const quote = byRule('stray-quote').find((m: { range: number[] }) => seed.slice(m.range[0], m.range[1]) === '”');
    expect(seed.slice(quote.range[0] - 5, quote.range[1] + 3)).toBe('used ” In');
    expect(file.errorCount).toBeGreaterThanOrEqual(3);
  });

  it('exits 0 on clean text and prints nothing', () => {
    const dir = tempTree({ 'a.txt': 'The talks ended. The ministry said so.\n' });
    const r = mtlint(['a.txt'], { cwd: dir });
    expect(r).toMatchObject({ code: 0, stdout: '' });
  });

  it('prints compact lines editors read', () => {
    const dir = tempTree({ 'a.txt': 'First line.\nin strategy. .\n' });
    const r = mtlint(['-f', 'compact', 'a.txt'], { cwd: dir });
    expect(r.stdout).toBe('a.txt:2:12: error Doubled period ". .": the sentence already ended. [doubled-period]\n');
    expect(r.code).toBe(1);
  });

  it('underlines the span in stylish output, without colour when piped', () => {
    const dir = tempTree({ 'a.txt': 'in strategy. .\n' });
    const r = mtlint(['a.txt'], { cwd: dir });
    expect(r.stdout).toContain('1:12     error    Doubled period');
    expect(r.stdout).toContain('│ in strategy. .\n    │            ^^^');
    expect(r.stdout).toContain('✖ 1 problem (1 error, 0 warnings)');
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('reads stdin, with --stdin-filename choosing the syntax', () => {
    const md = 'Run `a. .` now. .\n';
    const r = mtlint(['--stdin', '--stdin-filename', 'doc.md', '-f', 'json'], { input: md });
    const [file] = JSON.parse(r.stdout);
    expect(file.messages.map((m: { range: number[] }) => m.range)).toEqual([[14, 17]]);
    const plain = mtlint(['--stdin', '-f', 'json'], { input: md });
    expect(JSON.parse(plain.stdout)[0].messages).toHaveLength(2);
  });

  it('exits 2 with the key path on an invalid severity', () => {
    const dir = tempTree({ '.mtlintrc.json': '{ "rules": { "doubled-period": "loud" } }', 'a.txt': 'x' });
    const r = mtlint(['a.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.mtlintrc.json at "rules.doubled-period": invalid severity "loud"');
  });

  it('exits 2 with "did you mean" on an unknown rule', () => {
    const dir = tempTree({ '.mtlintrc.json': '{ "rules": { "doubled-perod": "off" } }', 'a.txt': 'x' });
    const r = mtlint(['a.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown rule "doubled-perod". Did you mean "doubled-period"?');
  });

  it('gives the line and column of a JSON or YAML syntax error', () => {
    const dir = tempTree({ '.mtlintrc.json': '{\n  "rules": {\n    "doubled-period": "off",\n  }\n}', 'a.txt': 'x' });
    const r = mtlint(['a.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.mtlintrc\.json:4:3: JSON syntax error/);
    const y = tempTree({ '.mtlintrc.yaml': 'rules:\n  doubled-period: [off\n', 'a.txt': 'x' });
    const ry = mtlint(['a.txt'], { cwd: y });
    expect(ry.code).toBe(2);
    expect(ry.stderr).toMatch(/\.mtlintrc\.yaml:\d+:\d+: YAML syntax error/);
  });

  it('exits 2 on a missing file and on a glob that matches nothing', () => {
    const dir = tempTree({ 'a.txt': 'fine.' });
    const missing = mtlint(['nope.txt'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('No such file or folder: "nope.txt"');
    const glob = mtlint(['**/*.md'], { cwd: dir });
    expect(glob.code).toBe(2);
    expect(glob.stderr).toContain('No files matching the pattern "**/*.md"');
  });

  it('recurses into folders for known extensions, skipping node_modules and ignored files', () => {
    const bad = 'strategy. .\n';
    const dir = tempTree({
      'docs/a.md': bad,
      'docs/b.txt': bad,
      'docs/c.html': `<p>${bad}</p>`,
      'docs/d.csv': bad,
      'node_modules/x/e.md': bad,
      'vendor/f.md': bad,
      'gen/g.md': bad,
      '.mtlintignore': 'vendor/\n',
      '.mtlintrc.json': '{ "ignorePatterns": ["gen/**"] }',
    });
    const r = mtlint(['-f', 'json', '.'], { cwd: dir });
    const files = JSON.parse(r.stdout).map((f: { filePath: string }) => f.filePath.slice(dir.length + 1));
    expect(files).toEqual(['docs/a.md', 'docs/b.txt', 'docs/c.html']);
  });

  it('applies --rule, --quiet and --max-warnings', () => {
    const dir = tempTree({ 'a.txt': 'in strategy. .\n' });
    expect(mtlint(['--rule', 'doubled-period:off', 'a.txt'], { cwd: dir }).code).toBe(0);
    const warn = mtlint(['--rule', 'doubled-period:warn', '-f', 'json', 'a.txt'], { cwd: dir });
    expect(warn.code).toBe(0);
    expect(JSON.parse(warn.stdout)[0].warningCount).toBe(1);
    expect(mtlint(['--rule', 'doubled-period:warn', '--max-warnings', '0', 'a.txt'], { cwd: dir }).code).toBe(1);
    const quiet = mtlint(['--rule', 'doubled-period:warn', '--quiet', '-f', 'json', 'a.txt'], { cwd: dir });
    expect(JSON.parse(quiet.stdout)[0].messages).toEqual([]);
  });

  it('applies overrides by glob', () => {
    const dir = tempTree({
      '.mtlintrc.json': JSON.stringify({ overrides: [{ files: ['docs/**/*.md'], rules: { 'doubled-period': 'off' } }] }),
      'docs/a.md': 'x. .\n',
      'b.md': 'x. .\n',
    });
    const r = JSON.parse(mtlint(['-f', 'json', 'docs/a.md', 'b.md'], { cwd: dir }).stdout);
    expect(r.find((f: { filePath: string }) => f.filePath.endsWith('docs/a.md')).messages).toEqual([]);
    expect(r.find((f: { filePath: string }) => f.filePath.endsWith('/b.md')).messages).toHaveLength(1);
  });

  it('honours inline directives and reports unknown rules in them', () => {
    const text = [
      '<!-- mtlint-disable-next-line doubled-period -->',
      'one. .',
      'two. .',
      '<!-- mtlint-disable -->',
      'three. .',
      '<!-- mtlint-enable -->',
      'four. .',
      '<!-- mtlint-disable no-such-rule -->',
    ].join('\n');
    const dir = tempTree({ 'a.txt': text });
    const [file] = JSON.parse(mtlint(['-f', 'json', 'a.txt'], { cwd: dir }).stdout);
    expect(file.messages.map((m: { ruleId: string; line: number }) => `${m.ruleId}@${m.line}`)).toEqual([
      'doubled-period@3',
      'doubled-period@7',
      'mtlint-directive@8',
    ]);
  });

  it('user-defined declarative rules run at their severity', () => {
    const dir = tempTree({
      '.mtlintrc.json': JSON.stringify({
        define: {
          'house/the-masses': { kind: 'substitution', category: 'calque', severity: 'warning', message: "Calque: say '{{expected}}'", swap: { 'the masses': 'the public' } },
          'house/relevant-departments': { kind: 'existence', category: 'calque', severity: 'error', message: "Vague calque '{{match}}'", patterns: ['relevant departments?'] },
        },
      }),
      'a.txt': 'The Masses met the relevant departments.\n',
    });
    const r = mtlint(['-f', 'json', 'a.txt'], { cwd: dir });
    expect(r.code).toBe(1);
    const msgs = JSON.parse(r.stdout)[0].messages;
    expect(msgs.map((m: { ruleId: string; message: string; severity: number; range: number[] }) => [m.ruleId, m.message, m.severity, m.range])).toEqual([
      ['house/the-masses', "Calque: say 'The public'", 1, [0, 10]],
      ['house/relevant-departments', "Vague calque 'relevant departments'", 2, [19, 39]],
    ]);
  });

  it('rejects a catastrophic or invalid user pattern with a clear error', () => {
    const dir = tempTree({
      '.mtlintrc.json': JSON.stringify({ define: { 'house/x': { kind: 'existence', message: 'x', patterns: ['(a)\\1'] } } }),
      'a.txt': 'aaaa',
    });
    const r = mtlint(['a.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('define.house/x.patterns[0]');
    const slow = tempTree({
      '.mtlintrc.json': JSON.stringify({ define: { 'house/y': { kind: 'existence', message: 'y', patterns: ['(a+)+$'] } } }),
      'a.txt': 'a'.repeat(50_000) + 'b',
    });
    const started = Date.now();
    const ok = mtlint(['a.txt'], { cwd: slow });
    expect(ok.code).toBe(0); // RE2 semantics: no backtracking, so the pattern finds nothing, quickly
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it('prints the config that applies to a file', () => {
    const dir = tempTree({ '.mtlintrc.json': '{ "rules": { "doubled-comma": "off", "doubled-period": "warn" } }', 'a.txt': '' });
    const r = mtlint(['--print-config', 'a.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    const cfg = JSON.parse(r.stdout);
    expect(cfg.configFile).toBe(join(dir, '.mtlintrc.json'));
    expect(cfg.rules['doubled-period']).toBe('warn');
    expect(cfg.rules['doubled-comma']).toBeUndefined();
    expect(cfg.rules['period-comma']).toBe('error');
  });

  it('lists rules and shows one rule with its examples', () => {
    const list = mtlint(['rules']);
    expect(list.stdout).toMatch(/^doubled-period +A full stop repeated/m);
    const one = mtlint(['rules', 'doubled-period']);
    expect(one.stdout).toContain('✗ in military strategy. .');
    expect(one.stdout).toContain('✓ Wait . . . what?');
    const bad = mtlint(['rules', 'doubled-perod']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Did you mean "doubled-period"?');
  });

  it('writes a starter config with init, and refuses to overwrite it', () => {
    const dir = tempTree({});
    expect(mtlint(['init'], { cwd: dir }).code).toBe(0);
    const cfg = JSON.parse(readFileSync(join(dir, '.mtlintrc.json'), 'utf8'));
    expect(cfg.extends).toEqual(['mtlint:recommended']);
    expect(mtlint(['init'], { cwd: dir }).code).toBe(2);
    expect(mtlint(['x.txt'], { cwd: dir }).stderr).toContain('No such file');
  });

  it('exits 2 on an unknown option or format', () => {
    expect(mtlint(['--no-such-flag', SEED]).code).toBe(2);
    const f = mtlint(['-f', 'nope', SEED]);
    expect(f.code).toBe(2);
    expect(f.stderr).toContain('unknown format "nope"');
  });

  it('--fix writes fixes atomically and keeps BOM, CRLF and permissions; unchanged files are not rewritten', () => {
    const dir = tempTree({
      'a.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('one. .\r\ntwo, , three\r\n')]),
      'clean.txt': 'Nothing to fix.\n',
    });
    chmodSync(join(dir, 'a.txt'), 0o640);
    utimesSync(join(dir, 'clean.txt'), new Date(2001, 1, 1), new Date(2001, 1, 1));
    const before = statSync(join(dir, 'clean.txt')).mtimeMs;
    const r = mtlint(['--fix', 'a.txt', 'clean.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    const bytes = readFileSync(join(dir, 'a.txt'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe('one.\r\ntwo, three\r\n');
    expect(statSync(join(dir, 'a.txt')).mode & 0o777).toBe(0o640);
    expect(statSync(join(dir, 'clean.txt')).mtimeMs).toBe(before);
  });

  it('--fix-dry-run writes nothing and puts the output in JSON; --stdin --fix prints the fixed text', () => {
    const dir = tempTree({ 'a.txt': 'one. .\n' });
    const r = mtlint(['--fix-dry-run', '-f', 'json', 'a.txt'], { cwd: dir });
    expect(JSON.parse(r.stdout)[0].output).toBe('one.\n');
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('one. .\n');
    const s = mtlint(['--stdin', '--fix'], { input: 'a, , b. .' });
    expect(s.stdout).toBe('a, b.');
  });

  it('reports a file its parser rejects as one fatal parse error at its line, and exits 2', () => {
    const dir = tempTree({ 'bad.po': 'msgid "a"\nmsgstr "b\nmsgid "c"\n', 'ok.txt': 'fine. .\n' });
    const r = mtlint(['-f', 'json', 'bad.po', 'ok.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    const [bad, ok] = JSON.parse(r.stdout);
    expect(bad.messages).toMatchObject([{ ruleId: 'parse-error', fatal: true, severity: 2, line: 3, column: 1 }]);
    expect(bad.messages[0].message).toMatch(/^Cannot parse this file as po: /);
    expect(bad.fatalErrorCount).toBe(1);
    expect(ok.messages).toHaveLength(1);
  });

  it('says why it fails on --max-warnings, refuses --stdin with paths and a bad --jobs, and survives a closed pipe', () => {
    const dir = tempTree({ 'a.txt': 'in strategy. .\n' });
    const r = mtlint(['--rule', 'doubled-period:warn', '--max-warnings', '0', 'a.txt'], { cwd: dir });
    expect(r.stderr).toContain('too many warnings (1); --max-warnings allows 0');
    const both = mtlint(['--stdin', 'a.txt'], { cwd: dir, input: 'x' });
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--stdin reads standard input only');
    expect(mtlint(['--jobs', '0', 'a.txt'], { cwd: dir }).code).toBe(2);
    const piped = spawnSync('sh', ['-c', `node ${JSON.stringify(BIN)} rules | head -1`], { encoding: 'utf8' });
    expect(piped.stderr).not.toContain('EPIPE');
    expect(piped.stdout.split('\n')).toHaveLength(2);
  });

  it('--stdin --fix prints the fixed text and what it could not fix to stderr', () => {
    const r = mtlint(['--stdin', '--fix'], { input: 'He said ” hi. . ok' });
    expect(r.stdout).toBe('He said ” hi. ok');
    expect(r.stderr).toMatch(/^<stdin>:1:9: error Stray closing quote.*\[stray-quote\]$/m);
  });

  it('skips binary files with a warning naming them', () => {
    const dir = tempTree({ 'bin.txt': Buffer.from([0x00, 0x01, 0x02, 0x41]), 'a.txt': 'fine.\n' });
    const r = mtlint(['bin.txt', 'a.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('skipped bin.txt');
  });

  it('reports invalid UTF-8 at its position and does not fix the file', () => {
    const dir = tempTree({ 'a.txt': Buffer.concat([Buffer.from('ok. .\nbad '), Buffer.from([0xff, 0xfe]), Buffer.from(' end\n')]) });
    const r = mtlint(['-f', 'json', '--fix', 'a.txt'], { cwd: dir });
    const msgs = JSON.parse(r.stdout)[0].messages;
    expect(msgs.filter((m: { ruleId: string }) => m.ruleId === 'invalid-utf8').map((m: { line: number; column: number }) => [m.line, m.column])).toEqual([[2, 5], [2, 6]]);
    expect(readFileSync(join(dir, 'a.txt'))[4]).toBe(0x2e);
    expect(r.code).toBe(1);
  });
});
