import { defineRule } from '../src/engine/define-rule.js';
import type { Edit, Range } from '../src/types.js';

/** «…» (French, Russian), »…« (German, Danish), „…“ or „…” (German, Polish, Czech). */
const DOUBLE_RE = /«([ \u00A0\u202F]*)([^«»\n]{1,400}?)([ \u00A0\u202F]*)»|»(?=\S)[^«»\n]{1,400}?(?<=\S)«|„[^„“”\n]{1,400}?[“”]/g;
/** ‹…›, ›…‹ and ‚…‘, the single forms, which nest inside the double ones. */
const SINGLE_RE = /‹(?=\S)[^‹›\n]{1,400}?(?<=\S)›|›(?=\S)[^‹›\n]{1,400}?(?<=\S)‹|‚(?=\S)[^‚‘’\n]{1,400}?(?<=\S)[‘’]/g;
const NUMERO_RE = /№(№?)[ \u00A0]*/g;

export default defineRule({
  id: 'foreign-quote-marks',
  meta: {
    description: 'Quotation marks of another language (« », „ “, » «, ‹ ›) or the numero sign № in English',
    category: 'quotes-brackets',
    defaultSeverity: 'error',
    fixable: 'safe',
    preset: 'recommended',
    messages: {
      quotes: 'Foreign quotation marks "{{open}}…{{close}}": use "{{english}}".',
      numero: 'Numero sign "{{found}}": write "{{english}}".',
    },
  },
  docs: {
    why: 'Russian, French and German texts quote with « », „ “ or » «, and write "№" for "number". Translation keeps them more often than not; English style guides normalise them to “ ” and "No.". Chinese and Japanese corner quotes 「」『』 are reported by cjk-punctuation. A lone » used as a separator ("Home » News") is not a quotation and is left alone.',
    valid: [
      'the so-called “special operation”',
      'Home » News » World',
      'Read more »',
      'Order No. 5 was signed.',
      'He said “yes” and left.',
    ],
    invalid: [
      { text: 'the so-called «special operation» began', output: 'the so-called “special operation” began' },
      { text: 'the newspaper « Le Monde » said', output: 'the newspaper “Le Monde” said' },
      { text: 'Er nannte es „Zeitenwende“ in English.', output: 'Er nannte es “Zeitenwende” in English.' },
      { text: 'Order №5 was signed.', output: 'Order No. 5 was signed.' },
    ],
  },
  check(ctx) {
    const { prose } = ctx.doc;
    for (const [re, open, close] of [[DOUBLE_RE, '“', '”'], [SINGLE_RE, '‘', '’']] as const) {
      re.lastIndex = 0;
      for (let m = re.exec(prose); m; m = re.exec(prose)) {
        const start = m.index;
        const end = start + m[0].length;
        if (ctx.doc.isMasked(start) || ctx.doc.isMasked(end - 1)) continue;
        const innerStart = start + 1 + (m[1] ?? '').length;
        const innerEnd = end - 1 - (m[3] ?? '').length;
        const edits: Edit[] = [
          { range: [start, innerStart] as Range, text: open },
          { range: [innerEnd, end] as Range, text: close },
        ];
        ctx.report({
          range: [start, end],
          messageId: 'quotes',
          data: { open: m[0][0], close: m[0][m[0].length - 1], english: `${open}…${close}` },
          fix: { title: `Use ${open} ${close}`, edits },
        });
      }
    }
    NUMERO_RE.lastIndex = 0;
    for (let m = NUMERO_RE.exec(prose); m; m = NUMERO_RE.exec(prose)) {
      const start = m.index;
      const signEnd = start + 1 + m[1].length;
      if (ctx.doc.isMasked(start)) continue;
      const followedByNumber = /\d/.test(prose[start + m[0].length] ?? '');
      const english = (m[1] ? 'Nos.' : 'No.') + (followedByNumber ? ' ' : '');
      ctx.report({
        range: [start, signEnd],
        messageId: 'numero',
        data: { found: m[0].trim(), english: english.trim() },
        fix: { title: `Write "${english.trim()}"`, edits: [{ range: [start, followedByNumber ? start + m[0].length : signEnd], text: english }] },
      });
    }
  },
});
