import type { DeclarativeRule } from '../../src/config/types.js';
import { defineRule } from '../../src/engine/define-rule.js';
import { keepCase } from '../../src/text/case.js';
import type { Document } from '../../src/text/document.js';
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
  /**
   * Context words that veto an entry, by entry id: a regular expression (no capturing groups) matched
   * case-insensitively, on word boundaries, in the paragraph of the match. "Sexual testing" renders 试探性
   * in a paragraph on diplomacy, but is real English next to "clinic" or "STIs". Kept beside the entries,
   * which stay in the config's format.
   */
  unless?: Record<string, string>;
}

interface Alternative {
  entry: string;
  sourceOnly: boolean;
  replacement?: string;
  unless?: RegExp;
}

const CAPTURING_GROUP_RE = /(?<!\\)\((?!\?)/;

/**
 * Turns a phrase pack into one rule: all patterns in one case-insensitive pass on word
 * boundaries, each match reported with its entry's message and, for substitutions, a
 * suggestion in the case of the match. Calque fixes are never applied unattended.
 */
export function packRule(
  id: string,
  pack: PhrasePack,
  about: { description: string; why: string; valid?: string[]; invalid?: RuleDocs['invalid'] },
  options: { only?: 'anyLanguage' | 'sourceOnly'; preset?: 'recommended' | 'all'; precision?: number } = {},
): Rule {
  const alternatives: Alternative[] = [];
  const sources: string[] = [];
  const messages: Record<string, string> = {};
  const docs: RuleDocs = { why: about.why, valid: [...(about.valid ?? [])], invalid: [...(about.invalid ?? [])] };
  const groups = ([[pack.anyLanguage, false], [pack.sourceOnly, true]] as const).filter(
    ([, sourceOnly]) => options.only === undefined || (options.only === 'sourceOnly') === sourceOnly,
  );
  for (const [group, sourceOnly] of groups) {
    for (const [entry, def] of Object.entries(group)) {
      if (def.safe) throw new Error(`${id}: calque "${entry}" must not be a safe fix`);
      if (def.ignoreCase === false) throw new Error(`${id}: calque "${entry}" must be case-insensitive`);
      messages[entry] = def.message;
      const veto = pack.unless?.[entry];
      if (veto !== undefined && CAPTURING_GROUP_RE.test(veto)) throw new Error(`${id}: calque "${entry}" uses a capturing group in "unless"; write (?:...)`);
      const unless = veto === undefined ? undefined : new RegExp(`\\b(?:${veto})\\b`, 'i');
      const pairs: Array<[string, string | undefined]> =
        def.kind === 'substitution' ? Object.entries(def.swap ?? {}) : (def.patterns ?? []).map((p) => [p, undefined]);
      for (const [pattern, replacement] of pairs) {
        if (CAPTURING_GROUP_RE.test(pattern)) throw new Error(`${id}: calque "${entry}" uses a capturing group; write (?:...)`);
        alternatives.push({ entry, sourceOnly, replacement, ...(unless ? { unless } : {}) });
        sources.push(`(${pattern})`);
      }
      docs.valid.push(...(def.examples?.valid ?? []));
      // an example of a source-only entry carries its source language unless the text itself reveals it
      docs.invalid.push(
        ...(def.examples?.invalid ?? []).map((text) =>
          sourceOnly && guessSourceLanguage(text) !== pack.language ? { text, sourceLanguage: pack.language } : { text },
        ),
      );
    }
  }
  // ends on (?!\w) rather than \b so that an entry may end in punctuation ("Fighting!")
  const re = new RegExp(`\\b(?:${sources.join('|')})(?!\\w)`, 'gi');
  const anyLanguage = options.only !== 'sourceOnly' && Object.keys(pack.anyLanguage).length > 0;
  return defineRule({
    id,
    meta: {
      description: about.description,
      category: 'calque',
      defaultSeverity: 'warning',
      fixable: 'suggest',
      preset: options.preset ?? 'all',
      ...(options.precision !== undefined ? { precision: options.precision } : {}),
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
        if (alt.unless && vetoed(ctx.doc, range[0], alt.unless)) continue;
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

/** Whether the paragraph around `offset` has a word that vetoes the entry. */
function vetoed(doc: Document, offset: number, unless: RegExp): boolean {
  const paragraph = doc.paragraphAt(offset);
  return unless.test(paragraph ? doc.prose.slice(paragraph.start, paragraph.end) : doc.prose);
}

/** The entries of several packs that run whatever the source language, as one pack. */
export function mergeAnyLanguage(packs: PhrasePack[]): PhrasePack {
  const anyLanguage: PhrasePack['anyLanguage'] = {};
  const unless: Record<string, string> = {};
  for (const pack of packs) {
    for (const [entry, def] of Object.entries(pack.anyLanguage)) anyLanguage[entry] = def;
    for (const [entry, veto] of Object.entries(pack.unless ?? {})) if (entry in pack.anyLanguage) unless[entry] = veto;
  }
  return { language: 'any', anyLanguage, sourceOnly: {}, unless };
}
