import { defineRule } from '../src/engine/define-rule.js';
import type { Block, Document } from '../src/text/document.js';

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const CHINESE = '一二三四五六七八九十';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const MARKER_RE = new RegExp(
  String.raw`^(?:(\d{1,2})([.)、])\s+|[(（](\d{1,2})[)）]\s*|([${CIRCLED}])\s*|[(（]([${CHINESE}]{1,2})[)）]\s*|([${CHINESE}]{1,2})、\s*|(${ORDINALS.join('|')})(?:ly)?,\s+|(${ROMAN.join('|')})\.\s+)`,
  'i',
);
const UPPER_ROMAN_RE = /^[IVX]+\./;
/** Longest heading-like paragraph, in words: siblings of a numbered series are headings, not body text. */
const HEADING_WORDS = 20;

/** A paragraph that starts with an enumeration marker. */
interface Marker {
  start: number;
  end: number;
  style: string;
  value: number;
  text: string;
  listItem: boolean;
}

const chineseValue = (s: string): number => {
  const digit = (c: string): number => CHINESE.indexOf(c) + 1;
  if (s.length === 1) return digit(s);
  if (s[0] === '十') return 10 + digit(s[1]);
  return s[1] === '十' ? digit(s[0]) * 10 : 0;
};

const chineseNumeral = (n: number): string =>
  n <= 10 ? CHINESE[n - 1] : n < 20 ? `十${CHINESE[n - 11]}` : `${CHINESE[Math.floor(n / 10) - 1]}十${n % 10 ? CHINESE[(n % 10) - 1] : ''}`;

const styleName = (style: string, value: number): string => {
  switch (style) {
    case 'dot':
      return `${value}.`;
    case 'paren':
      return `${value})`;
    case 'comma':
      return `${value}、`;
    case 'wrapped':
      return `(${value})`;
    case 'cn-comma':
      return `${chineseNumeral(value)}、`;
    case 'cn-wrapped':
      return `(${chineseNumeral(value)})`;
    case 'roman':
      return `${ROMAN[value - 1]}.`;
    case 'circled':
      return CIRCLED[value - 1] ?? `${value}`;
    case 'ordinal':
      return `${ORDINALS[value - 1][0].toUpperCase()}${ORDINALS[value - 1].slice(1)},`;
    default:
      return `${value}`;
  }
};

/** The number of a Markdown ordered-list item, read from the file (the prose view drops the marker). */
function listItemNumber(doc: Document, block: Block): number | undefined {
  const fileStart = doc.map.start(block.start);
  const lineStart = doc.text.lastIndexOf('\n', fileStart - 1) + 1;
  const m = /^[ \t>]*(\d{1,9})[.)][ \t]+$/.exec(doc.text.slice(lineStart, fileStart));
  return m ? Number(m[1]) : undefined;
}

/** The enumeration marker a paragraph starts with, if it is a sibling candidate. */
function markerOf(doc: Document, block: Block): Marker | undefined {
  const text = doc.prose.slice(block.start, block.end);
  if (block.kind === 'list-item') {
    const value = listItemNumber(doc, block);
    return value === undefined ? undefined : { start: block.start, end: block.start, style: 'dot', value, text: '', listItem: true };
  }
  if (block.kind !== 'paragraph' && block.kind !== 'heading') return undefined;
  const m = MARKER_RE.exec(text);
  if (!m) return undefined;
  let style: string;
  let value: number;
  if (m[1]) [style, value] = [m[2] === '.' ? 'dot' : m[2] === ')' ? 'paren' : 'comma', Number(m[1])];
  else if (m[3]) [style, value] = ['wrapped', Number(m[3])];
  else if (m[4]) [style, value] = ['circled', CIRCLED.indexOf(m[4]) + 1];
  else if (m[5]) [style, value] = ['cn-wrapped', chineseValue(m[5])];
  else if (m[6]) [style, value] = ['cn-comma', chineseValue(m[6])];
  else if (m[8]) {
    if (!UPPER_ROMAN_RE.test(m[0])) return undefined;
    [style, value] = ['roman', ROMAN.indexOf(m[8].toUpperCase()) + 1];
  }
  else {
    // "Second, ..." is a heading only when it reads like one: short, one sentence at most
    const words = doc.wordCountIn(block.start, block.end);
    const sentences = (text.match(/[.!?](?:\s|$)/g) ?? []).length;
    if (words > HEADING_WORDS || sentences > 1) return undefined;
    [style, value] = ['ordinal', ORDINALS.indexOf(m[7].toLowerCase()) + 1];
  }
  const markerText = m[0].trimEnd();
  return { start: block.start, end: block.start + markerText.length, style, value, text: markerText, listItem: false };
}

