import { statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import ignore from 'ignore';
import { ConfigError } from '../config/errors.js';
import { loadConfig, type LoadedConfig } from '../config/load.js';
import { resolveConfig, type ResolvedConfig } from '../config/resolve.js';
import type { Config } from '../config/types.js';
import type { EditorSettings } from './settings.js';

/** The configuration for one document, or why there is none. */
export type DocumentConfig =
  | {
      ok: true;
      /** The config file's content with the editor settings applied (plain data, for the lint worker). */
      config: Config;
      /** The document's path relative to the config's folder, for `overrides`. */
      relPath?: string;
      resolved: ResolvedConfig;
      file?: string;
      ignored: boolean;
    }
  | { ok: false; error: ConfigError };

interface CacheEntry {
  loaded?: LoadedConfig;
  error?: ConfigError;
  mtime?: number;
}

const mtimeOf = (file: string | undefined): number | undefined => {
  if (!file) return undefined;
  try {
    return statSync(file).mtimeMs;
  } catch {
    return -1;
  }
};

const asConfigError = (e: unknown, file?: string): ConfigError =>
  e instanceof ConfigError ? e : new ConfigError((e as Error)?.message ?? String(e), file);

/**
 * Finds and caches the config of documents: the `configFile` setting, else the CLI's discovery
 * from the document's folder upward, else (for unsaved buffers) from the workspace folder.
 */
export class DocumentConfigs {
  private readonly cache = new Map<string, CacheEntry>();
  private readonly results = new Map<string, { entry: CacheEntry; settings: EditorSettings; result: DocumentConfig }>();

  /** Forgets every loaded config (after a config file changed on disk). */
  clear(): void {
    this.cache.clear();
    this.results.clear();
  }

  /** Loads (or reuses) the config for a document path (undefined for unsaved buffers). */
  forDocument(path: string | undefined, folders: readonly string[], settings: EditorSettings): DocumentConfig {
    const folder = path ? containingFolder(path, folders) : folders[0];
    let key: string;
    let load: () => LoadedConfig;
    if (settings.configFile) {
      const file = isAbsolute(settings.configFile) ? settings.configFile : resolve(folder ?? process.cwd(), settings.configFile);
      key = `file:${file}`;
      load = () => loadConfig({ configFile: file });
    } else if (path || folder) {
      const from = path ? dirname(path) : folder!;
      key = `dir:${from}`;
      load = () => loadConfig({ from });
    } else {
      key = 'defaults';
      load = () => ({ config: {}, dir: process.cwd() });
    }
    const entry = this.entry(key, load);
    if (entry.error) return { ok: false, error: entry.error };
    const resultKey = `${key}\0${path ?? ''}`;
    const known = this.results.get(resultKey);
    if (known && known.entry === entry && known.settings === settings) return known.result;
    const result = resolveFor(entry.loaded!, path, settings);
    this.results.set(resultKey, { entry, settings, result });
    return result;
  }

  private entry(key: string, load: () => LoadedConfig): CacheEntry {
    const cached = this.cache.get(key);
    const file = cached?.loaded?.file ?? cached?.error?.file;
    if (cached && mtimeOf(file) === cached.mtime) return cached;
    let entry: CacheEntry;
    try {
      const loaded = load();
      entry = { loaded, mtime: mtimeOf(loaded.file) };
    } catch (e) {
      const error = asConfigError(e);
      entry = { error, mtime: mtimeOf(error.file) };
    }
    this.cache.set(key, entry);
    return entry;
  }
}

/** Applies the editor settings over a loaded config and resolves it for one document. */
function resolveFor(loaded: LoadedConfig, path: string | undefined, settings: EditorSettings): DocumentConfig {
  const rel = path ? relative(loaded.file ? loaded.dir : dirname(path), path) : undefined;
  const inside = rel !== undefined && !rel.startsWith('..') && !isAbsolute(rel);
  const relPath = inside ? rel : undefined;
  let resolved: ResolvedConfig;
  let config = loaded.config;
  try {
    resolved = resolveConfig(config, relPath, loaded.file);
  } catch (e) {
    return { ok: false, error: asConfigError(e, loaded.file) };
  }
  if (settings.rules || settings.sourceLanguage) {
    config = { ...loaded.config, rules: { ...(loaded.config.rules ?? {}), ...(settings.rules ?? {}) } };
    if (settings.sourceLanguage) config.sourceLanguage = settings.sourceLanguage;
    try {
      resolved = resolveConfig(config, relPath);
    } catch (e) {
      const error = asConfigError(e);
      const raw = error.message.replace(/^at "[^"]*": /, '');
      return { ok: false, error: new ConfigError(raw, 'editor settings', error.keyPath && `mtlint.${error.keyPath}`) };
    }
  }
  const patterns = loaded.config.ignorePatterns;
  const ignored = relPath !== undefined && !!patterns?.length && ignore().add(patterns).ignores(relPath.split(sep).join('/'));
  return { ok: true, config, relPath, resolved, file: loaded.file, ignored };
}

/** The innermost workspace folder holding a path. */
export function containingFolder(path: string, folders: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const f of folders) {
    const rel = relative(f, path);
    if (!rel.startsWith('..') && !isAbsolute(rel) && (!best || f.length > best.length)) best = f;
  }
  return best;
}
