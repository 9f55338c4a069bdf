import { expect } from 'vitest';
import { fix } from '../src/engine/fix.js';
import { lint } from '../src/engine/lint.js';
import type { Config } from '../src/config/types.js';
import type { Diagnostic, Rule, Syntax } from '../src/types.js';

/** An invalid case: the text, its diagnostics (messageId is checked through the message) and the fixed output. */
export interface InvalidCase {
  text: string;
  errors: Array<{ range?: [number, number]; message?: string | RegExp; messageId?: string; suggestion?: string }>;
  output?: string;
  options?: Record<string, unknown>;
  syntax?: Syntax;
  sourceLanguage?: string;
}

export interface ValidCase {
  text: string;
  options?: Record<string, unknown>;
  syntax?: Syntax;
  sourceLanguage?: string;
}

/** The config that turns on one rule alone, at error severity, with options. */
export function onlyRule(rule: Rule, options?: Record<string, unknown>): Config {
  return { extends: [], rules: { [rule.id]: options ? ['error', options] : 'error' } };
}

/** Runs one rule alone. */
export function lintWithRule(rule: Rule, text: string, options?: Record<string, unknown>, syntax?: Syntax, sourceLanguage?: string): Diagnostic[] {
  return lint(text, { config: onlyRule(rule, options), syntax, sourceLanguage }).filter((d) => d.ruleId === rule.id);
}

/**
 * ESLint-style tester: valid cases must give nothing; invalid cases must give exactly the
 * listed diagnostics, and `output` must be what `--fix` produces (and differ from the input).
 */
export function runRuleTests(rule: Rule, cases: { valid: Array<string | ValidCase>; invalid: InvalidCase[] }): void {
  const seen = new Set<string>();
  for (const c of cases.valid) {
    const v: ValidCase = typeof c === 'string' ? { text: c } : c;
    const key = `valid:${v.text}:${JSON.stringify(v.options)}`;
    expect(seen.has(key), `duplicate valid case ${JSON.stringify(v.text)}`).toBe(false);
    seen.add(key);
    const found = lintWithRule(rule, v.text, v.options, v.syntax, v.sourceLanguage);
    expect(found.map((d) => [d.message, d.range]), `valid case should give nothing: ${JSON.stringify(v.text)}`).toEqual([]);
  }
  for (const c of cases.invalid) {
    const key = `invalid:${c.text}:${JSON.stringify(c.options)}`;
    expect(seen.has(key), `duplicate invalid case ${JSON.stringify(c.text)}`).toBe(false);
    seen.add(key);
    const found = lintWithRule(rule, c.text, c.options, c.syntax, c.sourceLanguage);
    expect(found.length, `${JSON.stringify(c.text)} → ${JSON.stringify(found.map((d) => [d.message, d.range]))}`).toBe(c.errors.length);
    c.errors.forEach((e, i) => {
      const d = found[i];
      if (e.range) expect(d.range, `range of diagnostic ${i} in ${JSON.stringify(c.text)}`).toEqual(e.range);
      if (e.messageId) {
        expect(rule.meta.messages[e.messageId], `unknown messageId ${e.messageId}`).toBeDefined();
        const pattern = new RegExp('^' + rule.meta.messages[e.messageId].replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{\\\{\s*\w+\s*\\\}\\\}/g, '[^]*') + '$');
        expect(d.message).toMatch(pattern);
      }
      if (typeof e.message === 'string') expect(d.message).toBe(e.message);
      else if (e.message) expect(d.message).toMatch(e.message);
      if (e.suggestion !== undefined) {
        const s = d.suggestions?.[0] ?? d.fix;
        expect(s, 'expected a suggestion').toBeDefined();
        expect(applyOne(c.text, s!.edits)).toBe(e.suggestion);
      }
    });
    if (c.output !== undefined) {
      expect(c.output, 'output must differ from the input (omit it when nothing is fixed)').not.toBe(c.text);
      const config = onlyRule(rule, c.options);
      const result = fix(c.text, { config, syntax: c.syntax, sourceLanguage: c.sourceLanguage });
      expect(result.output).toBe(c.output);
      expect(result.converged, 'fixes must converge').toBe(true);
    } else if (rule.meta.fixable === 'safe') {
      const config = onlyRule(rule, c.options);
      expect(fix(c.text, { config, syntax: c.syntax }).output, `${JSON.stringify(c.text)} is changed by --fix: state its output`).toBe(c.text);
    }
  }
}

function applyOne(text: string, edits: Array<{ range: [number, number]; text: string }>): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.range[0] - a.range[0])) out = out.slice(0, e.range[0]) + e.text + out.slice(e.range[1]);
  return out;
}
