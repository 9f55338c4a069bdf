import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinRules, ruleFiles } from '../../rules/index.js';

describe('rule registry', () => {
  it('has one file per rule, named by its id, and nothing else', () => {
    const files = readdirSync(new URL('../../rules/', import.meta.url)).filter((f) => f.endsWith('.ts') && f !== 'index.ts');
    expect(files.length).toBeGreaterThan(0);
    expect(ruleFiles).toEqual(files.sort());
    expect([...builtinRules.keys()]).toEqual(files.map((f) => f.replace(/\.ts$/, '')).sort());
  });

  it('lists the rules sorted by id', () => {
    const ids = [...builtinRules.keys()];
    expect(ids).toEqual([...ids].sort());
  });

  it('gives every rule a test file', () => {
    const tests = new Set(readdirSync(new URL('./', import.meta.url)));
    const missing = [...builtinRules.keys()].filter((id) => !tests.has(`${id}.test.ts`));
    expect(missing).toEqual([]);
  });

  it('declares meta every reporter relies on', () => {
    for (const rule of builtinRules.values()) {
      expect(rule.meta.description, rule.id).toBeTruthy();
      expect(['safe', 'suggest', 'none'], rule.id).toContain(rule.meta.fixable);
      expect(['recommended', 'all'], rule.id).toContain(rule.meta.preset);
    }
  });
});
