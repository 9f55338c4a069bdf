import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { ruleTable } from '../src/cli/rules-command.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('has the rule table as `mtlint rules -f markdown` prints it', () => {
    const table = ruleTable([...builtinRules.values()]);
    const start = readme.indexOf('<!-- rules-table -->');
    const end = readme.indexOf('<!-- /rules-table -->');
    expect(start).toBeGreaterThan(0);
    expect(readme.slice(start + '<!-- rules-table -->'.length, end).trim()).toBe(table.trim());
  });

  it('keeps mtlint:recommended to rules measured at 95% precision or more', () => {
    const low = [...builtinRules.values()].filter((r) => r.meta.preset === 'recommended' && r.meta.precision !== undefined && r.meta.precision < 0.95);
    expect(low.map((r) => `${r.id} ${r.meta.precision}`)).toEqual([]);
  });

  it('gives the quick start: one command installs and lints the bundled sample, one runs the tests', () => {
    expect(readme).toContain('npm ci && npx mtlint test/fixtures/seed.txt');
    expect(readme).toMatch(/^npm test +#/m);
    const ci = readFileSync(new URL('../.ci/run', import.meta.url), 'utf8');
    expect(ci.trim().split('\n').pop()).toBe('npm test');
  });
});
