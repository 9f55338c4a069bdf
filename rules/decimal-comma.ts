import { defineRule } from '../src/engine/define-rule.js';

const UNIT = String.raw`%|percent\b|per cent\b|million\b|billion\b|trillion\b|thousand\b|kg\b|km\b|cm\b|mm\b|°|degrees?\b|times\b|points?\b|euros?\b|rubles?\b|roubles?\b|dollars?\b|yuan\b|pounds?\b|hours?\b|years?\b|metres?\b|meters?\b|kilometres?\b|kilometers?\b|tonnes?\b|tons?\b|litres?\b|liters?\b|grams?\b|kilograms?\b|mln\b|bn\b`;
/** A number with a decimal comma, tried where one can start (sticky); `check` finds those places. */
const RE = new RegExp(String.raw`(?<![\d.,])([€$£¥₽][ \u00A0]?)?(\d{1,3}),(\d{1,2})(?![\d,])([ \u00A0]?)(?=(${UNIT})|)`, 'iy');
/**
 * Every match holds a digit, a comma and a digit. The pattern above begins with a lookbehind and
 * an optional sign, so a global search would try it at every position; this one starts with a
 * digit and is scanned instead.
 */
const DIGIT_COMMA_DIGIT_RE = /\d,\d/g;
const CURRENCY = '€$£¥₽';
const LIST_AFTER_RE = /^\s*(?:,\s*\d|(?:and|or|&)\s+\d)/;

export default defineRule({
  id: 'decimal-comma',
  meta: {
    description: 'A decimal comma from Russian, German or French, as in "inflation rose to 2,4 %"',
    category: 'numbering',
    defaultSeverity: 'warning',
    fixable: 'suggest',
    preset: 'recommended',
    messages: { comma: '"{{found}}" uses a decimal comma: English writes "{{fixed}}".' },
  },
  docs: {
    why: 'Most European languages write decimals with a comma (2,4 %) where English uses a point (2.4%). A comma followed by only one or two digits cannot be an English thousands separator, so with a unit or a currency after or before it the number is a decimal left in the source convention.',
    valid: [
      'The population is 4,300 people.',
      'Inflation rose to 2.4%.',
      'See items 1,2 and 3 on the list.',
      'Scores of 3,1 and 2,0 ended the games.',
      'The coordinates 12,5 are on the map.',
    ],
    invalid: [
      { text: 'Inflation rose to 2,4 % in May.' },
      { text: 'The budget is 1,5 million rubles.' },
      { text: 'It costs €3,50 at the door.' },
    ],
  },
  check(ctx) {
    const { prose } = ctx.doc;
    let after = 0;
    DIGIT_COMMA_DIGIT_RE.lastIndex = 0;
    for (let c = DIGIT_COMMA_DIGIT_RE.exec(prose); c; c = DIGIT_COMMA_DIGIT_RE.exec(prose)) {
      // the comma's number: its run of digits, and a currency sign (and a space) before it
      const comma = c.index + 1;
      DIGIT_COMMA_DIGIT_RE.lastIndex = comma;
      let digits = comma;
      while (digits > after && isDigit(prose.charCodeAt(digits - 1))) digits--;
      if (comma - digits > 3) continue;
      let sign = digits;
      if (sign > after && (prose[sign - 1] === ' ' || prose[sign - 1] === '\u00A0')) sign--;
      // where a left-to-right search finds the number: at the sign, or else at the digits
      let m: RegExpExecArray | null = null;
      if (sign > after && CURRENCY.includes(prose[sign - 1])) {
        RE.lastIndex = sign - 1;
        m = RE.exec(prose);
      }
      if (!m) {
        RE.lastIndex = digits;
        m = RE.exec(prose);
      }
      if (!m) continue;
      after = m.index + m[0].length;
      DIGIT_COMMA_DIGIT_RE.lastIndex = Math.max(comma, after);
      const [, currency = '', whole, decimals, space, unit] = m;
      if (!currency && !unit) continue;
      const start = m.index;
      const numberEnd = start + currency.length + whole.length + 1 + decimals.length;
      if (/\d(?:\s*,\s*|\s+(?:and|or|&)\s+)$/.test(prose.slice(Math.max(0, start - 8), start)) || LIST_AFTER_RE.test(prose.slice(numberEnd, numberEnd + 8))) continue;
      const percent = unit === '%' && space !== '';
      const end = percent ? numberEnd + space.length + 1 : numberEnd;
      const found = prose.slice(start, end);
      const fixed = `${currency}${whole}.${decimals}${percent ? '%' : ''}`;
      ctx.report({
        range: [start, end],
        messageId: 'comma',
        data: { found, fixed },
        suggestions: [{ title: `Write "${fixed}"`, edits: [{ range: [start, end], text: fixed }] }],
      });
    }
  },
});

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
