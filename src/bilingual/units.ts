import type { Block, Document } from '../text/document.js';
import type { Range, RuleContext } from '../types.js';

/** A translation unit: a block of the prose that has a source text. */
export interface BilingualUnit {
  block: Block;
  /** The translation as linted (prose coordinates `[start, end)`); inline tags are `\uFFFC` atoms. */
  target: string;
  source: string;
  start: number;
  end: number;
}

/** The blocks of a document that carry a source text (PO entries, XLIFF units). */
export function bilingualUnits(doc: Document): BilingualUnit[] {
  const out: BilingualUnit[] = [];
  for (const block of doc.paragraphs()) {
    if (block.source === undefined) continue;
    out.push({ block, source: block.source, target: doc.prose.slice(block.start, block.end), start: block.start, end: block.end });
  }
  return out;
}

/** A token found in a text, with its range in that text. */
export interface Token {
  key: string;
  start: number;
  end: number;
}

/**
 * The inline atoms of a target (`\uFFFC`, standing for XLIFF tags and the like) with the file text
 * they stand for, as tokens in prose coordinates.
 */
export function atomTexts(doc: Document, unit: BilingualUnit): Array<{ text: string; range: Range }> {
  const out: Array<{ text: string; range: Range }> = [];
  for (let i = unit.target.indexOf('\uFFFC'); i >= 0; i = unit.target.indexOf('\uFFFC', i + 1)) {
    const p = unit.start + i;
    const [fs, fe] = doc.map.range([p, p + 1]);
    out.push({ text: doc.text.slice(fs, fe), range: [p, p + 1] });
  }
  return out;
}

/** Counts keys in a list of tokens. */
export function countKeys(tokens: Token[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of tokens) m.set(t.key, (m.get(t.key) ?? 0) + 1);
  return m;
}

/**
 * Compares the tokens of a source and a target as multisets: the keys the target lacks (with how
 * many), and the target tokens that have no counterpart in the source (the last ones of each key).
 */
export function diffTokens(source: Token[], target: Token[]): { missing: Array<{ key: string; count: number }>; extra: Token[] } {
  const s = countKeys(source);
  const t = countKeys(target);
  const missing: Array<{ key: string; count: number }> = [];
  for (const [key, n] of s) {
    const have = t.get(key) ?? 0;
    if (have < n) missing.push({ key, count: n - have });
  }
  const extra: Token[] = [];
  for (const [key, n] of t) {
    const allowed = s.get(key) ?? 0;
    if (n > allowed) extra.push(...target.filter((x) => x.key === key).slice(allowed));
  }
  extra.sort((a, b) => a.start - b.start);
  return { missing, extra };
}

/**
 * Reports a token difference with the messages `missing` (over the whole target, with `token`
 * and `times`) and `extra` (where the token stands, with `token`).
 */
export function reportTokenDiff(ctx: RuleContext<unknown>, unit: BilingualUnit, diff: ReturnType<typeof diffTokens>): void {
  for (const m of diff.missing) {
    ctx.report({ range: [unit.start, unit.end], messageId: 'missing', data: { token: m.key, times: m.count > 1 ? ` (${m.count} times)` : '' } });
  }
  for (const x of diff.extra) ctx.report({ range: [x.start, x.end], messageId: 'extra', data: { token: x.key } });
}
