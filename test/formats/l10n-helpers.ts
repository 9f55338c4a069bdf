import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { fix } from '../../src/engine/fix.js';
import { lint } from '../../src/engine/lint.js';
import { syntaxFor, toSourceText } from '../../src/formats/index.js';
import type { Diagnostic } from '../../src/types.js';

/** The bilingual rules: their diagnostics on a fixture are checked exactly. */
export const BILINGUAL = new Set(['untranslated-target', 'untranslated-script', 'number-mismatch', 'placeholder-mismatch', 'verbatim-mismatch', 'length-mismatch', 'edge-mismatch']);

export const ALL = { extends: ['mtlint:all'] as Array<'mtlint:all'> };

/** A fixture of test/fixtures/l10n, with the path mtlint is given for it. */
export function fixture(name: string): { text: string; filePath: string } {
  const filePath = `test/fixtures/l10n/${name}`;
  return { text: readFileSync(new URL(`../fixtures/l10n/${name}`, import.meta.url), 'utf8'), filePath };
}

/** `[ruleId, line, column]` of each diagnostic. */
export function positions(ds: Diagnostic[]): Array<[string, number, number]> {
  return ds.map((d) => [d.ruleId, d.line, d.column]);
}

/** Lints a fixture with every rule on. */
export function lintFixture(name: string): { text: string; filePath: string; diagnostics: Diagnostic[] } {
  const f = fixture(name);
  return { ...f, diagnostics: lint(f.text, { filePath: f.filePath, config: ALL }) };
}

/**
 * The file with the text of every translation unit taken out: what must stay byte-identical when
 * fixes edit only inside units.
 */
export function skeleton(text: string, filePath: string): string {
  const source = toSourceText(text, syntaxFor(filePath));
  const ranges = (source.blocks ?? []).map((b) => source.map.range([b.start, b.end])).sort((a, b) => a[0] - b[0]);
  let out = '';
  let last = 0;
  for (const [s, e] of ranges) {
    if (s < last) continue;
    out += `${text.slice(last, s)}§`;
    last = e;
  }
  return out + text.slice(last);
}

/** Runs `fix` on a fixture; checks it converges, the result still parses and nothing outside the units changed. */
export function fixRoundTrip(name: string, parse: (text: string) => unknown): string {
  const { text, filePath } = fixture(name);
  const result = fix(text, { filePath, config: ALL });
  expect(result.converged).toBe(true);
  expect(result.changed).toBe(true);
  expect(() => parse(result.output)).not.toThrow();
  expect(skeleton(result.output, filePath)).toBe(skeleton(text, filePath));
  return result.output;
}

/** Diagnostics of one rule set only. */
export function only(ds: Diagnostic[], ids: Set<string>): Diagnostic[] {
  return ds.filter((d) => ids.has(d.ruleId));
}

/** A one-entry PO catalogue. */
export const po = (id: string, str: string): string => `msgid "${id}"\nmsgstr "${str}"\n`;

/** File range `[from, to)` inside the msgstr of `po(id, …)`: it starts after `msgid "<id>"\nmsgstr "`. */
export const tgt = (id: string, from: number, to = from): [number, number] => [17 + id.length + from, 17 + id.length + to];
