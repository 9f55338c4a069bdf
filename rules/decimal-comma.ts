import { defineRule } from '../src/engine/define-rule.js';

const UNIT = String.raw`%|percent\b|per cent\b|million\b|billion\b|trillion\b|thousand\b|kg\b|km\b|cm\b|mm\b|°|degrees?\b|times\b|points?\b|euros?\b|rubles?\b|roubles?\b|dollars?\b|yuan\b|pounds?\b|hours?\b|years?\b|metres?\b|meters?\b|kilometres?\b|kilometers?\b|tonnes?\b|tons?\b|litres?\b|liters?\b|grams?\b|kilograms?\b|mln\b|bn\b`;
const RE = new RegExp(String.raw`(?<![\d.,])([€$£¥₽][ \u00A0]?)?(\d{1,3}),(\d{1,2})(?![\d,])([ \u00A0]?)(?=(${UNIT})|)`, 'gi');
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
    RE.lastIndex = 0;
    for (let m = RE.exec(prose); m; m = RE.exec(prose)) {
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
