import { defineRule } from '../src/engine/define-rule.js';
import { mayContain } from '../src/text/charset.js';

/** A middle dot glued between a word and a capitalised word: "Donald·Trump", "Leonardo·da·Vinci". */
const RE = /[·・‧](?=\p{Lu}|\p{Ll}+[·・‧]\p{Lu})/gu;
const LETTER_BEFORE = /[\p{L}\p{M}]$/u;
const GEMINATE_L = /l[·・‧]l/iu;

export default defineRule({
  id: 'middle-dot-name',
  meta: {
    description: 'A Chinese or Japanese middle dot left between the parts of a foreign name, as in "Donald·Trump"',
    category: 'punctuation',
    defaultSeverity: 'error',
    fixable: 'safe',
    preset: 'recommended',
    precision: 1,
    messages: { dot: 'Middle dot "{{found}}" inside a name: use a space.' },
  },
  docs: {
    why: 'Chinese writes transliterated foreign names with a separator dot (间隔号, "·"), Japanese with "・"; translation systems copy it into English, where the parts of a name are separated by spaces.',
    valid: [
      'Donald Trump met Leonardo da Vinci.',
      'The Avinguda del Paral·lel is in Barcelona, as is the PARAL·LEL sign.',
      'Home · About · Contact',
      'The product a·b of two vectors.',
      'Price: 5·2 units.',
    ],
    invalid: [
      { text: 'Donald·Trump said so.', output: 'Donald Trump said so.' },
      { text: 'A painting by Leonardo·da·Vinci.', output: 'A painting by Leonardo da Vinci.' },
      { text: 'The singer Taylor・Swift arrived.', output: 'The singer Taylor Swift arrived.' },
    ],
  },
  check(ctx) {
    if (!mayContain(ctx.doc, /[·・‧]/)) return;
    const { prose } = ctx.doc;
    RE.lastIndex = 0;
    for (let m = RE.exec(prose); m; m = RE.exec(prose)) {
      const at = m.index;
      if (!LETTER_BEFORE.test(prose.slice(Math.max(0, at - 2), at)) || GEMINATE_L.test(prose.slice(at - 1, at + 2)) || ctx.doc.isMasked(at)) continue;
      ctx.report({
        range: [at, at + 1],
        messageId: 'dot',
        data: { found: m[0] },
        fix: { title: 'Use a space', edits: [{ range: [at, at + 1], text: ' ' }] },
      });
    }
  },
});
