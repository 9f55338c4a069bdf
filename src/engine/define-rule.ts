import type { Rule } from '../types.js';

const ID_RE = /^(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)?[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Declares a rule; checks the id and that every documented example names known parts. */
export function defineRule<O = Record<string, unknown>>(rule: Rule<O>): Rule<O> {
  if (!ID_RE.test(rule.id)) throw new Error(`Rule id "${rule.id}" must be kebab-case, optionally with a "plugin/" prefix`);
  if (!rule.meta || !rule.meta.messages || Object.keys(rule.meta.messages).length === 0) {
    throw new Error(`Rule "${rule.id}" declares no messages`);
  }
  return rule;
}
