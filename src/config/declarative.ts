import { defineRule } from '../engine/define-rule.js';
import { keepCase } from '../text/case.js';
import type { Rule, Severity } from '../types.js';
import { compileAlternatives, type AlternationMatcher } from './regex.js';
import type { DeclarativeRule } from './types.js';

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The severity a declarative rule asks for. */
export function declaredSeverity(def: DeclarativeRule): Severity {
  return def.severity === 'error' ? 'error' : 'warning';
}

/**
 * Turns a rule written as data (existence or substitution) into a rule. `user` patterns run
 * with RE2 semantics, so no pattern can take more than linear time.
 */
export function phraseRule(id: string, def: DeclarativeRule, options: { user: boolean } = { user: true }): Rule {
  const substitution = def.kind === 'substitution';
  const keys = substitution
    ? Object.keys(def.swap ?? {})
    : [...(def.patterns ?? []), ...(def.phrases ?? []).map(escapeRegex)];
  const replacements = substitution ? Object.values(def.swap ?? {}) : [];
  const ignoreCase = def.ignoreCase ?? true;
  let matcher: AlternationMatcher | undefined;
  const fixable = substitution ? (def.safe ? 'safe' : 'suggest') : 'none';
  const examples = def.examples ?? {};
  return defineRule({
    id,
    meta: {
      description: def.description ?? def.message.replace(/\{\{\s*\w+\s*\}\}/g, '…'),
      category: def.category ?? 'other',
      defaultSeverity: declaredSeverity(def),
      fixable,
      preset: def.preset ?? 'recommended',
      messages: { match: def.message },
    },
    docs: {
      why: def.why ?? def.description ?? def.message,
      valid: examples.valid ?? [],
      invalid: (examples.invalid ?? []).map((text) => ({ text })),
    },
    check(ctx) {
      if (keys.length === 0) return;
      matcher ??= compileAlternatives(keys, ignoreCase, options.user);
      const prose = ctx.doc.prose;
      for (const m of matcher.matchAll(prose)) {
        if (ctx.doc.isMasked(m.start, m.end) && /[./:@]/.test(m.text)) continue;
        if (!substitution) {
          ctx.report({ range: [m.start, m.end], messageId: 'match', data: { match: m.text } });
          continue;
        }
        const expected = keepCase(m.text, replacements[m.alternative] ?? '');
        const edit = { title: `Replace with "${expected}"`, edits: [{ range: [m.start, m.end] as [number, number], text: expected }] };
        ctx.report({
          range: [m.start, m.end],
          messageId: 'match',
          data: { match: m.text, expected },
          ...(def.safe ? { fix: edit } : { suggestions: [edit] }),
        });
      }
    },
  });
}
