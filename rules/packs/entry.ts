import type { DeclarativeRule } from '../../src/config/types.js';

/** A substitution entry: pattern -> suggestion, with its message (the intended meaning) and evidence. */
export const swap = (pattern: string, suggestion: string, message: string, why: string, examples?: DeclarativeRule['examples']): DeclarativeRule => ({
  kind: 'substitution',
  category: 'calque',
  severity: 'warning',
  swap: { [pattern]: suggestion },
  message,
  why,
  ...(examples ? { examples } : {}),
});

/** An existence entry: the fix depends on the sentence, so only the meaning is given. */
export const flag = (pattern: string, message: string, why: string, examples?: DeclarativeRule['examples']): DeclarativeRule => ({
  kind: 'existence',
  category: 'calque',
  severity: 'warning',
  patterns: [pattern],
  message,
  why,
  ...(examples ? { examples } : {}),
});
