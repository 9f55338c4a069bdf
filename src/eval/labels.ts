import { CATEGORIES, type Category } from '../types.js';

/** A labelled error span in one text: UTF-16 offsets, end exclusive. */
export interface GoldSpan {
  start: number;
  end: number;
  /** The label as written (an mtlint category, or an MQM category such as "Fluency/Punctuation"). */
  label: string;
  /** The mtlint categories whose rules should find it; empty when no rule family targets it. */
  categories: Category[];
}

/** A stretch of a text that is counted on its own: a file, or one MQM segment. */
export interface EvalUnit {
  id: string;
  start: number;
  end: number;
  /** True when nobody labelled any error in it: every report there is a false alarm. */
  clean: boolean;
  /** Which kind of clean text it is, for the false-alarm table: "unlabelled", "MT", or "human <system>" (MQM references). */
  group: string;
}

/** One text to lint, with its labels. */
export interface EvalText {
  id: string;
  /** The file it came from, relative to the labels' folder (spans format only). */
  file?: string;
  text: string;
  spans: GoldSpan[];
  units: EvalUnit[];
}

/** One line of the spans format: `{ "file", "start", "end", "category" }`, or `{ "file" }` for a text with no errors. */
export interface SpanLabel {
  file: string;
  start?: number;
  end?: number;
  category?: string;
  /** 1-based line of the JSON Lines file, for messages. */
  line: number;
}

/** The two label formats `mtlint eval` reads. */
export type LabelFormat = 'spans' | 'mqm';

/** A problem in a labels file that names the line. */
export class LabelError extends Error {
  constructor(message: string, readonly source?: string, readonly line?: number) {
    super(`${source ?? 'labels'}${line ? `:${line}` : ''}: ${message}`);
    this.name = 'LabelError';
  }
}

/** How MQM error categories map onto the mtlint rule categories that can find them. */
export const MQM_CATEGORY_MAP: Readonly<Record<string, Category[]>> = {
  'Fluency/Punctuation': ['punctuation', 'spacing', 'quotes-brackets'],
  'Fluency/Character encoding': ['encoding'],
  'Fluency/Spelling': ['spacing', 'encoding'],
  'Fluency/Text-Breaking': ['spacing'],
  'Fluency/Grammar': ['fragment', 'repetition'],
  'Accuracy/Untranslated': ['untranslated'],
  'Non-translation': ['untranslated', 'repetition'],
  'Accuracy/Addition': ['boilerplate', 'repetition'],
  'Accuracy/Mistranslation': ['calque', 'numbering'],
  'Style/Awkward': ['calque', 'repetition'],
  'Style/Bad sentence structure': ['calque', 'fragment'],
  'Locale convention/Date format': ['numbering'],
  'Locale convention/Currency format': ['numbering'],
  'Locale convention/Name format': ['punctuation'],
  Other: ['other'],
};

const isCategory = (s: string): s is Category => (CATEGORIES as readonly string[]).includes(s);

/** The mtlint categories a label stands for: itself when it is one, else the MQM map, else none. */
export function categoriesOf(label: string): Category[] {
  if (isCategory(label)) return [label];
  return MQM_CATEGORY_MAP[label] ?? [];
}

function parseLines(jsonl: string, source?: string): Array<{ value: Record<string, unknown>; line: number }> {
  const out: Array<{ value: Record<string, unknown>; line: number }> = [];
  jsonl.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      throw new LabelError(`not JSON: ${(e as Error).message}`, source, i + 1);
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new LabelError('expected a JSON object', source, i + 1);
    out.push({ value: value as Record<string, unknown>, line: i + 1 });
  });
  return out;
}

/** Tells the format of a labels file from its first record: MQM records have "target" and "errors". */
export function detectFormat(jsonl: string, source?: string): LabelFormat {
  const firstLine = jsonl.replace(/^\uFEFF/, '').split('\n', 20).find((l) => l.trim() !== '') ?? '';
  const first = parseLines(firstLine, source)[0];
  if (!first) throw new LabelError('no records', source);
  if ('target' in first.value && 'errors' in first.value) return 'mqm';
  if ('file' in first.value) return 'spans';
  throw new LabelError('unknown format: expected {"file", "start", "end", "category"} spans or MQM records with "target" and "errors"', source, first.line);
}

/** Parses the spans format; checks the fields but not the offsets (the texts are not read yet). */
export function parseSpanLabels(jsonl: string, source?: string): SpanLabel[] {
  return parseLines(jsonl, source).map(({ value, line }) => {
    const { file, start, end, category } = value;
    if (typeof file !== 'string' || file === '') throw new LabelError('"file" must be a non-empty string', source, line);
    const hasSpan = start !== undefined || end !== undefined || category !== undefined;
    if (!hasSpan) return { file, line };
    if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 || (end as number) < (start as number)) {
      throw new LabelError('"start" and "end" must be integers with 0 <= start <= end', source, line);
    }
    if (typeof category !== 'string' || category === '') throw new LabelError('"category" must be a non-empty string', source, line);
    return { file, start: start as number, end: end as number, category, line };
  });
}

