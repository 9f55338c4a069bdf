import type { RuleSetting } from '../types.js';

/** What an editor can set under the `mtlint` section; every field is optional. */
export interface EditorSettings {
  /** Lint at all (default true). */
  enable: boolean;
  /** A config file to use instead of discovery; relative paths are from the workspace folder. */
  configFile?: string;
  /** Overrides the config's `sourceLanguage`. */
  sourceLanguage?: string;
  /** Rule settings layered over the config's `rules`. */
  rules?: Record<string, RuleSetting>;
  /** Milliseconds to wait after a change before linting (default 25). */
  debounce: number;
  /** Link for a rule's docs, with `{id}` for the rule id (default: the rule's source file). */
  docsUrl?: string;
}

export const DEFAULT_SETTINGS: Readonly<EditorSettings> = Object.freeze({ enable: true, debounce: 25 });

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The `mtlint` section of settings as an editor sends them: `{ mtlint: {...} }` or the section itself. */
export function settingsSection(raw: unknown): Record<string, unknown> {
  return isObject(raw) && isObject(raw.mtlint) ? raw.mtlint : isObject(raw) && !('mtlint' in raw) ? raw : {};
}

/**
 * Reads settings as an editor sends them. Anything empty or absent means the defaults; fields of
 * the wrong type are dropped and named in `problems`.
 */
export function parseSettings(raw: unknown): { settings: EditorSettings; problems: string[] } {
  const section = settingsSection(raw);
  const settings: EditorSettings = { ...DEFAULT_SETTINGS };
  const problems: string[] = [];
  const take = <K extends keyof EditorSettings>(key: K, ok: (v: unknown) => boolean, expected: string): void => {
    const value = section[key];
    if (value === undefined || value === null || value === '') return;
    if (ok(value)) settings[key] = value as EditorSettings[K];
    else problems.push(`mtlint.${key}: expected ${expected}, got ${JSON.stringify(value)}`);
  };
  take('enable', (v) => typeof v === 'boolean', 'true or false');
  take('configFile', (v) => typeof v === 'string', 'a path');
  take('sourceLanguage', (v) => typeof v === 'string', 'a language code such as "zh" or "auto"');
  take('rules', isObject, 'an object of rule settings');
  take('debounce', (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0, 'a number of milliseconds');
  take('docsUrl', (v) => typeof v === 'string' && v.includes('{id}'), 'a URL containing "{id}"');
  return { settings, problems };
}
