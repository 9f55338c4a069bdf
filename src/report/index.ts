import type { Reporter } from './types.js';

/** Output formats, each a module in this folder loaded only when asked for. */
export const FORMATS: Record<string, () => Promise<{ default: Reporter }>> = {
  stylish: () => import('./stylish.js'),
  json: () => import('./json.js'),
  compact: () => import('./compact.js'),
};

/** Loads a reporter by format name. */
export async function loadReporter(name: string): Promise<Reporter> {
  const load = FORMATS[name];
  if (!load) throw new Error(`unknown format "${name}": expected one of ${Object.keys(FORMATS).join(', ')}`);
  return (await load()).default;
}
