import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/resolve.js';
import type { Config } from '../../src/config/types.js';

describe('resolveConfig', () => {
  const config: Config = {
    rules: { 'doubled-period': 'warn' },
    overrides: [
      { files: ['docs/**/*.md'], rules: { 'doubled-period': 'off' } },
      { files: ['*.po'], sourceLanguage: 'zh' },
    ],
  };
  const severity = (relPath: string): string | undefined => resolveConfig(config, relPath).rules.find((r) => r.rule.id === 'doubled-period')?.severity;

  it('applies the overrides that match each file', () => {
    expect(severity('docs/a/b.md')).toBeUndefined();
    expect(severity('README.md')).toBe('warning');
    expect(resolveConfig(config, 'po/zh.po').sourceLanguage).toBe('zh');
    expect(resolveConfig(config, 'README.md').sourceLanguage).toBe('auto');
  });

  it('gives files that match the same overrides one shared result, resolved once', () => {
    expect(resolveConfig(config, 'docs/a.md')).toBe(resolveConfig(config, 'docs/b/c.md'));
    expect(resolveConfig(config, 'a.txt')).toBe(resolveConfig(config, 'b/c.txt'));
    expect(resolveConfig(config, 'a.txt')).not.toBe(resolveConfig(config, 'docs/a.md'));
    // another config object, even an equal one, is resolved on its own
    expect(resolveConfig({ ...config }, 'a.txt')).not.toBe(resolveConfig(config, 'a.txt'));
  });

  it('still reports a broken config on every call', () => {
    const broken: Config = { overrides: [{ files: ['*.md'], rules: { 'no-such-rule': 'error' } }] };
    expect(() => resolveConfig(broken, 'a.md')).toThrow(/unknown rule "no-such-rule"/);
    expect(() => resolveConfig(broken, 'b.md')).toThrow(/unknown rule "no-such-rule"/);
    expect(resolveConfig(broken, 'a.txt').rules.length).toBeGreaterThan(0);
  });
});

describe('resolveConfig and a config object changed after use', () => {
  it('resolves it again: the library lets callers reuse and edit their config', () => {
    const config: Config = { rules: { 'doubled-period': 'warn' } };
    expect(resolveConfig(config, 'a.txt').rules.find((r) => r.rule.id === 'doubled-period')?.severity).toBe('warning');
    config.rules!['doubled-period'] = 'off';
    expect(resolveConfig(config, 'a.txt').rules.find((r) => r.rule.id === 'doubled-period')).toBeUndefined();
    config.define = { 'house/x': { kind: 'existence', message: 'x', patterns: ['foo'] } };
    expect(resolveConfig(config, 'a.txt').defined.has('house/x')).toBe(true);
  });
});

describe('a resolved config', () => {
  it('is frozen: files that share it cannot change it for one another', () => {
    const config: Config = {};
    const resolved = resolveConfig(config, 'a.txt');
    expect(Object.isFrozen(resolved) && Object.isFrozen(resolved.rules) && Object.isFrozen(resolved.rules[0])).toBe(true);
    expect(() => (resolved.rules as unknown[]).push({})).toThrow(TypeError);
    expect(resolveConfig(config, 'b.txt').rules.length).toBe(resolved.rules.length);
  });
});