/** Builds the texts of the spans format from its labels and the files' contents (by `file` as written). */
export function spanTexts(labels: SpanLabel[], contents: ReadonlyMap<string, string>, source?: string): EvalText[] {
  const byFile = new Map<string, EvalText>();
  for (const l of labels) {
    const text = contents.get(l.file);
    if (text === undefined) throw new LabelError(`no text for "${l.file}"`, source, l.line);
    let t = byFile.get(l.file);
    if (!t) {
      t = { id: l.file, file: l.file, text, spans: [], units: [{ id: l.file, start: 0, end: text.length, clean: true, group: 'unlabelled' }] };
      byFile.set(l.file, t);
    }
    if (l.start === undefined || l.end === undefined || l.category === undefined) continue;
    if (l.end > text.length) throw new LabelError(`span ${l.start}-${l.end} runs past the end of "${l.file}" (${text.length} UTF-16 code units)`, source, l.line);
    t.spans.push({ start: l.start, end: l.end, label: l.category, categories: categoriesOf(l.category) });
    t.units[0].clean = false;
  }
  return [...byFile.values()];
}

/** An MQM record as in `shared/bench/mqm/zhen.jsonl`. */
interface MqmRecord {
  id: string;
  dataset?: string;
  system: string;
  is_human?: boolean;
  doc?: string;
  doc_seg?: number;
  target: string;
  errors: Array<{ start: number | null; end: number | null; category_norm?: string; category?: string; side?: string | null; rater?: string }>;
}

/** Options of `mqmTexts`. */
export interface MqmOptions {
  /** Keep only these systems (e.g. "refB"). */
  systems?: string[];
  /** `document` (default) joins a system's segments of one document with blank lines, as a page would hold them; `segment` lints each alone. */
  unit?: 'document' | 'segment';
  /** Keep only spans that at least this many raters marked (overlapping spans, any category); default 1. */
  minRaters?: number;
}

/**
 * Builds texts from MQM JSON Lines. Target-side spans become gold spans (identical spans from
 * several raters count once); a segment with no error at all is a clean unit.
 */
export function mqmTexts(jsonl: string, options: MqmOptions = {}, source?: string): EvalText[] {
  const systems = options.systems && options.systems.length ? new Set(options.systems) : undefined;
  const groups = new Map<string, MqmRecord[]>();
  for (const { value, line } of parseLines(jsonl, source)) {
    const r = value as unknown as MqmRecord;
    if (typeof r.target !== 'string' || !Array.isArray(r.errors) || typeof r.system !== 'string') {
      throw new LabelError('an MQM record needs "target", "system" and "errors"', source, line);
    }
    if (systems && !systems.has(r.system)) continue;
    const key = options.unit === 'segment' ? String(r.id ?? line) : `${r.dataset ?? ''}/${r.system}/${r.doc ?? r.id}`;
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  const out: EvalText[] = [];
  for (const [key, records] of groups) {
    records.sort((a, b) => (a.doc_seg ?? 0) - (b.doc_seg ?? 0));
    const spans: GoldSpan[] = [];
    const units: EvalUnit[] = [];
    let text = '';
    for (const r of records) {
      if (text) text += '\n\n';
      const offset = text.length;
      text += r.target;
      const seen = new Set<string>();
      const targetSide = r.errors.filter((e) => e.start !== null && e.end !== null && e.side !== 'source');
      for (const e of targetSide) {
        if ((options.minRaters ?? 1) > 1 && raterCount(targetSide, e) < (options.minRaters ?? 1)) continue;
        const label = e.category_norm ?? e.category ?? 'Other';
        const start = Math.min(e.start!, r.target.length);
        const end = Math.min(e.end!, r.target.length);
        const k = `${start}:${end}:${label}`;
        if (seen.has(k)) continue;
        seen.add(k);
        spans.push({ start: offset + start, end: offset + end, label, categories: categoriesOf(label) });
      }
      units.push({ id: r.id, start: offset, end: text.length, clean: r.errors.length === 0, group: r.is_human ? `human ${r.system}` : 'MT' });
    }
    out.push({ id: key, text, spans, units });
  }
  return out;
}

/** How many distinct raters marked a span overlapping this one (empty spans count when they touch it). */
function raterCount(errors: MqmRecord['errors'], span: MqmRecord['errors'][number]): number {
  const raters = new Set<string>();
  for (const e of errors) {
    const a = [e.start!, e.end!];
    const b = [span.start!, span.end!];
    const touch = a[0] === a[1] || b[0] === b[1] ? a[0] <= b[1] && b[0] <= a[1] : a[0] < b[1] && b[0] < a[1];
    if (touch) raters.add(e.rater ?? '');
  }
  return raters.size;
}
