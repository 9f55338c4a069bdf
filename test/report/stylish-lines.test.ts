import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLines } from '../../src/cli/read.js';
import { lint } from '../../src/engine/lint.js';
import stylish from '../../src/report/stylish.js';
import { builtinRules } from '../../rules/index.js';
import { LineIndex } from '../../src/text/line-index.js';

const dir = mkdtempSync(join(tmpdir(), 'mtlint-lines-'));

describe('quoting a streamed file line by line', () => {
  it('reads the asked lines as LineIndex splits the text, whatever the pieces (CR LF across a cut, lone CR, no final break)', () => {
    const unit = fc.constantFrom('a', 'b', 'é', '中', '😀', ' ', '\n', '\r', '\r\n', '\n\n', 'x. .');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 60 }), fc.integer({ min: 1, max: 7 }), fc.integer({ min: 0, max: 1000 }), (parts, piece, n) => {
        const text = parts.join('');
        const file = join(dir, `t${n}.txt`);
        writeFileSync(file, text);
        const index = new LineIndex(text);
        const wanted = new Set([1, 2, 3, index.lineCount, index.lineCount + 1].filter((l) => l % 2 === 1 || l === index.lineCount));
        const expected = new Map([...wanted].filter((l) => l <= index.lineCount).map((l) => [l, text.slice(index.lineStart(l - 1), index.lineEnd(l - 1))]));
        expect(readLines(file, wanted, piece)).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });

  it('prints the same report from the lines with problems as from the whole text', () => {
    const text = 'First line. .\r\nSecond line with 300,000. , The total\rThird\n\nSee also  Sexual testing in 中文，here. .';
    const file = join(dir, 'report.txt');
    writeFileSync(file, text);
    const diagnostics = lint(text, { syntax: 'text' });
    expect(diagnostics.length).toBeGreaterThan(3);
    const ctx = { cwd: dir, color: false, rules: builtinRules, version: 'test' };
    const whole = stylish([{ filePath: file, source: text, diagnostics, wordCount: 17 }], ctx);
    const lineTexts = readLines(file, new Set(diagnostics.map((d) => d.line)));
    const byLine = stylish([{ filePath: file, source: '', lineTexts, diagnostics, wordCount: 17 }], ctx);
    expect(byLine).toBe(whole);
    expect(byLine).toContain('│ Second line with 300,000. , The total');
  });
});
