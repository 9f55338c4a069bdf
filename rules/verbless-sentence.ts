import { defineRule } from '../src/engine/define-rule.js';
import { isFiniteVerb, tagRange, tagRanges } from '../src/nlp/pos.js';
import { isTitleLike, proseSentences } from '../src/nlp/prefilter.js';
import type { TaggedToken } from '../src/nlp/pos.js';

/** Any of these words means the sentence has a finite verb; such sentences are never tagged. */
const FINITE_HINT_RE = /\b(?:is|are|was|were|am|has|have|had|do|does|did|will|would|can|could|may|might|must|shall|should|said|says|told)\b|['’](?:s|re|ve|ll|d|m)\b|n['’]t\b|\b[a-z]{2,}ed\b/i;

const CAPITAL_START_RE = /^\p{Lu}/u;

export default defineRule({
  id: 'verbless-sentence',
  meta: {
    description: 'A sentence of running prose with no finite verb, such as "The European Union and NATO to make major concessions in Europe."',
    category: 'fragment',
    defaultSeverity: 'warning',
    fixable: 'none',
    preset: 'all',
    precision: 0.91,
    options: { minWords: 4 },
    messages: {
      verbless: 'This sentence has no finite verb: a clause the translation split off or left unfinished; join it to its neighbour or add the verb.',
    },
  },
  docs: {
    why: 'When a long source sentence is cut at the wrong place, or a verb is lost, the translation shows a noun phrase standing as a sentence. Headings, captions, list items, quotations and short replies are not reported.',
    valid: [
      'It may look like that. Standing out from the background.',
      'The light of the stars. The Sun burns our peripheral vision.',
      'The plan was approved in 2021 and took effect in May.',
      'Police arrest 15 after violent protest outside UK refugee hotel',
      '1. The history of the region and its peoples.',
      'Thank you very much.',
      'He waited. "Not a chance in the world." Then he left.',
      'We go there every summer with the children.',
    ],
    invalid: [
      { text: 'Russia made its demands. The European Union and NATO to make major concessions in Europe. Nobody answered.' },
    ],
  },
  check(ctx) {
    const { doc } = ctx;
    const minWords = Number((ctx.options as { minWords?: number }).minWords ?? 4);
    const { prose } = doc;
    // the sentences that pass the cheap tests, tagged together (see tagRanges), then judged in order
    const candidates = proseSentences(doc).filter((s) => {
      if (s.quoted || s.listItem || s.index === 0) return false;
      // ends with "." or "!", starts with a capital, and has no word that shows a finite verb
      const last = s.end > s.start ? prose.charCodeAt(s.end - 1) : 0;
      if ((last !== 0x2e && last !== 0x21) || !CAPITAL_START_RE.test(s.text) || FINITE_HINT_RE.test(s.text)) return false;
      return !isTitleLike(doc, s.paragraph) && doc.wordCountIn(s.start, s.end) >= minWords;
    });
    tagRanges(doc, candidates);
    for (const s of candidates) {
      const tokens = tagRange(doc, s.start, s.end);
      if (/^[a-z]{3,}ing$/.test(tokens[0]?.lower ?? '')) continue;
      if (tokens.some((_, i) => isFiniteVerb(tokens, i) || mayBeVerb(tokens, i))) continue;
      ctx.report({ range: [s.start, s.end], messageId: 'verbless' });
    }
  },
});

/** "the groups drops", "The Sun burns": an -s word after a noun that the tagger may have read as a plural. */
function mayBeVerb(tokens: readonly TaggedToken[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  return t.pos === 'NOUN' && /[^s]s$/.test(t.lower) && prev !== undefined && (prev.pos === 'NOUN' || prev.pos === 'PROPN');
}
