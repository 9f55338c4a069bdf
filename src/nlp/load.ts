import { createRequire } from 'node:module';
import type { PartOfSpeech, WinkMethods } from 'wink-nlp';

export type { PartOfSpeech };

const require = createRequire(import.meta.url);

let tagger: WinkMethods | undefined;
let loadMs = 0;

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

/** Whether the tagger has been loaded in this process, and how long loading took (ms). */
export function taggerStatus(): { loaded: boolean; loadMs: number } {
  return { loaded: tagger !== undefined, loadMs };
}
