import { readFileSync } from 'node:fs';
import { diffLines } from 'diff';
import { describe, expect, it } from 'vitest';
import type { ResolvedConfig } from '../../src/config/resolve.js';
import type { Config } from '../../src/config/types.js';
import { defineRule } from '../../src/engine/define-rule.js';
import { applyFixes, editsConflict, fix } from '../../src/engine/fix.js';
import type { Fix, Rule } from '../../src/types.js';

const seed = readFileSync(new URL('../fixtures/seed.txt', import.meta.url), 'utf8');

/** A configuration holding exactly these rules, at error severity. */
function only(...rules: Rule[]): ResolvedConfig {
  return { rules: rules.map((rule) => ({ rule, severity: 'error' as const, options: {} })), sourceLanguage: 'auto', known: new Set(rules.map((r) => r.id)) };
}

/** A test rule that replaces every match of `re` in the prose by `replace(match)` as a safe fix. */
function replaceRule(id: string, re: RegExp, replace: (m: string) => string): Rule {
  return defineRule({
    id,
    meta: { description: id, category: 'other', defaultSeverity: 'error', fixable: 'safe', preset: 'all', messages: { m: 'm' } },
    docs: { why: id, valid: [], invalid: [] },
    check(ctx) {
      for (const m of ctx.doc.prose.matchAll(re)) {
        const start = m.index;
        const end = start + m[0].length;
        ctx.report({ range: [start, end], messageId: 'm', fix: { title: id, edits: [{ range: [start, end], text: replace(m[0]) }] } });
      }
    },
  });
}

const safe = (title: string, ...edits: Array<[number, number, string]>): Fix => ({
  title,
  applicability: 'safe',
  edits: edits.map(([s, e, text]) => ({ range: [s, e], text })),
});

describe('fix on the seed article', () => {
  const result = fix(seed);

  it('removes the two doubled periods and the period-comma and changes nothing else', () => {
    const expected = seed
      .replace('trust in military strategy. .\n', 'trust in military strategy.\n')
      .replace('coping with external challenges. . Alexander', 'coping with external challenges. Alexander')
      .replace('no less than 300,000. , The total', 'no less than 300,000. The total');
    expect(expected).not.toBe(seed);
    expect(result.output).toBe(expected);
    // the same, line by line: three lines changed, every other line kept
    const changes = diffLines(seed, result.output).filter((c) => c.added || c.removed);
    expect(changes.map((c) => [c.added ? '+' : '-', c.count])).toEqual([['-', 1], ['+', 1], ['-', 1], ['+', 1], ['-', 1], ['+', 1]]);
    expect(result).toMatchObject({ changed: true, converged: true, passes: 1 });
  });

  it('applies one short titled safe fix per problem and reports what is left', () => {
    expect(result.applied.map((f) => [f.title, f.applicability, f.edits])).toEqual([
      ['Remove the extra period', 'safe', [{ range: [977, 979], text: '' }]],
      ['Remove the extra period', 'safe', [{ range: [8067, 8069], text: '' }]],
      ['Keep "."', 'safe', [{ range: [15456, 15459], text: '.' }]],
    ]);
    expect(result.remaining.filter((d) => d.fix)).toEqual([]);
  });

  it('changes nothing more when run again', () => {
    const again = fix(result.output);
    expect(again).toMatchObject({ output: result.output, changed: false, converged: true, passes: 0, applied: [] });
  });

  it('fixes a CRLF copy the same way and keeps its line endings', () => {
    const crlf = seed.replace(/\n/g, '\r\n');
    expect(fix(crlf).output).toBe(result.output.replace(/\n/g, '\r\n'));
  });

  it('keeps the case of what a substitution replaces', () => {
    const config: Config = { define: { 'house/sexual-testing': { kind: 'substitution', message: 'Calque "{{match}}": write "{{expected}}".', swap: { 'sexual testing': 'probing' }, safe: true } } };
    const fixed = fix(seed, { config });
    expect(fixed.output).toContain('as effective force. Probing is an attempt');
    expect(fixed.applied.find((f) => f.title.startsWith('Replace'))?.title).toBe('Replace with "Probing"');
    expect(fix('SEXUAL TESTING. sexual testing. Sexual Testing.', { config }).output).toBe('PROBING. probing. Probing.');
  });
});

describe('applyFixes: which edits go together in one pass', () => {
  const text = 'abcdefgh';

  it('applies edits that only touch, and defers overlapping ones', () => {
    const touching = applyFixes(text, [safe('first', [0, 3, 'X']), safe('second', [3, 6, 'Y'])]);
    expect(touching).toMatchObject({ output: 'XYgh', deferred: [] });
    expect(touching.applied.map((f) => f.title)).toEqual(['first', 'second']);
    const overlapping = applyFixes(text, [safe('later', [2, 5, 'Y']), safe('earlier', [1, 4, 'X'])]);
    expect(overlapping.output).toBe('aXefgh');
    expect(overlapping.applied.map((f) => f.title)).toEqual(['earlier']);
    expect(overlapping.deferred.map((f) => f.title)).toEqual(['later']);
  });

  it('defers an insertion that touches or falls inside another edit, and a second insertion at the same offset', () => {
    expect(editsConflict({ range: [3, 3], text: '!' }, { range: [0, 3], text: 'X' })).toBe(true);
    expect(editsConflict({ range: [3, 3], text: '!' }, { range: [3, 5], text: 'X' })).toBe(true);
    expect(editsConflict({ range: [3, 3], text: '!' }, { range: [3, 3], text: '?' })).toBe(true);
    expect(editsConflict({ range: [3, 3], text: '!' }, { range: [4, 4], text: '?' })).toBe(false);
    expect(editsConflict({ range: [0, 3], text: '' }, { range: [3, 5], text: '' })).toBe(false);
    const r = applyFixes(text, [safe('insert', [3, 3, '!']), safe('again', [3, 3, '?']), safe('replace', [1, 3, 'BC'])]);
    expect(r.output).toBe('aBCdefgh');
    expect(r.deferred.map((f) => f.title)).toEqual(['insert', 'again']);
  });

  it('applies a fix with several edits whole or not at all', () => {
    const r = applyFixes(text, [safe('pair', [0, 1, 'A'], [6, 7, 'G']), safe('clash', [2, 3, 'C'], [6, 8, ''])]);
    expect(r.output).toBe('AbcdefGh');
    expect(r.deferred.map((f) => f.title)).toEqual(['clash']);
  });

  it('defers fixes whose ranges lie outside the text instead of throwing', () => {
    const r = applyFixes(text, [safe('outside', [6, 20, '']), safe('reversed', [5, 2, '']), safe('fine', [0, 1, 'A'])]);
    expect(r.output).toBe('Abcdefgh');
    expect(r.deferred.map((f) => f.title)).toEqual(['reversed', 'outside']);
  });
});

