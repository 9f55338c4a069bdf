import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/resolve.js';
import { applyFixes, chooseFix, fix, type FixType } from '../../src/engine/fix.js';
import { lint } from '../../src/engine/lint.js';
import type { Diagnostic, Edit, Fix } from '../../src/types.js';

const NUM_RUNS = 200;
/** A fixed seed keeps CI reproducible; FC_SEED=random (or a number) explores other inputs locally. */
const SEED = process.env.FC_SEED === 'random' ? Date.now() : Number(process.env.FC_SEED ?? 20261201);

/** Every rule, so that the properties cover all of them. */
const all = resolveConfig({ extends: ['mtlint:all'] });

const words = fc.constantFrom('the', 'plan', 'failed', 'strategy', 'Russia', 'China', 'budget', 'army', 'is', 'and', 'of', 'Germany', 'it', 'it', 'was', 'was');
const garble = fc.constantFrom('. .', '. ,', ', ,', ', .', '..', '.,', ',,', '. . ,', ' .', ' ,', '。', '，', '、', '：', '；', '！', '？', '（', '）', '「', '」', '\u3000', 'Ｃ', '１');
const lookAlikes = fc.constantFrom('U.S.', 'e.g.,', 'Inc.,', '3.14', '1,000.50', '. . .', '...', '…', 'https://example.com/a..b', 'a@b.co', '"Yes."', '“No,”', '(1)', '1.');
const oddUnicode = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 4 }),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  fc.constantFrom('\u0301', 'e\u0301', '\u0308', '😀', '👍🏽', '👨‍👩‍👧', '🇫🇷', '\u200b', '\ufeff', '\u00a0', 'Ã©', '\u2028', '\t', '\0'),
  // right-to-left text and bidi controls
  fc.constantFrom('مرحبا بالعالم', 'שלום.', '\u202e', '\u2067', 'السلام. .'),
);
/** A very long line: one word or mark repeated, with no break. */
const longLine = fc.tuple(fc.constantFrom('word ', 'the the ', '. ', '“', 'a,', '中文'), fc.integer({ min: 500, max: 3000 })).map(([w, n]) => w.repeat(n));
const breaks = fc.constantFrom('\n', '\r\n', '\r', '\n\n', '\r\n\r\n', ' \n');
const fragment = fc.oneof(
  { weight: 8, arbitrary: words },
  { weight: 6, arbitrary: fc.constant(' ') },
  { weight: 3, arbitrary: fc.constantFrom('.', ',', '. ', ', ', '! ', '? ') },
  { weight: 3, arbitrary: garble },
  { weight: 2, arbitrary: words.map((w) => `${w} ${w}`) },
  { weight: 2, arbitrary: lookAlikes },
  { weight: 2, arbitrary: oddUnicode },
  { weight: 2, arbitrary: breaks },
  { weight: 1, arbitrary: longLine },
);
/** Text that looks like MT output with garble, odd Unicode and mixed line breaks. */
const garbledText = fc.array(fragment, { maxLength: 60 }).map((parts) => parts.join(''));
const fixType = fc.constantFrom<FixType>('safe', 'suggestion', 'all');

const edgesOf = (d: Diagnostic): Edit[] => [d.fix, ...(d.suggestions ?? [])].flatMap((f) => f?.edits ?? []);

/** Applies non-overlapping edits from the end backwards: an implementation independent of applyFixes. */
function spliceBackwards(text: string, fixes: Fix[]): string {
  const edits = fixes.flatMap((f) => f.edits).sort((a, b) => b.range[0] - a.range[0] || b.range[1] - a.range[1]);
  let out = text;
  for (const e of edits) out = out.slice(0, e.range[0]) + e.text + out.slice(e.range[1]);
  return out;
}

describe('fixing random garbled text', () => {
  it('lint never throws and every range, fix and suggestion lies inside the text', () => {
    fc.assert(
      fc.property(garbledText, (text) => {
        const diagnostics = lint(text, { resolved: all });
        expect(diagnostics.filter((d) => d.fatal).map((d) => d.message)).toEqual([]);
        for (const d of diagnostics) {
          for (const [s, e] of [d.range, ...edgesOf(d).map((x) => x.range)]) {
            expect(Number.isInteger(s) && Number.isInteger(e) && 0 <= s && s <= e && e <= text.length, `${d.ruleId} [${s}, ${e}) in a text of ${text.length}`).toBe(true);
          }
          expect(d.line >= 1 && d.column >= 1 && d.endLine >= d.line, `${d.ruleId} position`).toBe(true);
        }
      }),
      { numRuns: NUM_RUNS, seed: SEED },
    );
  });

  it('one pass changes only the text inside the edits it applies, and defers the rest', () => {
    fc.assert(
      fc.property(garbledText, fixType, (text, type) => {
        const fixes = lint(text, { resolved: all }).map((d) => chooseFix(d, type)).filter((f): f is Fix => f !== undefined);
        const { output, applied, deferred } = applyFixes(text, fixes);
        expect(applied.length + deferred.length).toBe(fixes.filter((f) => f.edits.length > 0).length);
        const edits = applied.flatMap((f) => f.edits).sort((a, b) => a.range[0] - b.range[0]);
        for (let i = 1; i < edits.length; i++) expect(edits[i - 1].range[1] <= edits[i].range[0]).toBe(true);
        expect(output).toBe(spliceBackwards(text, applied));
        if (edits.length > 0) {
          const first = edits[0].range[0];
          const last = Math.max(...edits.map((e) => e.range[1]));
          expect(output.slice(0, first)).toBe(text.slice(0, first));
          expect(output.slice(output.length - (text.length - last))).toBe(text.slice(last));
        }
      }),
      { numRuns: NUM_RUNS, seed: SEED },
    );
  });

  it('fixes converge, leave no safe fix behind, and fixing twice equals fixing once', () => {
    fc.assert(
      fc.property(garbledText, fixType, (text, type) => {
        const once = fix(text, { resolved: all, fixType: type });
        expect(once.converged, `did not converge after ${once.passes} passes: ${JSON.stringify(once.output)}`).toBe(true);
        expect(once.passes).toBeLessThanOrEqual(10);
        expect(once.changed).toBe(once.output !== text);
        if (type !== 'suggestion') expect(once.remaining.filter((d) => d.fix).map((d) => d.ruleId)).toEqual([]);
        const twice = fix(once.output, { resolved: all, fixType: type });
        expect(twice.output).toBe(once.output);
        expect(twice.changed).toBe(false);
      }),
      { numRuns: NUM_RUNS, seed: SEED },
    );
  });

  it('removes the injected garble between plain sentences', () => {
    const sentence = fc.array(words, { minLength: 1, maxLength: 6 }).map((ws) => ws.join(' '));
    const seam = fc.constantFrom('. . ', '. , ', ', , ', ', . ', '.. ', '., ');
    fc.assert(
      fc.property(fc.array(fc.tuple(sentence, seam), { minLength: 1, maxLength: 6 }), sentence, (pairs, last) => {
        const text = pairs.map(([s, g]) => s + g).join('') + last + '.';
        const { output, converged } = fix(text);
        expect(converged).toBe(true);
        expect(output).not.toMatch(/[.,][ ]*[.,]/);
        expect(output.replace(/[.,]/g, '').replace(/ +/g, ' ')).toBe(text.replace(/[.,]/g, '').replace(/ +/g, ' '));
      }),
      { numRuns: NUM_RUNS, seed: SEED },
    );
  });
});
