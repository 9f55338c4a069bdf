import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { fix } from '../../src/engine/fix.js';
import { lintWithRule, onlyRule } from '../rule-tester.js';

describe.each([...builtinRules.values()].map((r) => [r.id, r] as const))('documented examples of %s', (_id, rule) => {
  it('has a reason and both kinds of example', () => {
    expect(rule.docs.why.length).toBeGreaterThan(20);
    expect(rule.docs.valid.length).toBeGreaterThan(0);
    expect(rule.docs.invalid.length).toBeGreaterThan(0);
  });

  it.each(rule.docs.valid.map((t) => [t]))('valid: %s', (text) => {
    expect(lintWithRule(rule, text).map((d) => d.message)).toEqual([]);
  });

  it.each(rule.docs.invalid.map((c) => [c.text, c] as const))('invalid: %s', (_t, example) => {
    expect(lintWithRule(rule, example.text, undefined, undefined, example.sourceLanguage).length).toBeGreaterThan(0);
    const result = fix(example.text, { config: onlyRule(rule), sourceLanguage: example.sourceLanguage });
    expect(result.output).toBe(example.output ?? example.text);
  });
});
