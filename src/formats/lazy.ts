import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** A package loaded on first use, so that runs which never meet its format never pay for it. */
export function lazyModule<T>(id: string): () => T {
  let mod: T | undefined;
  return () => (mod ??= require(id) as T);
}
