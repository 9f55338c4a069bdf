import { defineRule } from '../src/engine/define-rule.js';
import { onlyFunctionWords, tagRange } from '../src/nlp/pos.js';
import { proseSentences } from '../src/nlp/prefilter.js';

/** Words MT renders alone when one source character is translated by itself (上 up, 等 wait/etc., 同上 same). */
const FRAGMENT_WORDS = new Set([
  'up', 'down', 'wait', 'next', 'above', 'below', 'such', 'other', 'then', 'again', 'same', 'etc', 'also', 'ditto',
  'namely', 'following', 'hereinafter', 'among', 'over', 'under', 'before', 'after', 'within', 'besides', 'including',
  'inside', 'outside', 'middle', 'etcetera', 'aforementioned', 'wherein', 'thereof',
]);

export default defineRule({
  id: 'lone-fragment',
  meta: {
    description: 'A one- or two-word "sentence" without a verb inside running prose, such as "Up." or "Wait."',
    category: 'fragment',
    defaultSeverity: 'warning',
    fixable: 'none',
    preset: 'all',
    messages: {
      listed: '"{{text}}" stands alone as a sentence: probably one source character translated on its own (上 "up", 等 "wait" for "etc."); join it to its neighbour or delete it.',
      fragment: '"{{text}}" is a fragment without a verb between two sentences: a clause cut off by a stray full stop; join it to its neighbour.',
    },
  },
  docs: {
    why: 'Chinese characters such as 上 ("on, up"), 等 ("wait", also "etc.") and 同上 ("same as above") are sometimes translated on their own and end up as a sentence of one word. Headings, list items, dialogue and replies such as "Thank you." or "Yes." are not reported.',
    valid: [
      'Many Chinese people in the Far East have lived there for decades. Local residents welcome them.',
      'Thank you. (Applause)',
      'He paused. "Wait." Then he left the room.',
      'Up',
      'It was late. Yes. We went home anyway.',
      '1. Up. The first step of the plan.',
      'The U.S. Navy said so. It left.',
      'Robots as big as 12 ft. long proteins. They move.',
    ],
    invalid: [
      { text: 'A large number of Chinese people have existed for decades. Up. Local residents welcome them.' },
      { text: 'Russia’s only response is Russia. American alliance. This view reflects their thinking.' },
      { text: 'Prices of rice, wheat. Wait. All rose in May.' },
    ],
  },
  check(ctx) {
    const { doc } = ctx;
    for (const s of proseSentences(doc)) {
      if (s.count < 2 || s.quoted || s.listItem || !s.text.endsWith('.') || doc.isMasked(s.end - 1)) continue;
      const n = doc.wordCountIn(s.start, s.end);
      if (n === 0 || n > 2 || !/^\p{Lu}/u.test(s.text)) continue;
      const words = doc.wordsIn(s.start, s.end);
      if (words.every((w) => /^\p{N}/u.test(w.text))) continue;
      const data = { text: s.text };
      if (words.length === 1 && FRAGMENT_WORDS.has(words[0].text.toLowerCase())) {
        ctx.report({ range: [s.start, s.end], messageId: 'listed', data });
        continue;
      }
      const tokens = tagRange(doc, s.start, s.end).filter((t) => t.pos !== 'PUNCT');
      if (onlyFunctionWords(tokens)) {
        ctx.report({ range: [s.start, s.end], messageId: 'listed', data });
        continue;
      }
      const hasVerbOrReply = tokens.some((t) => ['VERB', 'AUX', 'INTJ', 'PRON'].includes(t.pos));
      const nameOnly = tokens.every((t) => t.pos === 'PROPN');
      if (!hasVerbOrReply && !nameOnly && words.length === 2) ctx.report({ range: [s.start, s.end], messageId: 'fragment', data });
    }
  },
});
