import { defineRule } from '../src/engine/define-rule.js';
import { matchAll } from '../src/text/matches.js';

/** Words that show the text is about models and tokenizers, where the tokens are the topic. */
const ABOUT_TOKENS_RE = /\b(?:tokens?|tokeni[sz]\w*|vocabular(?:y|ies)|BPE|SentencePiece|subwords?|decoder|encoder|unknown words?|special symbols?)\b/i;

// each alternative starts with a literal character (the lookbehind of `@@` comes after it), so the
// regex engine jumps between candidates instead of trying every position
const RE = /<unk>|<pad>|<mask>|<\/?s>|<eos>|<bos>|\[(?:UNK|PAD|SEP|CLS|MASK)\]|\u2047|@(?<=\w@)@(?: |$)|\u2581+/gm;

export default defineRule({
  id: 'mt-token-leak',
  meta: {
    description: 'Decoder debris of a translation model: "<unk>", "[UNK]", "</s>", BPE "@@ " joiners, SentencePiece "▁"',
    category: 'other',
    defaultSeverity: 'error',
    fixable: 'safe',
    preset: 'recommended',
    messages: {
      unknown: 'Model token "{{found}}" left in the text: a word was lost here.',
      joiner: 'Subword joiner "@@" left in the text: join the pieces.',
      spaceMarker: 'SentencePiece space marker "▁" left in the text.',
    },
  },
  docs: {
    why: 'Neural translation systems work on subword pieces and special tokens. A pipeline that skips the last post-processing step leaks them: "@@ " between pieces of a word (BPE), "▁" for a space (SentencePiece), and "<unk>" or "⁇" where the model had no word. Joiners and space markers can be undone; an unknown token means a word is missing.',
    valid: [
      'Email us at info@example.com.',
      'The diff header @@ -1,3 +1,4 @@ shows the change.',
      'A <strong> tag in a sentence is not a model token.',
      'Use [brackets] for notes.',
      'The model writes <unk> for words outside its vocabulary.',
      'BPE marks split words with @@ as in "token@@ izer".',
    ],
    invalid: [
      { text: 'W@@ ait for more money', output: 'Wait for more money' },
      { text: 'the▁ministry▁said', output: 'the ministry said' },
      { text: 'marriage between bahrain princess <unk> and' },
      { text: 'the end of the sentence </s>' },
    ],
  },
  check(ctx) {
    const { prose } = ctx.doc;
    for (const { m, start, end } of matchAll(RE, prose)) {
      const around = prose.slice(Math.max(0, start - 100), end + 60);
      if (ABOUT_TOKENS_RE.test(around) || /[`"'“‘]/.test(prose[start - 1] ?? '')) continue;
      if (m[0].startsWith('@@')) {
        if (ctx.doc.isMasked(start - 1, end)) continue;
        ctx.report({ range: [start, end], messageId: 'joiner', fix: { title: 'Join the pieces', edits: [{ range: [start, end], text: '' }] } });
      } else if (m[0].startsWith('\u2581')) {
        const spaced = start === 0 || /\s/.test(prose[start - 1]) || end === prose.length || /\s/.test(prose[end]);
        ctx.report({
          range: [start, end],
          messageId: 'spaceMarker',
          fix: { title: spaced ? 'Remove the marker' : 'Write a space', edits: [{ range: [start, end], text: spaced ? '' : ' ' }] },
        });
      } else {
        ctx.report({ range: [start, end], messageId: 'unknown', data: { found: m[0] } });
      }
    }
  },
});
