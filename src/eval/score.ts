import type { ResolvedConfig } from '../config/resolve.js';
import { lint, DIRECTIVE_RULE_ID } from '../engine/lint.js';
import { syntaxFor } from '../formats/index.js';
import type { Category, Range } from '../types.js';
import type { EvalText, GoldSpan } from './labels.js';

/** Precision, recall and F1 of one row of the tables. */
export interface Score {
  /** Reports made. */
  predicted: number;
  /** Reports that overlap a labelled span (of any category). */
  hits: number;
  precision: number | null;
  /** Labelled spans this row is expected to find. */
  gold: number;
  /** Of those, how many some report of this row overlaps. */
  found: number;
  recall: number | null;
  f1: number | null;
}

/** False alarms on texts nobody labelled any error in. */
export interface CleanScore {
  group: string;
  units: number;
  words: number;
  falseAlarms: number;
  /** Reports per 1,000 words. */
  perThousandWords: number | null;
  /** Units with at least one report. */
  unitsFlagged: number;
}

/** A labelled span no report touched, or a report on no labelled span. */
export interface EvalExample {
  /** The text (file, or MQM system/document) and the unit in it (file, or MQM segment id). */
  text: string;
  unit: string;
  /** Offsets in the unit: the file, or the MQM segment's target. */
  range: Range;
  found: string;
  context: string;
  /** The label of a miss, the rule of a false alarm. */
  label?: string;
  ruleId?: string;
  message?: string;
}

/** What `evaluate` measures. */
export interface EvalResult {
  texts: number;
  units: number;
  words: number;
  overall: Score;
  categories: Array<Score & { category: Category }>;
  rules: Array<Score & { ruleId: string; category: Category; cleanFalseAlarms: number }>;
  clean: CleanScore[];
  misses: EvalExample[];
  falseAlarms: EvalExample[];
}

/** Options of `evaluate`. */
export interface EvalOptions {
  /** The configuration for a text (resolve it once and return the same object when there are no overrides). */
  resolve: (text: EvalText) => ResolvedConfig;
  /** Only count gold spans of these categories for recall (default: every category a rule is on for). */
  categories?: Category[];
}

const WORD_RE = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;

