/** A number written with digits, with the values it may stand for (`2.500` is 2.5 or 2500). */
export interface NumberToken {
  text: string;
  start: number;
  end: number;
  values: number[];
}

/** What a text says in numbers: digit numbers (which must match) and spelled-out ones (which may). */
export interface NumberFacts {
  digits: NumberToken[];
  /** Values written in words, Chinese numerals or month names, that a digit number may match. */
  spelled: Set<number>;
}

const DIGIT_RE = /(?<![\p{Script=Latin}\d.,])[-−]?\d+(?:[,.\u00A0\u202F\u2009']\d+)*(?:\s*(?:万亿|千万|百万|万|萬|亿|億|千|thousand|million|billion|trillion|bn|tn)(?![\p{Ll}]))?/giu;
const SCALES: Record<string, number> = {
  万亿: 1e12, 千万: 1e7, 百万: 1e6, 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8, 千: 1e3,
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, tn: 1e12,
};

const WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, thousand: 1000, million: 1e6, billion: 1e9, dozen: 12, once: 1, twice: 2, half: 0.5,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  single: 1, double: 2, triple: 3, pair: 2, both: 2, thrice: 3, trillion: 1e12,
};
const SCALE_WORDS = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion']);
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WORD_RE = /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?|[a-z]+)\b/gi;

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 兩: 2, 三: 3, 叁: 3, 四: 4, 肆: 4, 五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9 };
const CN_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const CN_BIG: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };
const CN_RE = /[零〇一壹二贰两兩三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万萬亿億]+/g;

/** Full-width digits as ASCII, and a full-width point between them (same length, so offsets hold). */
function halfWidth(text: string): string {
  return text
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/(?<=\d)\uFF0E(?=\d)/g, '.');
}

/** The values a digit string may mean, with its thousands and decimal separators read both ways when in doubt. */
function readDigits(raw: string): number[] {
  const body = raw.replace(/^[-−]/, '');
  const sign = body === raw ? 1 : -1;
  const seps = body.match(/[^\d]/g) ?? [];
  const plain = (s: string): number => Number(s);
  if (seps.length === 0) return [sign * plain(body)];
  const groups = body.split(/[^\d]/);
  const distinct = [...new Set(seps)];
  if (distinct.length >= 2) {
    // 1,234.5 or 1.234,5: the last separator is the decimal one
    const decimalSep = seps[seps.length - 1];
    const lastAt = body.lastIndexOf(decimalSep);
    const intPart = body.slice(0, lastAt).replace(/[^\d]/g, '');
    return [sign * Number(`${intPart}.${body.slice(lastAt + 1)}`)];
  }
  const sep = distinct[0];
  const thousands = groups.slice(1).every((g) => g.length === 3) && groups[0].length <= 3 && groups[0].length > 0;
  const values = new Set<number>();
  if (thousands) values.add(sign * plain(groups.join('')));
  if ((sep === '.' || sep === ',') && groups.length === 2) values.add(sign * Number(`${groups[0]}.${groups[1]}`));
  if (values.size === 0) {
    // 3.14.15 or 1,2,3: a version or a list; compare the digits as written
    for (const g of groups) values.add(plain(g));
  }
  return [...values];
}

/** Reads a Chinese numeral such as 三十五, 两千, 一百二十万. */
export function readChineseNumeral(s: string): number | undefined {
  let total = 0;
  let section = 0;
  let digit = -1;
  for (const ch of s) {
    if (ch in CN_DIGITS) {
      if (digit >= 0) return undefined; // 一二 is not a number
      digit = CN_DIGITS[ch];
    } else if (ch in CN_UNITS) {
      section += (digit < 0 ? 1 : digit) * CN_UNITS[ch];
      digit = -1;
    } else if (ch in CN_BIG) {
      section += Math.max(digit, 0);
      total = (total + section) * CN_BIG[ch];
      section = 0;
      digit = -1;
    }
  }
  return total + section + Math.max(digit, 0);
}