describe('fix: passes, convergence and cycles', () => {
  it('defers the second of two overlapping real fixes to the next pass', () => {
    // doubled-period [8, 11) and period-comma [10, 13) overlap on the middle period
    const r = fix('It ended. . , and then');
    expect(r.output).toBe('It ended, and then');
    expect(r.passes).toBe(2);
    expect(r.applied.map((f) => f.title)).toEqual(['Remove the extra period', 'Keep ","']);
    expect(r.converged).toBe(true);
  });

  it('defers an insertion touching a replacement to the next pass', () => {
    const upper = replaceRule('test/upper', /wow/g, (m) => m.toUpperCase());
    const bang = defineRule({
      id: 'test/bang',
      meta: { description: 'bang', category: 'punctuation', defaultSeverity: 'error', fixable: 'safe', preset: 'all', messages: { m: 'm' } },
      docs: { why: 'bang', valid: [], invalid: [] },
      check(ctx) {
        for (const m of ctx.doc.prose.matchAll(/wow(?!!)/gi)) {
          const end = m.index + 3;
          ctx.report({ range: [m.index, end], messageId: 'm', fix: { title: 'Add "!"', edits: [{ range: [end, end], text: '!' }] } });
        }
      },
    });
    const r = fix('wow', { resolved: only(upper, bang) });
    expect(r).toMatchObject({ output: 'WOW!', passes: 2, converged: true });
    expect(r.applied.map((f) => f.title)).toEqual(['test/upper', 'Add "!"']);
  });

  it('re-lints until stable', () => {
    const squash = replaceRule('test/squash', /!!/g, () => '!');
    const r = fix('Stop!!!!!!!! Now.', { resolved: only(squash) });
    expect(r).toMatchObject({ output: 'Stop! Now.', passes: 3, converged: true });
  });

  it('stops after maxPasses when the text never settles', () => {
    const grow = replaceRule('test/grow', /x+$/g, (m) => m + 'x');
    expect(fix('x', { resolved: only(grow) })).toMatchObject({ output: 'x'.repeat(11), passes: 10, converged: false });
    expect(fix('x', { resolved: only(grow), maxPasses: 3 })).toMatchObject({ output: 'xxxx', passes: 3, converged: false });
  });

  it('stops on a cycle between two spellings set up in the config', () => {
    const config: Config = { extends: [], define: { 'house/colour': { kind: 'substitution', message: 'Use "{{expected}}".', swap: { colour: 'color', color: 'colour' }, safe: true } } };
    const r = fix('The Colour of COLOUR and colour.', { config });
    expect(r).toMatchObject({ output: 'The Color of COLOR and color.', passes: 2, converged: false, changed: true });
    expect(r.remaining.map((d) => d.ruleId)).toEqual(['house/colour', 'house/colour', 'house/colour']);
  });

  it('stops on a longer cycle', () => {
    const rotate = replaceRule('test/rotate', /[abc]/g, (m) => ({ a: 'b', b: 'c', c: 'a' })[m]!);
    expect(fix('a', { resolved: only(rotate) })).toMatchObject({ output: 'c', passes: 3, converged: false });
  });

  it('applies suggestions only when asked', () => {
    const config: Config = { extends: [], define: { 'house/calque': { kind: 'substitution', message: 'Calque.', swap: { 'sexual testing': 'probing' } } } };
    const text = 'Sexual testing is an attempt. .';
    expect(fix(text, { config }).output).toBe(text);
    expect(fix(text, { config, fixType: 'suggestion' }).output).toBe('Probing is an attempt. .');
    const withDefaults: Config = { ...config, extends: ['mtlint:recommended'] };
    expect(fix(text, { config: withDefaults, fixType: 'all' }).output).toBe('Probing is an attempt.');
    expect(fix(text, { config: withDefaults }).output).toBe('Sexual testing is an attempt.');
  });

  it('still reports what it could not fix', () => {
    const config: Config = { define: { 'house/sexual': { kind: 'existence', message: 'Check "{{match}}".', phrases: ['sexual testing'] } }, rules: { 'nonsense-calque': 'off' } };
    const r = fix('Sexual testing. . Done.', { config });
    expect(r.output).toBe('Sexual testing. Done.');
    expect(r.remaining.map((d) => [d.ruleId, d.range])).toEqual([['house/sexual', [0, 14]]]);
  });
});
