import type { Reporter } from './types.js';

/** Output formats, each a module in this folder loaded only when asked for. */
export const FORMATS: Record<string, () => Promise<{ default: Reporter }>> = {
  stylish: () => import('./stylish.js'),
  json: () => import('./json.js'),
  compact: () => import('./compact.js'),
  'json-summary': () => import('./json-summary.js'),
  sarif: () => import('./sarif.js'),
  github: () => import('./github.js'),
  checkstyle: () => import('./checkstyle.js'),
  junit: () => import('./junit.js'),
  rdjson: () => import('./rdjson.js'),
  html: () => import('./html.js'),
};

/** Loads a reporter by format name. */
export async function loadReporter(name: string): Promise<Reporter> {
  const load = FORMATS[name];
  if (!load) throw new Error(`unknown format "${name}": expected one of ${Object.keys(FORMATS).join(', ')}`);
  return (await load()).default;
}
