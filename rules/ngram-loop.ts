import { defineRule } from '../src/engine/define-rule.js';
import { firstWordEndingAfter, firstWordStartingAt, sameFolded } from '../src/text/words.js';

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
    const { starts, ends } = doc.wordIndex();
    const hashes = doc.wordHashes();
    const equal = (a: number, b: number): boolean => hashes[a] === hashes[b] && sameFolded(prose, starts[a], ends[a], starts[b], ends[b]);
    for (const para of doc.paragraphs()) {
      const first = firstWordEndingAfter(doc.wordIndex(), para.start);
      const last = firstWordStartingAt(doc.wordIndex(), para.end);
      // word k follows word k - 1 with only spaces and at most one comma between them
      const joined = (k: number): boolean => k > first && loopGap(prose, ends[k - 1], starts[k]);
      const same = (a: number, b: number, n: number): boolean => {
        for (let k = 0; k < n; k++) if (!equal(a + k, b + k) || !joined(b + k)) return false;
        return true;
      };
      for (let i = first; i < last; ) {
        const h = hashes[i];
        // the cheap test first: a loop repeats its first word at most MAX_N words on
        const reach = Math.min(last - 1, i + MAX_N);
        let j = i + 1;
        while (j <= reach && hashes[j] !== h) j++;
        if (j > reach) {
          i++;
          continue;
        }
        let found: { n: number; copies: number } | undefined;
        for (let n = 1; n <= MAX_N && !found; n++) {
          if (i + minCopies * n > last) break;
          if (hashes[i + n] !== h || !equal(i, i + n)) continue;
          let inner = true;
          for (let k = 1; k < n && inner; k++) inner = joined(i + k);
          if (!inner) break;
          let copies = 1;
          while (i + (copies + 1) * n <= last && same(i, i + copies * n, n)) copies++;
          if (copies >= minCopies) found = { n, copies };
        }
        if (!found) {
          i++;
          continue;
        }
        const { n, copies } = found;
        const expressive = Array.from({ length: n }, (_, k) => prose.slice(starts[i + k], ends[i + k]).toLowerCase().replace(/’/g, "'")).every(
          (w) => EXPRESSIVE.has(w) || /^\d+$/.test(w),
        );
        const start = starts[i];
        const firstEnd = ends[i + n - 1];
        const end = ends[i + copies * n - 1];
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

/** Whether `text[from, to)` may separate the words of a loop: spaces and at most one comma, not a sentence break. */
function loopGap(text: string, from: number, to: number): boolean {
  let comma = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0xa0) continue;
    if (c !== 0x2c || comma) return false;
    comma = true;
  }
  return true;
}
