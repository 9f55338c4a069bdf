import { readFileSync } from 'node:fs';

/** mtlint's version, from package.json. */
export const VERSION: string = (() => {
  for (const rel of ['../../package.json', '../../../package.json']) {
    try {
      return JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')).version as string;
    } catch {
      // try the next location (source tree vs dist/)
    }
  }
  return '0.0.0';
})();
