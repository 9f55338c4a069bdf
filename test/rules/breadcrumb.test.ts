import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import rule, { strongTrail } from '../../rules/breadcrumb.js';
import { lintWithRule, runRuleTests } from '../rule-tester.js';

/** A fixed seed keeps CI reproducible; FC_SEED=random (or a number) explores other inputs locally. */
const SEED = process.env.FC_SEED === 'random' ? Date.now() : Number(process.env.FC_SEED ?? 20261201);
/** What strongTrail decides, as a backtracking pattern (quadratic or worse in runs of spaces: short inputs only). */
const STRONG_TRAIL_PATTERN = /^[^»›→\n]{1,40}(?:\s*(?:[»›→]|>>|&gt;)\s*[^»›→\n]{1,60}){2,}$/u;

describe('breadcrumb', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        "Home is where the heart is.",
        "Home > Away in the table means the hosts scored more.",
        "Prices: 10 → 20 → 30 in three years, a steep rise for families.",
      ],
      invalid: [
        { text: "Home » News » World\n\nThe talks ended in Geneva on Monday.", errors: [{ range: [0,19], messageId: 'trail', suggestion: "The talks ended in Geneva on Monday." }] },
        { text: "Current location: Home > Politics > Diplomacy", errors: [{ range: [0,45], messageId: 'trail', suggestion: "" }] },
        { text: "News › China › Economy", errors: [{ range: [0,22], messageId: 'trail', suggestion: "" }] },
        { text: "Talks ended.\n\nHome > Society > Education", errors: [{ range: [14,40], messageId: 'trail', suggestion: "Talks ended." }] },
        { text: `News »${' '.repeat(100)}World » Asia`, errors: [{ range: [0, 118], message: 'Scraped navigation trail "News »…": page chrome, not part of the text.' }] },
      ],
    }));

  it('reads a separator followed by a long run of spaces in linear time', () => {
    // a backtracking pattern tried every way to share the spaces out: minutes for this line
    expect(lintWithRule(rule, `a » ${' '.repeat(20000)}b`)).toEqual([]);
    expect(lintWithRule(rule, `News »${' '.repeat(20000)}World » Asia`)).toHaveLength(1);
  });

  it('decides a strong-separator trail as the pattern does, crumb lengths included', () => {
    const crumbs = (first: number, middle: number, last: number, sep = ' » '): string => `${'x'.repeat(first)}${sep}${'y'.repeat(middle)}${sep}${'z'.repeat(last)}`;
    for (const [first, middle, last, sep] of [[40, 60, 60, ' » '], [41, 1, 1, ' » '], [1, 61, 1, ' » '], [1, 1, 61, ' » '], [1, 1, 1, '>>'], [3, 3, 3, ' &gt; '], [0, 1, 1, '»']] as const) {
      const text = crumbs(first, middle, last, sep);
      expect(strongTrail(text), text).toBe(STRONG_TRAIL_PATTERN.test(text));
    }
    expect(strongTrail('a » » b')).toBe(true);
    expect(strongTrail('a »» b')).toBe(false);
    expect(strongTrail('𝐀𝐀 » 😀 › x')).toBe(true);
    const piece = fc.constantFrom('a', 'News', 'xxxxxxxxxx', ' ', ' ', '\t', '\u00a0', '\u3000', '\n', '»', '›', '→', '>', '>>', '&gt;', '&', 'g', 't', ';', '.', '1', '😀', '\ud800', ' » ', ' > ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
        const text = pieces.join('');
        expect(strongTrail(text)).toBe(STRONG_TRAIL_PATTERN.test(text));
      }),
      { numRuns: 3000, seed: SEED },
    );
  });
});
