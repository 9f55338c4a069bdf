import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareNumbers, numberFacts, type NumberFacts, type NumberToken } from '../../src/bilingual/numbers.js';

/** The definition, one search per source number: the first free target number sharing a value. */
function reference(source: NumberFacts, target: NumberFacts): { missing: NumberToken[]; extra: NumberToken[] } {
  const used = new Set<NumberToken>();
  const missing: NumberToken[] = [];
  for (const s of source.digits) {
    const t = target.digits.find((x) => !used.has(x) && x.values.some((v) => s.values.includes(v)));
    if (t) used.add(t);
    else if (!s.values.some((v) => target.spelled.has(v))) missing.push(s);
  }
  return { missing, extra: target.digits.filter((t) => !used.has(t) && !t.values.some((v) => source.spelled.has(v))) };
}

describe('compareNumbers', () => {
  it('pairs numbers as the one-by-one search does', () => {
    const number = fc.oneof(fc.integer({ min: 0, max: 30 }).map(String), fc.constantFrom('1,5', '1.5', '3万', 'two', '2.0', '1,000', '15'));
    const text = fc.array(number, { maxLength: 12 }).map((ns) => ns.join(' and '));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const s = numberFacts(a);
        const t = numberFacts(b);
        expect(compareNumbers(s, t)).toEqual(reference(s, t));
      }),
      { numRuns: 500 },
    );
  });

  it('reports the one number changed among 100,000 (one pass, not one search per number)', () => {
    const source = Array.from({ length: 100_000 }, (_, i) => String(i)).join(' ');
    const target = source.replace(/\b4242\b/, '4243');
    const { missing, extra } = compareNumbers(numberFacts(source), numberFacts(target));
    expect(missing.map((n) => n.text)).toEqual(['4242']);
    // the target now has 4243 twice: one of them has no partner
    expect(extra.map((n) => n.text)).toEqual(['4243']);
  });
});
