import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { runTask, type LintTask, type LintTaskResult } from './task.js';

export type TaskOutcome = { ok: true; result: LintTaskResult } | { ok: false; index: number; error: string };

/**
 * The default number of lint threads: the machine's cores. (V8 compiles and collects garbage on
 * threads of its own, so one lint thread already keeps about 1.3 cores busy; on 2 cores a second
 * lint thread gains little, see the README's Speed section.)
 */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Below this much text (MB; `MTLINT_PARALLEL_MIN_MB` sets it) one lint thread is faster than
 * several. Each thread pays its own warm-up (loading the tagger, V8 optimizing the code: about half a
 * second), and one thread already keeps about 1.3 cores busy with V8's own threads. On a 2-core
 * machine two threads were slower up to about 6 MB (2 MB: 1.14-1.19 s against 0.93-1.01 s for one)
 * and 5-10% faster at 10 MB.
 */
export function minParallelBytes(env: Record<string, string | undefined> = process.env): number {
  return positiveNumber(env.MTLINT_PARALLEL_MIN_MB, 8, true) * 1_000_000;
}

/** A plain decimal number from an environment variable, or the default (blank, words, negative, infinite). */
function positiveNumber(value: string | undefined, fallback: number, zero: boolean): number {
  const text = value?.trim() ?? '';
  if (!/^\d+(?:\.\d+)?$/.test(text)) return fallback;
  const n = Number(text);
  return n > 0 || (zero && n === 0) ? n : fallback;
}

/** Workers started before the files are read (see `OrderedPool.prestart`). */
export const PRESTART_MAX = 3;

/** How a run is spread over threads. */
export interface RunOptions {
  jobs: number;
  /** Below this many bytes of files to lint, one thread (see `minParallelBytes`). */
  minBytes: number;
  /** The heap of the worker that streams a large file (see `streamHeapMb`). */
  streamHeapMb: number;
  /** Workers started for this run before its files were read; closed in any case. */
  prestarted?: OrderedPool;
}

/** What a run did, for MTLINT_DEBUG=pool. */
export interface RunStats {
  /** Threads that linted (1: this one alone). */
  threads: number;
  /** Large files streamed on a small-heap worker, and those linted again here after it failed. */
  streamed: number;
  streamedAgain: number;
}

/**
 * Runs lint tasks on `jobs` threads (in this thread alone when jobs is 1 or the files are small),
 * calling `onResult` in task order as soon as each next result is ready.
 */
export async function runTasks(tasks: LintTask[], options: RunOptions, onResult: (o: TaskOutcome) => void): Promise<RunStats> {
  const { jobs, minBytes } = options;
  let prestarted = options.prestarted;
  const stats: RunStats = { threads: 1, streamed: 0, streamedAgain: 0 };
  const total = tasks.reduce((n, t) => n + taskSize(t), 0);
  if (prestarted?.failed !== undefined) {
    await prestarted.close();
    prestarted = undefined;
  }
  // small runs are faster in this thread; from the TypeScript sources (tests) there is no compiled worker
  if (jobs <= 1 || tasks.length < 2 || total < minBytes || !OrderedPool.available()) {
    await prestarted?.close();
    for (const t of tasks) onResult(t.stream && OrderedPool.available() ? await bounded(t, options.streamHeapMb, stats) : inline(t));
    return stats;
  }
  // this thread works too, beside jobs - 1 workers: it is already warm while the workers start
  const workers = Math.min(jobs, tasks.length) - 1;
  const pool = prestarted ?? new OrderedPool(workers, { local: true });
  try {
    pool.grow(workers);
    await pool.run(tasks, onResult);
    return { ...stats, threads: pool.threads };
  } finally {
    await pool.close();
  }
}

/** How large a task is: its file's size in bytes when known, else its text's length. */
const taskSize = (t: LintTask): number => t.bytes ?? t.text.length;

/**
 * The old-generation heap, in MB, of the worker that lints a streamed file (`MTLINT_STREAM_HEAP_MB`
 * sets it). Reading a large file a megabyte at a time keeps little alive, but V8 lets garbage pile
 * up to several times the file before it collects; a small heap makes it collect sooner: a 100 MB
 * file peaked at 230-300 MB instead of 400-550 MB, for about 10% more time. (The young generation is
 * set too: a worker's default is smaller than the main thread's, and cost another 10%.)
 */
export function streamHeapMb(env: Record<string, string | undefined> = process.env): number {
  return Math.round(positiveNumber(env.MTLINT_STREAM_HEAP_MB, 256, false));
}

/**
 * A worker's young generation by default is smaller than the main thread's, and linting, which makes
 * many short-lived objects, ran about 10% slower on it (a 100 MB file: 8.9 s against 8.15 s with 48 MB).
 */
const WORKER_OPTIONS = { resourceLimits: { maxYoungGenerationSizeMb: 48 } };

/**
 * Lints a streamed file on a worker thread with a small heap (see `streamHeapMb`). If the worker
 * fails in any way (it ran out of heap on a file with very many problems, its message could not be
 * read, it exited without an answer), the file is linted again in this thread, with no limit:
 * slower, about twice the time, but nothing is lost.
 */
