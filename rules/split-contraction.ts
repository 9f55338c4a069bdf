import { defineRule } from '../src/engine/define-rule.js';

/**
 * `’s`, `'re`, `'ve`, `'ll`, `'d`, `'m` (`it ’s`), `'t` (Moses: `don 't`) or, with the `n` before it, `n't`
 * (Penn: `wo n't`); the space before is checked at the match.
 */
const RE = /['’](?:[sdmtSDMT]|[rR][eE]|[vV][eE]|[lL][lL])(?![\p{L}\p{N}'’-])/gu;
const isBlank = (c: number): boolean => c === 32 || c === 9;
const WORD_BEFORE = /[\p{L}\p{N}]+$/u;
/** Words a Penn Treebank tokenizer splits `n't` from: `wo n't`, `ca n't`, `do n't`. */
const NT_HOSTS = new Set(['wo', 'ca', 'sha', 'ai', 'do', 'does', 'did', 'is', 'are', 'was', 'were', 'could', 'should', 'would', 'has', 'have', 'had', 'need', 'must', 'might', 'dare']);

export default defineRule({
  id: 'split-contraction',
  meta: {
    description: 'A contraction split from its word by a tokenizer, as in "it ’s", "yesterday ’s" or "wo n\'t"',
    category: 'spacing',
    defaultSeverity: 'error',
    fixable: 'safe',
    preset: 'recommended',
    messages: { split: 'Split contraction "{{found}}": join "{{part}}" to the word before it.' },
  },
  docs: {
    why: 'Translation systems work on tokenized text, where "it\'s" is two tokens ("it \'s") and "won\'t" is "wo n\'t". When the output is not detokenized, the space stays. Quoted letters (the letter \'s\'), Dutch names (\'s-Hertogenbosch, Gerard \'t Hooft) and opening quotes are left alone.',
    valid: [
      'It’s the world’s leader; they’re here and we won’t go.',
      'Mind your p\'s and q\'s, and the letter \'s\' too.',
      'She lives in \'s-Hertogenbosch.',
      'The physicist Gerard \'t Hooft spoke.',
      'He said \'sorry\' twice.',
    ],
    invalid: [
      { text: 'That ’s why it ’s great.', output: 'That’s why it’s great.' },
      { text: 'at yesterday ’s reception', output: 'at yesterday’s reception' },
      { text: 'I wo n\'t go and you ca n\'t stay.', output: 'I won\'t go and you can\'t stay.' },
      { text: 'They do n\'t know, I \'m sure, and we don \'t care.', output: 'They don\'t know, I\'m sure, and we don\'t care.' },
    ],
  },
  check(ctx) {
    const { prose } = ctx.doc;
    RE.lastIndex = 0;
    for (let m = RE.exec(prose); m; m = RE.exec(prose)) {
      let from = m.index;
      if (!isBlank(prose.charCodeAt(from - 1))) {
        // `n't` split off as a whole
        if ((m[0][1] !== 't' && m[0][1] !== 'T') || (prose[from - 1] !== 'n' && prose[from - 1] !== 'N') || !isBlank(prose.charCodeAt(from - 2))) continue;
        from--;
      }
      const part = prose.slice(from, m.index + m[0].length);
      let start = from - 1;
      while (start > 0 && isBlank(prose.charCodeAt(start - 1))) start--;
      const end = m.index + m[0].length;
      const word = WORD_BEFORE.exec(prose.slice(Math.max(0, start - 12), start))?.[0];
      if (!word) continue;
      const lower = part.toLowerCase();
      // `'t` joins only after n (Moses `don 't`); `n't` only after the verbs it contracts (not `Gerard 't Hooft`)
      if (lower.endsWith('t') && (lower.length === 2 ? !/n$/i.test(word) : !NT_HOSTS.has(word.toLowerCase()))) continue;
      if (ctx.doc.isMasked(start, end)) continue;
      ctx.report({
        range: [start, end],
        messageId: 'split',
        data: { found: part, part },
        fix: { title: `Join "${part}"`, edits: [{ range: [start, end - part.length], text: '' }] },
      });
    }
  },
});
