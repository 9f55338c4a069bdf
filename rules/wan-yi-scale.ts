import { defineRule } from '../src/engine/define-rule.js';

const RE = /(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?[ \t\u00A0]+(ten[- ]thousands?|hundred[- ]millions?|100[- ]millions?|wan|yi)\b(?!-)/gi;

/** `digits` times 10^`power`, computed on the decimal string (no floating-point error). */
function scale(intPart: string, fraction: string, power: number): bigint {
  const digits = intPart.replace(/,/g, '') + fraction;
  const shift = power - fraction.length;
  if (shift >= 0) return BigInt(digits) * 10n ** BigInt(shift);
  const divisor = 10n ** BigInt(-shift);
  return (BigInt(digits) + divisor / 2n) / divisor;
}

/** Writes a count the English way: 35,000, 120 million, 3.5 billion. */
function spell(value: bigint): string {
  const units: Array<[bigint, string]> = [[10n ** 12n, 'trillion'], [10n ** 9n, 'billion'], [10n ** 6n, 'million']];
  for (const [unit, name] of units) {
    if (value >= unit) {
      const whole = value / unit;
      const rest = value % unit;
      if (rest === 0n) return `${whole.toLocaleString('en-US')} ${name}`;
      const decimals = (rest * 1000n) / unit;
      if ((decimals * unit) / 1000n === rest) return `${whole.toLocaleString('en-US')}.${decimals.toString().padStart(3, '0').replace(/0+$/, '')} ${name}`;
    }
  }
  return value.toLocaleString('en-US');
}

export default defineRule({
  id: 'wan-yi-scale',
  meta: {
    description: 'A Chinese 万 (10,000) or 亿 (100,000,000) rendered word for word, as in "3.5 ten thousand yuan" or "12 wan yuan"',
    category: 'numbering',
    defaultSeverity: 'error',
    fixable: 'suggest',
    preset: 'recommended',
    messages: { scale: '"{{found}}" counts in Chinese units ({{unit}}): it means {{value}}.' },
  },
  docs: {
    why: 'Chinese counts large numbers in 万 (ten thousand) and 亿 (a hundred million), and English has no single word for either. Translated literally, "3.5万元" becomes "3.5 ten thousand yuan" and "1.2亿" "1.2 100 million". The suggestion gives the computed value; check it against the source.',
    valid: [
      'Ten thousand people marched.',
      'About 100 million users signed up.',
      'He won 5 ten-thousand-dollar prizes.',
      'Tens of thousands of people came.',
      'The Wan Chai district is busy.',
    ],
    invalid: [
      { text: 'The app has 30 Ten thousand users.' },
      { text: 'It costs 3.5 ten thousand yuan.' },
      { text: 'Sales reached 1.2 hundred million yuan.' },
      { text: 'He earns 12 wan yuan a year.' },
    ],
  },
  check(ctx) {
    const { prose } = ctx.doc;
    RE.lastIndex = 0;
    for (let m = RE.exec(prose); m; m = RE.exec(prose)) {
      const [found, intPart, fractionDot = '', unitWord] = m;
      const unit = unitWord.toLowerCase();
      if ((unit === 'wan' || unit === 'yi') && unitWord !== unit) continue; // a name: Wan, Yi
      const power = /^(?:ten|wan)/.test(unit) ? 4 : 8;
      const value = spell(scale(intPart, fractionDot.slice(1), power));
      const start = m.index;
      const end = start + found.length;
      ctx.report({
        range: [start, end],
        messageId: 'scale',
        data: { found, unit: power === 4 ? '万, ten thousand' : '亿, a hundred million', value },
        suggestions: [{ title: `Write "${value}"`, edits: [{ range: [start, end], text: value }] }],
      });
    }
  },
});
