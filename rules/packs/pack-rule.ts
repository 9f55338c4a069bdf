import type { DeclarativeRule } from '../../src/config/types.js';
import { defineRule } from '../../src/engine/define-rule.js';
import { keepCase } from '../../src/text/case.js';
import { guessSourceLanguage } from '../../src/text/language.js';
import type { Range, Rule, RuleDocs } from '../../src/types.js';

/** A table of calques from one source language, written as declarative rules (the config's `define` format). */
export interface PhrasePack {
  /** The source language the calques come from: `zh`, `ja`, `ko`, `ru`. */
  language: string;
  /** Entries precise enough to run whatever the source language (measured silent on clean English). */
  anyLanguage: Record<string, DeclarativeRule>;
  /** Entries that run only when the source language is (or is guessed to be) `language`. */
  sourceOnly: Record<string, DeclarativeRule>;
}

interface Alternative {
  entry: string;
  sourceOnly: boolean;
  replacement?: string;
}

const CAPTURING_GROUP_RE = /(?<!\\)\((?!\?)/;

/**
 * Turns a phrase pack into one rule: all patterns in one case-insensitive pass on word
 * boundaries, each match reported with its entry's message and, for substitutions, a
 * suggestion in the case of the match. Calque fixes are never applied unattended.
 */
export function packRule(id: string, pack: PhrasePack, about: { description: string; why: string }): Rule {
  const alternatives: Alternative[] = [];
  const sources: string[] = [];
  const messages: Record<string, string> = {};
  const docs: RuleDocs = { why: about.why, valid: [], invalid: [] };
  for (const [group, sourceOnly] of [[pack.anyLanguage, false], [pack.sourceOnly, true]] as const) {
    for (const [entry, def] of Object.entries(group)) {
      if (def.safe) throw new Error(`${id}: calque "${entry}" must not be a safe fix`);
      if (def.ignoreCase === false) throw new Error(`${id}: calque "${entry}" must be case-insensitive`);
      messages[entry] = def.message;
      const pairs: Array<[string, string | undefined]> =
        def.kind === 'substitution' ? Object.entries(def.swap ?? {}) : (def.patterns ?? []).map((p) => [p, undefined]);
      for (const [pattern, replacement] of pairs) {
        if (CAPTURING_GROUP_RE.test(pattern)) throw new Error(`${id}: calque "${entry}" uses a capturing group; write (?:...)`);
        alternatives.push({ entry, sourceOnly, replacement });
        sources.push(`(${pattern})`);
      }
      docs.valid.push(...(def.examples?.valid ?? []));
      // an example of a source-only entry is documented when it carries its own language cue
      const shown = (def.examples?.invalid ?? []).filter((text) => !sourceOnly || guessSourceLanguage(text) === pack.language);
      docs.invalid.push(...shown.map((text) => ({ text })));
    }
  }
  // ends on (?!\w) rather than \b so that an entry may end in punctuation ("Fighting!")
  const re = new RegExp(`\\b(?:${sources.join('|')})(?!\\w)`, 'gi');
  const anyLanguage = Object.keys(pack.anyLanguage).length > 0;
  return defineRule({
    id,
    meta: {
      description: about.description,
      category: 'calque',
      defaultSeverity: 'warning',
      fixable: 'suggest',
      preset: 'all',
      messages,
      ...(anyLanguage ? {} : { languages: [pack.language] }),
    },
    docs,
    check(ctx) {
      const prose = ctx.doc.prose;
      const sourceMatches = ctx.sourceLanguage === pack.language;
      re.lastIndex = 0;
      for (let m = re.exec(prose); m; m = re.exec(prose)) {
        const alt = alternatives[m.findIndex((g, i) => i > 0 && g !== undefined) - 1];
        if (!alt || (alt.sourceOnly && !sourceMatches)) continue;
        const range: Range = [m.index, m.index + m[0].length];
        if (ctx.doc.isMasked(range[0], range[1]) && /[./:@]/.test(m[0])) continue;
        const expected = alt.replacement === undefined ? '' : keepCase(m[0], alt.replacement);
        ctx.report({
          range,
          messageId: alt.entry,
          data: { match: m[0], expected },
          ...(alt.replacement === undefined ? {} : { suggestions: [{ title: `Replace with "${expected}"`, edits: [{ range, text: expected }] }] }),
        });
      }
    },
  });
}
