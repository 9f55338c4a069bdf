import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstAtOrAfter } from '../../src/text/search.js';

describe('firstAtOrAfter', () => {
  it('finds what a scan from the start finds, in arrays and typed arrays, within the first count values', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (values, x) => {
        const sorted = [...values].sort((a, b) => a - b);
        const scan = sorted.findIndex((v) => v >= x);
        expect(firstAtOrAfter(sorted, x)).toBe(scan < 0 ? sorted.length : scan);
        const typed = Int32Array.from([...sorted, 1000, 1000]);
        expect(firstAtOrAfter(typed, x, sorted.length)).toBe(scan < 0 ? sorted.length : scan);
      }),
      { numRuns: 300 },
    );
  });
});
