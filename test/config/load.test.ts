import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/errors.js';
import { loadConfig } from '../../src/config/load.js';
import { tempTree } from '../cli/helpers.js';

describe('loadConfig', () => {
  it('finds .mtlintrc.yaml and package.json "mtlint" from a file upward', () => {
    const dir = tempTree({ 'sub/deep/a.txt': '', '.mtlintrc.yaml': 'extends: mtlint:all\nrules:\n  doubled-period: warn\n' });
    const loaded = loadConfig({ from: join(dir, 'sub/deep/a.txt') });
    expect(loaded.file).toBe(join(dir, '.mtlintrc.yaml'));
    expect(loaded.config.rules).toEqual({ 'doubled-period': 'warn' });
    const pkg = tempTree({ 'package.json': JSON.stringify({ name: 'x', mtlint: { rules: { 'doubled-comma': 'off' } } }), 'a.md': '' });
    expect(loadConfig({ from: join(pkg, 'a.md') }).config.rules).toEqual({ 'doubled-comma': 'off' });
  });

  it('uses the defaults when no config exists', () => {
    const dir = tempTree({ 'a.txt': '' });
    expect(loadConfig({ from: join(dir, 'a.txt') }).config).toBeDefined();
  });

  it('names the file and key path of schema errors', () => {
    const dir = tempTree({ '.mtlintrc.json': JSON.stringify({ overrides: [{ files: ['x'], rules: { 'doubled-period': 'nope' } }] }) });
    expect(() => loadConfig({ configFile: join(dir, '.mtlintrc.json') })).toThrow(/overrides\/0|overrides\[0\]/);
    const unknownKey = tempTree({ '.mtlintrc.json': JSON.stringify({ rulez: {} }) });
    expect(() => loadConfig({ configFile: join(unknownKey, '.mtlintrc.json') })).toThrow('at "rulez": unknown key');
    const badDefine = tempTree({ '.mtlintrc.json': JSON.stringify({ define: { 'house/x': { kind: 'existence', message: 'm' } } }) });
    expect(() => loadConfig({ configFile: join(badDefine, '.mtlintrc.json') })).toThrow('at "define.house/x": an existence rule needs "patterns" or "phrases"');
  });

  it('throws a ConfigError for a missing --config file', () => {
    expect(() => loadConfig({ configFile: '/nonexistent/.mtlintrc.json' })).toThrow(ConfigError);
  });
});
