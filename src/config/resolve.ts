import picomatch from 'picomatch';
import { closest } from 'fastest-levenshtein';
import { builtinRules } from '../../rules/index.js';
import type { Rule, RuleSetting, Severity } from '../types.js';
import { declaredSeverity, phraseRule } from './declarative.js';
import { ConfigError } from './errors.js';
import type { Config } from './types.js';
import type { FormatOptions } from '../formats/l10n.js';

/** A rule switched on, with its severity and options. */
export interface ResolvedRule {
  rule: Rule;
  severity: Severity;
  options: Record<string, unknown>;
}

/** A configuration applied to one file. */
export interface ResolvedConfig {
  rules: ResolvedRule[];
  sourceLanguage: string;
  /** Every rule id that exists (built-in and defined), for directive checks. */
  known: ReadonlySet<string>;
  /** Format settings, with overrides applied. */
  formats: FormatOptions;
  /** Rules defined in the config, for reporters that describe rules. */
  defined: ReadonlyMap<string, Rule>;
}

export const PRESETS = ['mtlint:recommended', 'mtlint:all'] as const;

const definedCache = new WeakMap<object, Map<string, Rule>>();

/** Parses a severity setting; throws a ConfigError naming the key path when invalid. */
export function parseSeverity(value: unknown, keyPath: string, file?: string): Severity | 'off' {
  if (value === 'off' || value === 0) return 'off';
  if (value === 'warn' || value === 'warning' || value === 1) return 'warning';
  if (value === 'error' || value === 2) return 'error';
  throw new ConfigError(`invalid severity ${JSON.stringify(value)}: expected "off", "warn" or "error" (or 0, 1, 2)`, file, keyPath);
}

/** "Did you mean" for an unknown rule id. */
export function didYouMean(id: string, known: Iterable<string>): string {
  const list = [...known];
  if (list.length === 0) return '';
  const best = closest(id, list);
  return best ? ` Did you mean "${best}"?` : '';
}

function definedRules(config: Config): Map<string, Rule> {
  const cached = definedCache.get(config);
  if (cached) return cached;
  const out = new Map<string, Rule>();
  for (const [id, def] of Object.entries(config.define ?? {})) {
    if (builtinRules.has(id)) throw new ConfigError(`"${id}" is a built-in rule; give your rule another id (e.g. "house/${id}")`, undefined, `define.${id}`);
    out.set(id, phraseRule(id, def, { user: true }));
  }
  definedCache.set(config, out);
  return out;
}

function toPosix(p: string): string {
  return p.replace(/\\/g, '/');
}

/** Whether an override's globs match a path relative to the config's folder. */
export function overrideMatches(files: string | string[], excluded: string | string[] | undefined, relPath: string): boolean {
  const list = Array.isArray(files) ? files : [files];
  const hit = list.some((g) => matcher(g, false)(relPath) || (!g.includes('/') && matcher(g, true)(relPath)));
  if (!hit) return false;
  const ex = excluded === undefined ? [] : Array.isArray(excluded) ? excluded : [excluded];
  return !ex.some((g) => matcher(g, false)(relPath));
}

/** Compiled globs: a repository's thousands of files share a few patterns. */
const matchers = new Map<string, (path: string) => boolean>();
function matcher(glob: string, basename: boolean): (path: string) => boolean {
  const key = `${basename ? 'b' : 'p'}${glob}`;
  let m = matchers.get(key);
  if (!m) matchers.set(key, (m = picomatch(glob, { dot: true, matchBase: false, basename })));
  return m;
}

/** Resolved configs by config object, then by config file and the overrides that matched. */
const resolvedCache = new WeakMap<Config, { json: string; byKey: Map<string, ResolvedConfig> }>();

/**
 * Applies presets, `define`, `rules` and matching `overrides` for one file (its path relative
 * to the config's folder). Pure: reads no files. Files that match the same overrides of the same
 * config (same object, same content) share one result (treat it as read-only).
 */
