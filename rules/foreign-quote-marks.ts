import { defineRule } from '../src/engine/define-rule.js';
import { mayContain } from '../src/text/charset.js';
import type { Edit, Range } from '../src/types.js';

/** »…« (German, Danish), „…“ or „…” (German, Polish, Czech); «…» (French, Russian) is paired by `guillemets`. */
const DOUBLE_RE = /«|»(?=\S)[^«»\n]{1,400}?(?<=\S)«|„[^„“”\n]{1,400}?[“”]/g;
/** ‹…›, ›…‹ and ‚…‘, the single forms, which nest inside the double ones. */
const SINGLE_RE = /‹(?=\S)[^‹›\n]{1,400}?(?<=\S)›|›(?=\S)[^‹›\n]{1,400}?(?<=\S)‹|‚(?=\S)[^‚‘’\n]{1,400}?(?<=\S)[‘’]/g;
/** What ends a «…» quotation, or shows that it does not end on its line. */
const GUILLEMET_END_RE = /[«»\n]/g;
/** Most characters between the spaces of a «…» quotation. */
const GUILLEMET_MAX = 400;
const isQuoteSpace = (c: number): boolean => c === 32 || c === 0xa0 || c === 0x202f;
const NUMERO_RE = /№(№?)[ \u00A0]*/g;

/** A character every match of DOUBLE_RE, SINGLE_RE and NUMERO_RE holds. */
const MARKS = /[«»„‹›‚№]/;

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
    if (!mayContain(ctx.doc, MARKS)) return;
    const { prose } = ctx.doc;
    for (const [re, open, close] of [[DOUBLE_RE, '“', '”'], [SINGLE_RE, '‘', '’']] as const) {
      re.lastIndex = 0;
      for (let m = re.exec(prose); m; m = re.exec(prose)) {
        const start = m.index;
        let [innerStart, innerEnd, end] = [start + 1, start + m[0].length - 1, start + m[0].length];
        if (m[0] === '«') {
          const pair = guillemets(prose, start);
          if (!pair) continue;
          [innerStart, innerEnd, end] = pair;
          re.lastIndex = end;
        }
        if (ctx.doc.isMasked(start) || ctx.doc.isMasked(end - 1)) continue;
        const edits: Edit[] = [
          { range: [start, innerStart] as Range, text: open },
          { range: [innerEnd, end] as Range, text: close },
        ];
        ctx.report({
          range: [start, end],
          messageId: 'quotes',
          data: { open: prose[start], close: prose[end - 1], english: `${open}…${close}` },
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

/**
 * The «…» quotation opening at `open`, closed by the first » on its line: where its words start and
 * end (inside the spaces French puts within the marks) and where it ends. A quotation of spaces
 * keeps one as its words; more than GUILLEMET_MAX characters of words are no quotation.
 */
function guillemets(prose: string, open: number): [innerStart: number, innerEnd: number, end: number] | undefined {
  GUILLEMET_END_RE.lastIndex = open + 1;
  const close = GUILLEMET_END_RE.exec(prose)?.index;
  if (close === undefined || prose[close] !== '»' || close === open + 1) return undefined;
  let innerStart = open + 1;
  while (innerStart < close && isQuoteSpace(prose.charCodeAt(innerStart))) innerStart++;
  if (innerStart === close) return [close - 1, close, close + 1];
  let innerEnd = close;
  while (isQuoteSpace(prose.charCodeAt(innerEnd - 1))) innerEnd--;
  return innerEnd - innerStart > GUILLEMET_MAX ? undefined : [innerStart, innerEnd, close + 1];
}