function bounded(t: LintTask, heapMb: number, stats: RunStats): Promise<TaskOutcome> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./worker.js', import.meta.url), { resourceLimits: { ...WORKER_OPTIONS.resourceLimits, maxOldGenerationSizeMb: heapMb } });
    } catch {
      resolve(inline(t));
      return;
    }
    stats.streamed++;
    let settled = false;
    const done = (outcome: TaskOutcome | undefined): void => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      if (outcome) resolve(outcome);
      else {
        stats.streamedAgain++;
        resolve(inline(t));
      }
    };
    worker.once('message', ([outcome]: TaskOutcome[]) => done(outcome));
    // an error after the answer (running out of memory while exiting) must not be thrown here
    worker.on('error', () => done(undefined));
    worker.once('messageerror', () => done(undefined));
    worker.once('exit', () => done(undefined));
    worker.postMessage([t]);
  });
}

function inline(t: LintTask): TaskOutcome {
  try {
    return { ok: true, result: runTask(t) };
  } catch (e) {
    return { ok: false, index: t.index, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}

/** Worker threads fed with small batches; results are released in input order. */
export class OrderedPool {
  private readonly workers: Worker[] = [];

  /** Whether the compiled worker exists (it does not when running from the TypeScript sources). */
  static available(): boolean {
    return existsSync(fileURLToPath(new URL('./worker.js', import.meta.url)));
  }

  private readonly local: boolean;

  /** Worker threads. */
  get size(): number {
    return this.workers.length;
  }

  /** Threads that lint: the workers, and this thread when it works too. */
  get threads(): number {
    return this.workers.length + (this.local ? 1 : 0);
  }

  constructor(size: number, options: { local?: boolean } = {}) {
    this.local = options.local ?? false;
    const url = new URL('./worker.js', import.meta.url);
    for (let i = 0; i < size; i++) this.workers.push(new Worker(url, WORKER_OPTIONS));
  }

  /**
   * Starts the workers of a lint run once its files are listed, before they are read, and has them
   * load the rules and the tagger meanwhile. At most `PRESTART_MAX` start now (each costs about
   * 75 MB and a quarter of a second of CPU, wasted if the files turn out to be binary or unchanged
   * in the cache); `run` adds the rest once the work is known to be worth it. Until
   * `run` is called they do not keep the process alive. A worker that cannot start or fails
   * meanwhile marks the pool `failed`, and the run goes on without it.
   */
  static prestart(jobs: number): OrderedPool | undefined {
    if (jobs <= 1 || !OrderedPool.available()) return undefined;
    try {
      const pool = new OrderedPool(Math.min(jobs - 1, PRESTART_MAX), { local: true });
      for (const w of pool.workers) {
        w.on('error', (e) => void (pool.failed ??= e));
        w.postMessage({ warmUp: true });
        w.unref();
      }
      return pool;
    } catch {
      return undefined;
    }
  }

  /** Set when a worker failed before the pool was put to work. */
  failed?: unknown;

  /** Adds workers up to `size` (the pool was started small, before the files were known). */
  grow(size: number): void {
    const url = new URL('./worker.js', import.meta.url);
    while (this.workers.length < size) this.workers.push(new Worker(url, WORKER_OPTIONS));
  }

  /** Sends the tasks in batches of about 256 KB, at most two batches in flight per worker. */
  run(tasks: LintTask[], onResult: (o: TaskOutcome) => void): Promise<void> {
    const batches: LintTask[][] = [];
    let current: LintTask[] = [];
    let size = 0;
    for (const t of tasks) {
      current.push(t);
      size += taskSize(t);
      if (size >= 256_000 || current.length >= 64) {
        batches.push(current);
        current = [];
        size = 0;
      }
    }
    if (current.length) batches.push(current);
    for (const w of this.workers) w.ref();

    const ready = new Map<number, TaskOutcome>();
    const order = tasks.map((t) => t.index);
    let nextIndex = 0;
    let nextBatch = 0;
    return new Promise((resolve, reject) => {
      const handlers = new Map<Worker, (outcomes: TaskOutcome[]) => void>();
      const finish = (error?: unknown): void => {
        for (const [w, h] of handlers) {
          w.off('message', h);
          w.off('error', finish);
        }
        if (error) reject(error);
        else resolve();
      };
      const release = (): void => {
        while (nextIndex < order.length && ready.has(order[nextIndex])) {
          const o = ready.get(order[nextIndex])!;
          ready.delete(order[nextIndex]);
          nextIndex++;
          onResult(o);
        }
        if (nextIndex === order.length) finish();
      };
      const feed = (w: Worker): void => {
        if (nextBatch < batches.length) w.postMessage(batches[nextBatch++]);
      };
      if (batches.length === 0) return finish();
      if (this.local) {
        // between its batches this thread yields, so that workers' results are taken in
        const step = (): void => {
          if (nextBatch >= batches.length) return;
          const outcomes = batches[nextBatch++].map(inline);
          for (const o of outcomes) ready.set(o.ok ? o.result.index : o.index, o);
          release();
          setImmediate(step);
        };
        setImmediate(step);
      }
      for (const w of this.workers) {
        const handler = (outcomes: TaskOutcome[]): void => {
          for (const o of outcomes) ready.set(o.ok ? o.result.index : o.index, o);
          feed(w);
          release();
        };
        handlers.set(w, handler);
        w.on('message', handler);
        w.on('error', finish);
        feed(w);
        feed(w);
      }
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
