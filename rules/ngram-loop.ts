import { defineRule } from '../src/engine/define-rule.js';

const MAX_N = 6;
const MIN_COPIES = 3;
/** Words people repeat on purpose: laughter, refrains, calls, emphasis. */
const EXPRESSIVE = new Set(
  ('ha haha ho he hee hah la na da no yes yeah yay very so really go bye blah bla yada knock boom bang tick tock woof ' +
    'ding dong rah hip hey oh ah aah wow more again yo cha tut beep buzz clap click tap quack meow baa choo zzz ugh hmm ' +
    'wait please help stop run come on left right one two three bravo encore thank you hello hi fire faster higher round ' +
    'and over much many tiny little long far away down up out deeper closer')
    .split(' '),
);
/** Separators allowed between the words of a loop: spaces and commas, not sentence breaks. */
const GAP_RE = /^[ \t\u00A0]*,?[ \t\u00A0]*$/;

export default defineRule({
  id: 'ngram-loop',
  meta: {
    description: 'A word or phrase repeated three or more times in a row, as in "it seems that it seems that it seems that"',
    category: 'repetition',
    defaultSeverity: 'error',
    fixable: 'suggest',
    preset: 'recommended',
    precision: 1,
    options: { minCopies: MIN_COPIES },
    messages: { loop: '"{{phrase}}" repeated {{count}} times in a row: a translation loop.' },
  },
  docs: {
    why: 'Neural translation can fall into an oscillation and emit the same words again and again until it hits its length limit. Laughter, refrains and calls (ha ha ha, no, no, no, go go go) are repeated on purpose and are left alone.',
    valid: [
      'Ha ha ha, that was funny.',
      'No, no, no, that is not what I meant.',
      'It got bigger and bigger and bigger.',
      'Thank you. Thank you. Thank you.',
      'Go go go!',
    ],
    invalid: [
      { text: 'it seems that it seems that it seems that the plan failed' },
      { text: 'I\'m sorry I\'m sorry I\'m sorry for this.' },
      { text: 'the the the government said' },
    ],
  },
  check(ctx) {
    const { doc } = ctx;
    const { prose } = doc;
    const minCopies = Math.max(2, Number(ctx.options.minCopies ?? MIN_COPIES));
    for (const para of doc.paragraphs()) {
      const words = doc.wordsIn(para.start, para.end);
      const lower = words.map((w) => w.text.toLowerCase().replace(/’/g, "'"));
      const joined = (k: number): boolean => k > 0 && GAP_RE.test(prose.slice(words[k - 1].end, words[k].start));
      const same = (a: number, b: number, n: number): boolean => {
        for (let k = 0; k < n; k++) if (lower[a + k] !== lower[b + k] || !joined(b + k)) return false;
        return true;
      };
      for (let i = 0; i < words.length; ) {
        let found: { n: number; copies: number } | undefined;
        for (let n = 1; n <= MAX_N && !found; n++) {
          if (i + minCopies * n > words.length) break;
          if (lower[i] !== lower[i + n]) continue; // the cheap test first: a loop repeats its first word n words on
          let inner = true;
          for (let k = 1; k < n && inner; k++) inner = joined(i + k);
          if (!inner) break;
          let copies = 1;
          while (i + (copies + 1) * n <= words.length && same(i, i + copies * n, n)) copies++;
          if (copies >= minCopies) found = { n, copies };
        }
        if (!found) {
          i++;
          continue;
        }
        const { n, copies } = found;
        const phraseWords = lower.slice(i, i + n);
        const expressive = phraseWords.every((w) => EXPRESSIVE.has(w) || /^\d+$/.test(w));
        const start = words[i].start;
        const firstEnd = words[i + n - 1].end;
        const end = words[i + copies * n - 1].end;
        // an argument list in code: f(arg, arg, arg)
        const open = prose.lastIndexOf('(', start);
        const code = open > 0 && /\w/.test(prose[open - 1]) && !/[)\n]/.test(prose.slice(open, start));
        if (!expressive && !code) {
          ctx.report({
            range: [start, end],
            messageId: 'loop',
            data: { phrase: prose.slice(start, firstEnd), count: copies },
            suggestions: [{ title: 'Keep one copy', edits: [{ range: [firstEnd, end], text: '' }] }],
          });
        }
        i += n * copies;
      }
    }
  },
});
