import { parentPort } from 'node:worker_threads';
import { loadTagger } from '../nlp/load.js';
import { runTask, type LintTask } from './task.js';

/**
 * Lints a paragraph with the recommended rules, tagger included: what a worker started ahead of its
 * files does meanwhile, so that loading and compiling are done when the first batch comes.
 */
const WARM_UP_TEXT =
  'The minister spoke at length on Monday about the budget. Also pointed out that the plan had failed. . ' +
  'Officials said the talks would resume in March, and the ministry published the figures on its website.';

/** A lint worker: receives batches of tasks, answers with results or the error of each task. */
parentPort?.on('message', (message: LintTask[] | { warmUp: true }) => {
  if (!Array.isArray(message)) {
    try {
      loadTagger();
      runTask({ index: 0, text: WARM_UP_TEXT, config: { extends: ['mtlint:recommended'] }, syntax: 'text' });
    } catch {
      // only a head start: the tasks report their own errors
    }
    return;
  }
  const out = message.map((t) => {
    try {
      return { ok: true as const, result: runTask(t) };
    } catch (e) {
      return { ok: false as const, index: t.index, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
    }
  });
  parentPort!.postMessage(out);
});
