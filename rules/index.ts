import { readdirSync } from 'node:fs';
import type { Rule } from '../src/types.js';

const here = new URL('.', import.meta.url);

/** File names of the rule modules beside this registry (one rule per file, named by its id). */
export const ruleFiles: string[] = readdirSync(here)
  .filter((f) => /\.(?:ts|js)$/.test(f) && !/\.d\.ts$/.test(f) && !/^index\.(?:ts|js)$/.test(f))
  .sort();

const modules = await Promise.all(ruleFiles.map((f) => import(new URL(f, here).href) as Promise<{ default: Rule }>));

/** Every built-in rule, by id, sorted. Adding a rule is adding a file to this folder. */
export const builtinRules: ReadonlyMap<string, Rule> = new Map(
  modules.map((m) => m.default).sort((a, b) => a.id.localeCompare(b.id)).map((r) => [r.id, r]),
);
