import { createRequire } from 'node:module';
import type { PartOfSpeech, WinkMethods } from 'wink-nlp';

export type { PartOfSpeech };

const require = createRequire(import.meta.url);

let tagger: WinkMethods | undefined;
let loadMs = 0;
let taggedSpans = 0;
let taggedChars = 0;

/**
 * The English part-of-speech tagger (wink-nlp with its bundled lite model), loaded on first
 * use, synchronously, so that documents without candidate sentences never pay for it.
 */
export function loadTagger(): WinkMethods {
  if (tagger) return tagger;
  const started = performance.now();
  const winkNLP = require('wink-nlp') as (model: unknown, pipe?: string[]) => WinkMethods;
  const model = require('wink-eng-lite-web-model') as unknown;
  tagger = winkNLP(model, ['pos']);
  loadMs = performance.now() - started;
  return tagger;
}

/** Counts a span handed to the tagger (for benchmarks: how much text the pre-filters let through). */
export function noteTagged(chars: number): void {
  taggedSpans++;
  taggedChars += chars;
}

/** Whether the tagger has been loaded in this process, how long loading took (ms) and how much it has tagged. */
export function taggerStatus(): { loaded: boolean; loadMs: number; taggedSpans: number; taggedChars: number } {
  return { loaded: tagger !== undefined, loadMs, taggedSpans, taggedChars };
}