/** Splits markers into series that count up from 1 (or from where a series is picked up again). */
function seriesOf(markers: Marker[]): Marker[][] {
  const out: Marker[][] = [];
  let current: Marker[] = [];
  for (const m of markers) {
    const last = current[current.length - 1];
    const continues = last !== undefined && m.value >= last.value && m.value <= last.value + 2 && !(m.value === 1 && last.value >= 1 && m.value !== last.value);
    if (continues) current.push(m);
    else {
      if (current.length) out.push(current);
      current = [m];
    }
  }
  if (current.length) out.push(current);
  return out;
}

export default defineRule({
  id: 'numbering-mixed',
  meta: {
    description: 'Sibling headings numbered in mixed styles ("1." … "Second," … "3."), or with a repeated or skipped number',
    category: 'numbering',
    defaultSeverity: 'warning',
    fixable: 'suggest',
    preset: 'recommended',
    messages: {
      mixed: '"{{found}}" is numbered differently from its siblings ({{siblings}}): write "{{expected}}".',
      repeated: 'Number {{value}} is used twice in this series.',
      skipped: 'The series jumps from {{previous}} to {{value}}: {{missing}} is missing.',
    },
  },
  docs: {
    why: 'Chinese documents stack several numbering systems (一、 (一) 1. (1) ①) and also write 第一、第二 ("First, Second"); translation renders each one differently, so a series of headings reads "1." … "Second," … "3.". Only paragraph-initial markers of heading-like paragraphs count: a list inside a paragraph, "Case 1:" or "In the second case," are not siblings.',
    valid: [
      '1. The first point\n\n2. The second point\n\n3. The third point',
      'First, we met.\n\nSecond, we talked.\n\nThird, we agreed.',
      'The draft includes: 1. NATO stops. 2. Troops leave.\n\nCase 1: In January two men were arrested.\n\nIn the second case, a man was fined.',
      '1. Introduction\n\nFirst, a word on method. The data came from many sources.\n\n2. Results',
    ],
    invalid: [
      { text: '1. Will Russia detonate the keg?\n\nThe crisis grew.\n\nSecond, the EU leader Germany bound its hands and feet\n\nThe gas flowed.\n\n3. Will Russia and China form an alliance?' },
      { text: '1. Background\n\nText.\n\n2. Method\n\nText.\n\n2. Results\n\nText.' },
    ],
  },
  check(ctx) {
    const { doc } = ctx;
    const markers: Marker[] = [];
    for (const block of doc.paragraphs()) {
      const m = markerOf(doc, block);
      if (m) markers.push(m);
    }
    for (const series of seriesOf(markers)) {
      if (series.length < 3) continue;
      const counts = new Map<string, number>();
      for (const m of series) counts.set(m.style, (counts.get(m.style) ?? 0) + 1);
      const [dominant, dominantCount] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
      if (dominantCount * 2 <= series.length) continue;
      const siblings = series.filter((m) => m.style === dominant).map((m) => styleName(dominant, m.value)).join(', ');
      series.forEach((m, i) => {
        const prev = series[i - 1];
        if (m.style !== dominant && !m.listItem) {
          // an odd one out is a sibling only when its number fits the count
          const next = series[i + 1];
          const fits = (!prev || m.value === prev.value + 1) && (!next || next.value === m.value + 1);
          // a style with its own running count is another level of the outline (一、 … (一) (二) … 二、)
          const ownSeries = markers.some((o) => o.style === m.style && (o.value === m.value - 1 || o.value === m.value + 1));
          if (!fits || ownSeries) return;
          const expected = styleName(dominant, m.value);
          ctx.report({
            range: [m.start, m.end],
            messageId: 'mixed',
            data: { found: m.text, siblings, expected },
            suggestions: [{ title: `Write "${expected}"`, edits: [{ range: [m.start, m.end], text: expected }] }],
          });
          return;
        }
        if (!prev || m.listItem || prev.listItem) return;
        if (m.value === prev.value && m.style === prev.style) ctx.report({ range: [m.start, m.end], messageId: 'repeated', data: { value: m.value } });
        else if (m.value > prev.value + 1 && m.style === prev.style) {
          const missing = Array.from({ length: m.value - prev.value - 1 }, (_, k) => prev.value + 1 + k).join(', ');
          ctx.report({ range: [m.start, m.end], messageId: 'skipped', data: { previous: prev.value, value: m.value, missing } });
        }
      });
    }
  },
});
