import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/resolve.js';
import { ConfigError } from '../../src/config/errors.js';
import { defineRule } from '../../src/engine/define-rule.js';
import { lint, runRules } from '../../src/engine/lint.js';
import { Document } from '../../src/text/document.js';
import { toSourceText } from '../../src/formats/index.js';
import type { Rule } from '../../src/types.js';

const only = (id: string) => ({ extends: [] as [], rules: { [id]: 'error' as const } });

describe('lint', () => {
  it('gives diagnostics with absolute ranges and 1-based line and column, in UTF-16 units', () => {
    const text = '😀 “ok”\r\nsecond line. .';
    const [d] = lint(text, { config: only('doubled-period') });
    expect(d).toMatchObject({
      ruleId: 'doubled-period',
      category: 'punctuation',
      severity: 'error',
      range: [20, 23],
      line: 2,
      column: 12,
      endLine: 2,
      endColumn: 15,
    });
    expect(text.slice(...d.range)).toBe('. .');
  });

  it('counts lone CR and mixed line endings as line breaks', () => {
    const [d] = lint('a\rb\nc\r\nd. .', { config: only('doubled-period') });
    expect([d.line, d.column]).toEqual([4, 2]);
  });

  it('keeps running the other rules when one throws, and marks the failure fatal', () => {
    const boom: Rule = defineRule({
      id: 'boom',
      meta: { description: 'x', category: 'other', defaultSeverity: 'error', fixable: 'none', preset: 'all', messages: { m: 'x' } },
      docs: { why: 'x', valid: [], invalid: [] },
      check() {
        throw new Error('kaput');
      },
    });
    const base = resolveConfig(only('doubled-period'));
    const resolved = { ...base, rules: [{ rule: boom, severity: 'error' as const, options: {} }, ...base.rules] };
    const out = runRules(new Document(toSourceText('x. .', 'text')), resolved);
    expect(out.map((d) => [d.ruleId, d.fatal ?? false, d.message])).toEqual([
      ['boom', true, 'Rule "boom" failed: kaput'],
      ['doubled-period', false, 'Doubled period ". .": the sentence already ended.'],
    ]);
  });

  it('rejects a fix from a rule that does not declare one', () => {
    const sneaky: Rule = defineRule({
      id: 'sneaky',
      meta: { description: 'x', category: 'other', defaultSeverity: 'error', fixable: 'none', preset: 'all', messages: { m: 'x' } },
      docs: { why: 'x', valid: [], invalid: [] },
      check(ctx) {
        ctx.report({ range: [0, 1], messageId: 'm', fix: { title: 't', edits: [{ range: [0, 1], text: 'y' }] } });
      },
    });
    const resolved = { ...resolveConfig({ extends: [] }), rules: [{ rule: sneaky, severity: 'error' as const, options: {} }] };
    const [d] = runRules(new Document(toSourceText('x', 'text')), resolved);
    expect(d.fatal).toBe(true);
    expect(d.message).toContain('declares fixable: "none"');
  });

  it('resolves presets, severities and option errors with key paths', () => {
    expect(resolveConfig({}).rules.every((r) => r.rule.meta.preset === 'recommended')).toBe(true);
    expect(resolveConfig({ extends: ['mtlint:all'] }).rules.length).toBeGreaterThanOrEqual(resolveConfig({}).rules.length);
    expect(() => resolveConfig({ rules: { 'doubled-period': ['error', { nope: 1 }] } })).toThrow(/rules\.doubled-period\[1\]\.nope/);
    expect(() => resolveConfig({ extends: ['mtlint:none' as never] })).toThrow(ConfigError);
  });
});
