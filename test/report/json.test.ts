import { describe, expect, it } from 'vitest';
import jsonReporter from '../../src/report/json.js';
import type { Diagnostic } from '../../src/types.js';

const ctx = { cwd: '/', color: false, rules: new Map(), version: '0' };
const base: Omit<Diagnostic, 'range' | 'fix' | 'suggestions'> = { ruleId: 'r', category: 'punctuation', severity: 'error', message: 'm', line: 1, column: 1, endLine: 1, endColumn: 2 };

describe('json reporter', () => {
  const source = 'Say “hello” now.';
  const quotes = { title: 'Straight quotes', applicability: 'suggest' as const, edits: [{ range: [4, 5] as [number, number], text: '"' }, { range: [10, 11] as [number, number], text: '"' }] };
  const results = [
    {
      filePath: '/a.txt',
      source,
      diagnostics: [
        { ...base, range: [4, 11] as [number, number], fix: { ...quotes, applicability: 'safe' as const } },
        { ...base, range: [4, 11] as [number, number], suggestions: [quotes] },
      ],
    },
  ];
  const [file] = JSON.parse(jsonReporter(results, ctx));

  it('writes a fix of several edits as ESLint does, one range and its new text, beside the edits', () => {
    expect(file.messages[0].fix).toEqual({ range: [4, 11], text: '"hello"', title: 'Straight quotes', applicability: 'safe', edits: quotes.edits });
    expect(file.fixableErrorCount).toBe(1);
  });

  it('writes suggestions with ESLint\'s desc and fix', () => {
    expect(file.messages[1].suggestions).toEqual([{ desc: 'Straight quotes', fix: { range: [4, 11], text: '"hello"' }, ...quotes }]);
  });

  it('applying the ESLint edit gives the text the separate edits give', () => {
    const { range, text } = file.messages[0].fix;
    expect(source.slice(0, range[0]) + text + source.slice(range[1])).toBe('Say "hello" now.');
  });
});
