import { parentPort } from 'node:worker_threads';
import { runTask, type LintTask } from './task.js';

/** A lint worker: receives batches of tasks, answers with results or the error of each task. */
parentPort?.on('message', (tasks: LintTask[]) => {
  const out = tasks.map((t) => {
    try {
      return { ok: true as const, result: runTask(t) };
    } catch (e) {
      return { ok: false as const, index: t.index, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
    }
  });
  parentPort!.postMessage(out);
});