/** Overlap of half-open ranges; an empty range counts when it touches the other one. */
export function overlaps(a: Range, b: Range): boolean {
  if (a[0] === a[1]) return b[0] <= a[0] && a[0] <= b[1];
  if (b[0] === b[1]) return a[0] <= b[0] && b[0] <= a[1];
  return a[0] < b[1] && b[0] < a[1];
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

function score(predicted: number, hits: number, gold: number, found: number): Score {
  const precision = ratio(hits, predicted);
  const recall = ratio(found, gold);
  const f1 = precision === null || recall === null ? null : precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { predicted, hits, precision, gold, found, recall, f1 };
}

function excerpt(text: string, [s, e]: Range, width = 40): string {
  const before = text.slice(Math.max(0, s - width), s).replace(/\s+/g, ' ');
  const after = text.slice(e, e + width).replace(/\s+/g, ' ');
  return `${s > width ? '…' : ''}${before}⟦${text.slice(s, e).replace(/\n/g, '⏎')}⟧${after}${e + width < text.length ? '…' : ''}`;
}

interface Counter {
  predicted: number;
  hits: number;
  gold: number;
  found: number;
}
const counter = (): Counter => ({ predicted: 0, hits: 0, gold: 0, found: 0 });

/**
 * Lints every text and scores the reports against the labels by span overlap. Pure: the
 * texts come in, numbers and examples go out. Precision counts a report as right when it
 * overlaps any labelled span; recall counts the labelled spans of the categories the rules
 * target that some report overlaps.
 */
export function evaluate(texts: EvalText[], options: EvalOptions): EvalResult {
  const overall = counter();
  const byCategory = new Map<Category, Counter>();
  const byRule = new Map<string, Counter & { category: Category; clean: number }>();
  const clean = new Map<string, CleanScore>();
  const misses: EvalExample[] = [];
  const falseAlarms: EvalExample[] = [];
  let units = 0;
  let words = 0;
  const seenConfigs = new Set<ResolvedConfig>();

  for (const t of texts) {
    const resolved = options.resolve(t);
    if (!seenConfigs.has(resolved)) {
      seenConfigs.add(resolved);
      for (const { rule } of resolved.rules) {
        if (!byRule.has(rule.id)) byRule.set(rule.id, { ...counter(), category: rule.meta.category, clean: 0 });
        if (!byCategory.has(rule.meta.category)) byCategory.set(rule.meta.category, counter());
      }
    }
    const diagnostics = lint(t.text, { resolved, syntax: t.file ? syntaxFor(t.file) : 'text' }).filter((d) => !d.fatal && d.ruleId !== DIRECTIVE_RULE_ID);
    const targeted = (span: GoldSpan): Category[] => span.categories.filter((c) => byCategory.has(c) && (!options.categories || options.categories.includes(c)));

    // which report hits which span
    const hit = diagnostics.map((d) => t.spans.some((s) => overlaps(d.range, [s.start, s.end])));
    const foundBy = t.spans.map((s) => diagnostics.filter((d) => overlaps(d.range, [s.start, s.end])));

    diagnostics.forEach((d, i) => {
      const rule = byRule.get(d.ruleId);
      overall.predicted++;
      if (hit[i]) overall.hits++;
      const cat = byCategory.get(d.category);
      if (cat) {
        cat.predicted++;
        if (hit[i]) cat.hits++;
      }
      if (rule) {
        rule.predicted++;
        if (hit[i]) rule.hits++;
      }
    });
    t.spans.forEach((s, i) => {
      const cats = targeted(s);
      if (cats.length === 0) return;
      overall.gold++;
      if (foundBy[i].length) overall.found++;
      for (const c of cats) {
        const cat = byCategory.get(c)!;
        cat.gold++;
        if (foundBy[i].some((d) => d.category === c)) cat.found++;
      }
      for (const [id, rule] of byRule) {
        if (!cats.includes(rule.category)) continue;
        rule.gold++;
        if (foundBy[i].some((d) => d.ruleId === id)) rule.found++;
      }
      if (!foundBy[i].length) misses.push({ ...example(t, [s.start, s.end]), label: s.label });
    });

    for (const u of t.units) {
      units++;
      const w = t.text.slice(u.start, u.end).match(WORD_RE)?.length ?? 0;
      words += w;
      if (!u.clean) continue;
      const c = clean.get(u.group) ?? { group: u.group, units: 0, words: 0, falseAlarms: 0, perThousandWords: null, unitsFlagged: 0 };
      clean.set(u.group, c);
      c.units++;
      c.words += w;
      const inside = diagnostics.filter((d) => d.range[0] >= u.start && (d.range[0] < u.end || (d.range[0] === u.end && u.end === t.text.length)));
      c.falseAlarms += inside.length;
      if (inside.length) c.unitsFlagged++;
      for (const d of inside) {
        const rule = byRule.get(d.ruleId);
        if (rule) rule.clean++;
      }
    }
    diagnostics.forEach((d, i) => {
      if (!hit[i]) falseAlarms.push({ ...example(t, d.range), ruleId: d.ruleId, message: d.message });
    });
  }

  const cleanRows = [...clean.values()].sort((a, b) => a.group.localeCompare(b.group));
  for (const c of cleanRows) c.perThousandWords = c.words ? (c.falseAlarms * 1000) / c.words : null;
  if (cleanRows.length > 1) {
    const all: CleanScore = { group: 'all', units: 0, words: 0, falseAlarms: 0, perThousandWords: null, unitsFlagged: 0 };
    for (const c of cleanRows) {
      all.units += c.units;
      all.words += c.words;
      all.falseAlarms += c.falseAlarms;
      all.unitsFlagged += c.unitsFlagged;
    }
    all.perThousandWords = all.words ? (all.falseAlarms * 1000) / all.words : null;
    cleanRows.push(all);
  }

  return {
    texts: texts.length,
    units,
    words,
    overall: score(overall.predicted, overall.hits, overall.gold, overall.found),
    categories: [...byCategory].sort(([a], [b]) => a.localeCompare(b)).map(([category, c]) => ({ category, ...score(c.predicted, c.hits, c.gold, c.found) })),
    rules: [...byRule].sort(([a], [b]) => a.localeCompare(b)).map(([ruleId, r]) => ({ ruleId, category: r.category, ...score(r.predicted, r.hits, r.gold, r.found), cleanFalseAlarms: r.clean })),
    clean: cleanRows,
    misses,
    falseAlarms,
  };
}

/** An example located in its unit: offsets count from the start of the file or segment. */
function example(t: EvalText, range: Range): EvalExample {
  const unit = t.units.find((u) => range[0] >= u.start && range[0] <= u.end) ?? t.units[0];
  const base = unit?.start ?? 0;
  return {
    text: t.id,
    unit: unit?.id ?? t.id,
    range: [range[0] - base, range[1] - base],
    found: t.text.slice(range[0], range[1]),
    context: excerpt(t.text, range),
  };
}
