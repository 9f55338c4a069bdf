import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { chunkPieces, lint, lintPieces } from '../../src/engine/lint.js';
import { SEED } from '../cli/helpers.js';

const seed = readFileSync(SEED, 'utf8');
/** About 5 MB of the seed article: over the size from which plain text is linted in pieces. */
const big = seed.repeat(Math.ceil((5 << 20) / seed.length));

/** Splits a text into parts of the given sizes (cycled), as a file read in blocks arrives. */
function parts(text: string, sizes: number[]): string[] {
  const out: string[] = [];
  for (let i = 0, k = 0; i < text.length; k++) {
    const n = sizes[k % sizes.length];
    out.push(text.slice(i, i + n));
    i += n;
  }
  return out;
}

describe('lintPieces', () => {
  it('gives the same pieces however the text arrives', () => {
    const whole = [...chunkPieces([big])];
    expect(whole.length).toBeGreaterThan(3);
    expect(whole.join('')).toBe(big);
    // every piece but the last ends at a paragraph break
    for (const p of whole.slice(0, -1)) expect(p).toMatch(/\n[ \t]*\n$/);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 3 << 20 }), { minLength: 1, maxLength: 4 }), (sizes) => {
        expect([...chunkPieces(parts(big, sizes))]).toEqual(whole);
      }),
      { numRuns: 12 },
    );
  });

  it('finds what lint finds on the whole text, at the same places, and counts the words', () => {
    const expected = lint(big, { syntax: 'text' });
    const { diagnostics, wordCount } = lintPieces(parts(big, [1 << 20]));
    expect(diagnostics).toEqual(expected);
    expect(diagnostics.filter((d) => d.ruleId === 'doubled-period').length).toBe(2 * Math.ceil((5 << 20) / seed.length));
    // positions in the last piece are counted from the start of the whole text
    const last = diagnostics[diagnostics.length - 1];
    expect(last.line).toBeGreaterThan(big.split('\n').length - 30);
    expect(big.slice(last.range[0], last.range[1])).toBe(seed.slice(last.range[0] % seed.length, (last.range[0] % seed.length) + (last.range[1] - last.range[0])));
    expect(wordCount).toBe(wordsOf(big));
  });

  it('never cuts a surrogate pair or a CR LF when a piece has no break to end at', () => {
    const emoji = '😀'.repeat(1_600_000); // 3.2 M code units, no break at all
    const pieces = [...chunkPieces([emoji])];
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) expect(p.length % 2).toBe(0);
    const crlf = `${'a'.repeat((1 << 20) * 2 - 1)}\r\n${'b'.repeat(1 << 20)}`;
    for (const p of chunkPieces([crlf])) expect(p.endsWith('\r')).toBe(false);
  });
});

/** Word count as the document's tokenizer gives it. */
function wordsOf(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

describe('lintPieces on texts near the size where cutting starts', () => {
  it('lints a stream of up to 4 M characters as one document, as lint does', () => {
    // 3 M characters (more than 4 MB as UTF-8): one document for lint, so one for lintPieces too
    const cyrillic = 'Министерство заявило, что переговоры закончились. The talks ended in Geneva. . ';
    const text = cyrillic.repeat(Math.floor(3_000_000 / cyrillic.length));
    const { diagnostics } = lintPieces(parts(text, [1 << 20]), { syntax: 'text' });
    expect(diagnostics).toEqual(lint(text, { syntax: 'text' }));
    expect(diagnostics.filter((d) => d.ruleId === 'doubled-period').length).toBe(Math.floor(3_000_000 / cyrillic.length));
  });

  it('cuts CRLF text at its paragraph breaks', () => {
    const crlf = big.replace(/\n/g, '\r\n');
    const pieces = [...chunkPieces([crlf])];
    expect(pieces.join('')).toBe(crlf);
    for (const p of pieces.slice(0, -1)) expect(p).toMatch(/\r\n[ \t]*\r\n$/);
  });

  it('never takes the single CR LF of a wrapped line for a paragraph break', () => {
    // paragraphs of lines wrapped at about 70 characters, one CR LF each: only CR LF CR LF ends a paragraph
    const wrapped = big.replace(/(.{60,70}?) /g, '$1\n').replace(/\n/g, '\r\n');
    const pieces = [...chunkPieces([wrapped])];
    expect(pieces.join('')).toBe(wrapped);
    expect(pieces.length).toBeGreaterThan(2);
    for (const p of pieces.slice(0, -1)) expect(p).toMatch(/\r\n[ \t]*\r\n$/);
  });
});