/**
 * The numbers of a text. Digits keep their separators read either way (`1,000` = 1000); a scale
 * that follows (`3亿`, `1.5万`, `2 million`) multiplies them; ranges `skip` (placeholders) are left out.
 */
export function numberFacts(text: string, skip: Array<[number, number]> = []): NumberFacts {
  const src = halfWidth(text);
  const digits: NumberToken[] = [];
  DIGIT_RE.lastIndex = 0;
  for (let m = DIGIT_RE.exec(src); m; m = DIGIT_RE.exec(src)) {
    const start = m.index;
    const end = start + m[0].length;
    if (skip.some(([s, e]) => s < end && start < e)) continue;
    const scale = /(万亿|千万|百万|万|萬|亿|億|千|thousand|million|billion|trillion|bn|tn)$/i.exec(m[0]);
    const numeral = (scale ? m[0].slice(0, scale.index) : m[0]).trim().replace(/[.,']$/, '');
    const factor = scale ? SCALES[scale[1].toLowerCase()] ?? SCALES[scale[1]] : 1;
    const values = readDigits(numeral).map((v) => round(v * factor));
    digits.push({ text: text.slice(start, end), start, end, values });
  }
  const spelled = new Set<number>();
  let previous: { value: number; end: number } | undefined;
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(src); m; m = WORD_RE.exec(src)) {
    const w = m[0].toLowerCase().replace(/\.$/, '');
    if (w in WORDS) {
      // "fourteen billion", "two hundred": a number word times the scale after it
      if (SCALE_WORDS.has(w) && previous && /^[\s-]*(?:an?\s+)?$/i.test(src.slice(previous.end, m.index))) spelled.add(round(previous.value * WORDS[w]));
      spelled.add(WORDS[w]);
      previous = { value: WORDS[w], end: m.index + m[0].length };
    } else if (w !== 'a' && w !== 'an') previous = undefined;
    const month = MONTHS.indexOf(w.slice(0, 3));
    if (month >= 0 && (w.length === 3 || w === 'sept' || /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/.test(w))) spelled.add(month + 1);
  }
  CN_RE.lastIndex = 0;
  for (let m = CN_RE.exec(src); m; m = CN_RE.exec(src)) {
    const v = readChineseNumeral(m[0]);
    if (v !== undefined) spelled.add(v);
    for (const ch of m[0]) if (ch in CN_DIGITS) spelled.add(CN_DIGITS[ch]);
  }
  return { digits, spelled };
}

function round(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

/**
 * Matches the digit numbers of a source and a target: a number on one side must be written on
 * the other, with digits or, failing that, in words.
 */
export function compareNumbers(source: NumberFacts, target: NumberFacts): { missing: NumberToken[]; extra: NumberToken[] } {
  // each source number takes the first target number not yet taken that shares a value with it:
  // the target's numbers listed by value, each list with a cursor past the ones taken
  const byValue = new Map<number, { at: number[]; next: number }>();
  target.digits.forEach((t, i) => {
    for (const v of t.values) {
      const list = byValue.get(v);
      if (!list) byValue.set(v, { at: [i], next: 0 });
      else if (list.at[list.at.length - 1] !== i) list.at.push(i);
    }
  });
  const used = new Uint8Array(target.digits.length);
  const missing: NumberToken[] = [];
  for (const s of source.digits) {
    let first = -1;
    for (const v of s.values) {
      const list = byValue.get(v);
      if (!list) continue;
      while (list.next < list.at.length && used[list.at[list.next]]) list.next++;
      const i = list.at[list.next];
      if (i !== undefined && (first < 0 || i < first)) first = i;
    }
    if (first >= 0) used[first] = 1;
    else if (!s.values.some((v) => target.spelled.has(v))) missing.push(s);
  }
  const extra = target.digits.filter((t, i) => !used[i] && !t.values.some((v) => source.spelled.has(v)));
  return { missing, extra };
}