export function resolveConfig(config: Config = {}, relPath?: string, configFile?: string): ResolvedConfig {
  const matched: number[] = [];
  (config.overrides ?? []).forEach((o, i) => {
    if (relPath !== undefined && overrideMatches(o.files, o.excludedFiles, toPosix(relPath))) matched.push(i);
  });
  // a config object changed since it was resolved (the library lets callers reuse theirs) starts afresh
  const json = JSON.stringify(config);
  let entry = resolvedCache.get(config);
  if (!entry || entry.json !== json) {
    entry = { json, byKey: new Map() };
    resolvedCache.set(config, entry);
    definedCache.delete(config);
  }
  const { byKey } = entry;
  const key = `${configFile ?? ''}\u0000${matched.join(',')}`;
  let resolved = byKey.get(key);
  if (!resolved) byKey.set(key, (resolved = resolveUncached(config, matched, configFile)));
  return resolved;
}

function resolveUncached(config: Config, matched: readonly number[], configFile?: string): ResolvedConfig {
  const defined = definedRules(config);
  const all = new Map<string, Rule>([...builtinRules, ...defined]);
  const settings = new Map<string, { severity: Severity | 'off'; options?: Record<string, unknown> }>();

  const extendsList = config.extends === undefined ? ['mtlint:recommended'] : Array.isArray(config.extends) ? config.extends : [config.extends];
  extendsList.forEach((name, i) => {
    if (name !== 'mtlint:recommended' && name !== 'mtlint:all') {
      throw new ConfigError(`unknown preset "${name}": expected one of ${PRESETS.join(', ')}`, configFile, `extends[${i}]`);
    }
    for (const rule of builtinRules.values()) {
      if (name === 'mtlint:all' || rule.meta.preset === 'recommended') settings.set(rule.id, { severity: rule.meta.defaultSeverity });
    }
  });
  for (const [id, def] of Object.entries(config.define ?? {})) settings.set(id, { severity: declaredSeverity(def) });

  const apply = (rules: Record<string, RuleSetting> | undefined, base: string): void => {
    for (const [id, setting] of Object.entries(rules ?? {})) {
      const rule = all.get(id);
      if (!rule) throw new ConfigError(`unknown rule "${id}".${didYouMean(id, all.keys())}`, configFile, `${base}.${id}`);
      const [sev, options] = Array.isArray(setting) ? setting : [setting, undefined];
      const severity = parseSeverity(sev, Array.isArray(setting) ? `${base}.${id}[0]` : `${base}.${id}`, configFile);
      if (options !== undefined) checkOptions(rule, options, `${base}.${id}[1]`, configFile);
      const prev = settings.get(id);
      settings.set(id, { severity, options: options ?? prev?.options });
    }
  };
  apply(config.rules, 'rules');
  let sourceLanguage = config.sourceLanguage ?? 'auto';
  let formats: FormatOptions = config.formats ?? {};
  for (const i of matched) {
    const o = config.overrides![i];
    apply(o.rules, `overrides[${i}].rules`);
    if (o.sourceLanguage) sourceLanguage = o.sourceLanguage;
    if (o.formats) formats = { po: { ...formats.po, ...o.formats.po }, subtitles: { ...formats.subtitles, ...o.formats.subtitles } };
  }

  const rules: ResolvedRule[] = [];
  for (const [id, s] of settings) {
    if (s.severity === 'off') continue;
    const rule = all.get(id)!;
    rules.push({ rule, severity: s.severity, options: { ...(rule.meta.options ?? {}), ...(s.options ?? {}) } });
  }
  rules.sort((a, b) => a.rule.id.localeCompare(b.rule.id));
  // shared by every file that matches the same overrides: frozen, so no caller can change it for the others
  for (const r of rules) Object.freeze(r);
  return Object.freeze({ rules: Object.freeze(rules) as ResolvedRule[], sourceLanguage, known: new Set(all.keys()), formats, defined });
}

function checkOptions(rule: Rule, options: unknown, keyPath: string, file?: string): void {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new ConfigError(`expected an object of options for "${rule.id}"`, file, keyPath);
  }
  const defaults = rule.meta.options ?? {};
  for (const [key, value] of Object.entries(options)) {
    if (!(key in defaults)) {
      const known = Object.keys(defaults);
      throw new ConfigError(
        `unknown option "${key}" for rule "${rule.id}"; ${known.length ? `expected one of: ${known.join(', ')}` : 'it takes no options'}`,
        file,
        `${keyPath}.${key}`,
      );
    }
    const expected = defaults[key];
    const type = (v: unknown): string => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v);
    if (expected !== undefined && expected !== null && type(expected) !== type(value)) {
      throw new ConfigError(`expected ${type(expected)}, got ${type(value)}`, file, `${keyPath}.${key}`);
    }
  }
}
