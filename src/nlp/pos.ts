import type { Document } from '../text/document.js';
import { loadTagger, noteTagged, type PartOfSpeech } from './load.js';

/** A word or punctuation token with its universal part of speech, in prose coordinates. */
export interface TaggedToken {
  text: string;
  /** Lower-cased text. */
  lower: string;
  start: number;
  end: number;
  pos: PartOfSpeech;
  /** The lemma of a verb or auxiliary (`insisted` → `insist`); other tokens: the lower-cased text. */
  lemma: string;
}

/** The inflection of a verb token, read from its spelling against its lemma. */
export type VerbForm = 'past' | 'third-person' | 'base' | 'gerund' | 'other';

const byDocument = new WeakMap<Document, Map<string, TaggedToken[]>>();

/** Tags `text` (one sentence) and places its tokens at `offset`. Loads the tagger on first use. */
export function tagText(text: string, offset = 0): TaggedToken[] {
  const nlp = loadTagger();
  noteTagged(text.length);
  const tokens = nlp.readDoc(text).tokens();
  const read = tokens.out.bind(tokens) as (its?: unknown) => string[];
  const values = read();
  const tags = read(nlp.its.pos) as PartOfSpeech[];
  const out: TaggedToken[] = new Array(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    const found = text.indexOf(value, cursor);
    const at = found < 0 ? cursor : found;
    cursor = found < 0 ? cursor : at + value.length;
    const lower = value.toLowerCase();
    const pos = tags[i];
    // only a verb's form is read from its lemma: lemmatizing every token cost a fifth of the tagging
    const lemma = pos === 'VERB' || pos === 'AUX' ? (tokens.itemAt(i).out as (its: unknown) => string)(nlp.its.lemma) : lower;
    out[i] = { text: value, lower, start: offset + at, end: offset + at + value.length, pos, lemma };
  }
  return out;
}

/** Tags the prose range `[start, end)` of a document once; every rule asking again gets the same tokens. */
export function tagRange(doc: Document, start: number, end: number): TaggedToken[] {
  const cache = cacheOf(doc);
  const key = `${start}:${end}`;
  let tokens = cache.get(key);
  if (!tokens) cache.set(key, (tokens = tagText(doc.prose.slice(start, end), start)));
  return tokens;
}

function cacheOf(doc: Document): Map<string, TaggedToken[]> {
  let cache = byDocument.get(doc);
  if (!cache) byDocument.set(doc, (cache = new Map()));
  return cache;
}

/** Between the sentences of one batch: a paragraph break, which the tagger takes as a sentence boundary. */
const BATCH_SEPARATOR = '\n\n';
const EDGE_SPACE_RE = /^\s|\s$/;

/**
 * Tags several prose ranges (sentences) of a document that are not tagged yet in one call to the
 * tagger, and stores them for `tagRange`. One call per sentence cost about as much again as the
 * tagging itself; wink tags each sentence on its own, so the tokens and tags are the same (checked on
 * 142,000 tokens of MQM and clean English). A range with space at either end is tagged alone.
 */
export function tagRanges(doc: Document, ranges: ReadonlyArray<{ start: number; end: number }>): void {
  const cache = cacheOf(doc);
  const todo: Array<{ start: number; end: number; text: string }> = [];
  const asked = new Set<string>();
  for (const { start, end } of ranges) {
    const key = `${start}:${end}`;
    if (cache.has(key) || asked.has(key)) continue;
    asked.add(key);
    const text = doc.prose.slice(start, end);
    if (EDGE_SPACE_RE.test(text)) tagRange(doc, start, end);
    else todo.push({ start, end, text });
  }
  if (todo.length === 0) return;
  const joined = todo.map((r) => r.text).join(BATCH_SEPARATOR);
  const tokens = tagText(joined, 0);
  let k = 0;
  let partStart = 0;
  let part: TaggedToken[] = [];
  const flush = (): void => {
    cache.set(`${todo[k].start}:${todo[k].end}`, part);
    part = [];
    partStart += todo[k].text.length + BATCH_SEPARATOR.length;
    k++;
  };
  for (const t of tokens) {
    while (k < todo.length - 1 && t.start >= partStart + todo[k].text.length + BATCH_SEPARATOR.length) flush();
    // the separator's own token belongs to no sentence
    if (t.start >= partStart + todo[k].text.length) continue;
    const shift = todo[k].start - partStart;
    part.push({ ...t, start: t.start + shift, end: t.end + shift });
  }
  while (k < todo.length) flush();
}

const THIRD_PERSON_AUX = new Set(['is', 'has', 'does', 'was']);
const PAST_AUX = new Set(['was', 'were', 'had', 'did']);

/** Reads a verb's inflection: `insisted` past, `insists` third person, `insist` base, `insisting` gerund. */
export function verbForm(token: TaggedToken): VerbForm {
  const w = token.lower;
  const lemma = token.lemma.toLowerCase();
  if (PAST_AUX.has(w)) return 'past';
  if (THIRD_PERSON_AUX.has(w)) return 'third-person';
  if (/ing$/.test(w) && w !== lemma) return 'gerund';
  if (w === lemma) return 'base';
  if (w === `${lemma}s` || w === `${lemma}es` || (/y$/.test(lemma) && w === `${lemma.slice(0, -1)}ies`)) return 'third-person';
  if (/ed$/.test(w) || w !== lemma) return 'past';
  return 'other';
}

/** Whether a token is a finite verb: an auxiliary, or a verb that is not a gerund or an infinitive after `to`. */
export function isFiniteVerb(tokens: readonly TaggedToken[], i: number): boolean {
  const t = tokens[i];
  if (t.pos === 'AUX') return t.lower !== 'to';
  if (t.pos !== 'VERB') return false;
  if (verbForm(t) === 'gerund') return false;
  const prev = tokens[i - 1];
  return !(prev && prev.lower === 'to');
}

/** Parts of speech that can stand as the subject of a clause or begin one. */
export function isNominal(pos: PartOfSpeech): boolean {
  return pos === 'NOUN' || pos === 'PROPN' || pos === 'PRON' || pos === 'NUM' || pos === 'DET';
}

/** Whether the tokens hold no word that could make them a clause: only function words. */
export function onlyFunctionWords(tokens: readonly TaggedToken[]): boolean {
  const words = tokens.filter((t) => t.pos !== 'PUNCT' && t.pos !== 'SPACE');
  return words.length > 0 && words.every((t) => ['ADP', 'CCONJ', 'SCONJ', 'DET', 'PART', 'AUX'].includes(t.pos));
}
