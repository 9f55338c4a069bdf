import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { ConfigError } from './errors.js';
import { resolveConfig } from './resolve.js';
import { userPatternError } from './regex.js';
import type { Config } from './types.js';

/** A configuration with where it came from. */
export interface LoadedConfig {
  config: Config;
  /** The config file, or undefined for the defaults. */
  file?: string;
  /** The folder `overrides` and `ignorePatterns` are relative to. */
  dir: string;
}

export const CONFIG_FILES = ['.mtlintrc.json', '.mtlintrc.yaml', '.mtlintrc.yml', 'package.json'];

const require = createRequire(import.meta.url);
let validator: ValidateFunction | undefined;

function schemaValidator(): ValidateFunction {
  if (validator) return validator;
  const Ajv = require('ajv') as typeof import('ajv').default;
  // beside this module, or (in the bundled command line) in ../config/
  const file = ['./mtlintrc.schema.json', '../config/mtlintrc.schema.json'].map((rel) => new URL(rel, import.meta.url)).find((url) => existsSync(url));
  if (!file) throw new Error('mtlint is installed without its config schema (mtlintrc.schema.json)');
  const schema = JSON.parse(readFileSync(file, 'utf8'));
  validator = new Ajv({ allErrors: false, strict: false }).compile(schema);
  return validator;
}

/** The nearest config file from `dir` upward, or undefined. */
export function findConfigFile(dir: string): string | undefined {
  let current = resolve(dir);
  for (;;) {
    for (const name of CONFIG_FILES) {
      const file = join(current, name);
      if (!existsSync(file)) continue;
      if (name === 'package.json') {
        try {
          if (JSON.parse(readFileSync(file, 'utf8')).mtlint === undefined) continue;
        } catch {
          continue;
        }
      }
      return file;
    }
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

function lineCol(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** Reads and parses one config file, with the line and column of any syntax error. */
export function parseConfigFile(file: string): Config {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ConfigError(`cannot read config: ${(e as Error).message}`, file);
  }
  if (/\.ya?ml$/.test(file)) {
    const YAML = require('yaml') as typeof import('yaml');
    const doc = YAML.parseDocument(text, { prettyErrors: false });
    if (doc.errors.length) {
      const err = doc.errors[0];
      const pos = err.linePos?.[0] ?? lineCol(text, err.pos[0]);
      throw new ConfigError(`YAML syntax error: ${err.message.split('\n')[0]}`, file, undefined, pos.line, 'col' in pos ? pos.col : pos.column);
    }
    return (doc.toJS() ?? {}) as Config;
  }
  try {
    const parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
    return (file.endsWith('package.json') ? parsed.mtlint : parsed) as Config;
  } catch (e) {
    const msg = (e as Error).message;
    const at = /position (\d+)/.exec(msg);
    const lc = /line (\d+) column (\d+)/.exec(msg);
    const pos = lc ? { line: Number(lc[1]), column: Number(lc[2]) } : at ? lineCol(text, Number(at[1])) : { line: 1, column: 1 };
    throw new ConfigError(`JSON syntax error: ${msg.replace(/ in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)/, '')}`, file, undefined, pos.line, pos.column);
  }
}

function keyPathOf(err: ErrorObject): string {
  const parts = err.instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  let out = '';
  for (const p of parts) out += /^\d+$/.test(p) ? `[${p}]` : out ? `.${p}` : p;
  if (err.keyword === 'additionalProperties') {
    const extra = (err.params as { additionalProperty: string }).additionalProperty;
    return out ? `${out}.${extra}` : extra;
  }
  return out || '(root)';
}

function describe(err: ErrorObject): string {
  switch (err.keyword) {
    case 'additionalProperties':
      return 'unknown key';
    case 'enum':
      return `expected one of ${(err.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'type':
      return `expected ${(err.params as { type: string }).type}`;
    case 'required':
      return `missing required key "${(err.params as { missingProperty: string }).missingProperty}"`;
    default:
      return err.message ?? 'invalid value';
  }
}

/** Validates a parsed config against the schema and the rule registry; throws a ConfigError. */
export function validateConfig(config: unknown, file?: string): Config {
  if (config === null || typeof config !== 'object' || Array.isArray(config)) {
    throw new ConfigError('expected an object', file, '(root)');
  }
  const c = config as Config;
  // severities first, so the message names the rule rather than the whole union
  for (const [id, setting] of Object.entries(c.rules ?? {})) {
    const sev = Array.isArray(setting) ? setting[0] : setting;
    if (!['off', 'warn', 'error', 0, 1, 2].includes(sev as never)) {
      throw new ConfigError(`invalid severity ${JSON.stringify(sev)}: expected "off", "warn" or "error" (or 0, 1, 2)`, file, Array.isArray(setting) ? `rules.${id}[0]` : `rules.${id}`);
    }
  }
  const validate = schemaValidator();
  if (!validate(c)) {
    const errors = validate.errors ?? [];
    const err = errors.find((e) => e.keyword !== 'oneOf' && e.keyword !== 'if') ?? errors[0];
    throw new ConfigError(describe(err), file, keyPathOf(err));
  }
  for (const [id, def] of Object.entries(c.define ?? {})) {
    const list = def.kind === 'substitution' ? Object.keys(def.swap ?? {}) : def.patterns ?? [];
    list.forEach((p, i) => {
      const problem = userPatternError(p);
      if (problem) {
        const where = def.kind === 'substitution' ? `define.${id}.swap["${p}"]` : `define.${id}.patterns[${i}]`;
        throw new ConfigError(`invalid pattern ${JSON.stringify(p)}: ${problem} (patterns use RE2 syntax: no backreferences or lookaround)`, file, where);
      }
    });
    if (def.kind === 'substitution' && !def.swap) throw new ConfigError('a substitution rule needs "swap"', file, `define.${id}`);
    if (def.kind === 'existence' && !def.patterns?.length && !def.phrases?.length) throw new ConfigError('an existence rule needs "patterns" or "phrases"', file, `define.${id}`);
  }
  // unknown rule ids, options and presets: resolve once to surface them with the key path
  try {
    resolveConfig(c, undefined, file);
    for (const o of c.overrides ?? []) resolveConfig({ ...c, overrides: undefined, rules: { ...(c.rules ?? {}), ...(o.rules ?? {}) } }, undefined, file);
  } catch (e) {
    if (e instanceof ConfigError) throw e;
    throw new ConfigError((e as Error).message, file);
  }
  return c;
}

/**
 * Loads the configuration for a file or folder: `configFile` when given, else the nearest
 * `.mtlintrc.json`, `.mtlintrc.yaml`/`.yml` or `package.json` "mtlint" key from `from` upward.
 */
export function loadConfig(options: { configFile?: string; from?: string } = {}): LoadedConfig {
  if (options.configFile) {
    const file = resolve(options.configFile);
    if (!existsSync(file)) throw new ConfigError('config file not found', file);
    return { config: validateConfig(parseConfigFile(file), file), file, dir: dirname(file) };
  }
  const from = resolve(options.from ?? process.cwd());
  let dir = from;
  try {
    if (!statSync(from).isDirectory()) dir = dirname(from);
  } catch {
    dir = dirname(from);
  }
  const file = findConfigFile(dir);
  if (!file) return { config: {}, dir: process.cwd() };
  return { config: validateConfig(parseConfigFile(file), file), file, dir: dirname(file) };
}
