import { Worker } from 'node:worker_threads';
import type { Config } from '../config/types.js';
import type { Diagnostic, Syntax } from '../types.js';

/** What the lint worker is asked to do: plain data only, since it crosses threads. */
export interface LintJob {
  id: number;
  kind: 'lint' | 'fix';
  text: string;
  syntax: Syntax;
  filePath?: string;
  config: Config;
  relPath?: string;
  configFile?: string;
  /** The document (its URI): the worker keeps its Markdown parse tree to reuse on the next version. */
  key?: string;
}

/** Tells the worker that a document is closed, so it drops what it keeps for it. */
export interface ForgetMessage {
  kind: 'forget';
  key: string;
}

/** The worker's answer to one job. */
export type LintReply = { id: number; diagnostics: Diagnostic[] } | { id: number; output: string } | { id: number; error: string };

/** The parent's Node flags minus those that only make sense for the main script (`-e`, `--input-type`). */
function workerExecArgv(): string[] {
  const out: string[] = [];
  const args = process.execArgv;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (/^--input-type(=|$)/.test(a) || /^(-e|--eval|-p|--print)=/.test(a)) continue;
    if (['-e', '--eval', '-p', '--print'].includes(a)) {
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

/** Thrown to callers whose queued lint was replaced by a newer one for the same document. */
export class SupersededError extends Error {
  constructor() {
    super('superseded by a newer version of the document');
  }
}

type Input = Omit<LintJob, 'id' | 'kind' | 'key'>;

interface Pending {
  job: LintJob;
  /** Jobs with the same key replace each other while queued (the document's URI). */
  key?: string;
  resolve(reply: LintReply): void;
  reject(error: Error): void;
}

/**
 * Runs lint and fix jobs one at a time on a worker thread. A queued lint of a document is
 * dropped when a newer one arrives; a worker that crashes or runs past `timeoutMs` is replaced.
 */
export class LintRunner {
  private worker?: Worker;
  private queue: Pending[] = [];
  private running?: Pending;
  private timer?: NodeJS.Timeout;
  private nextId = 1;

  constructor(
    private readonly log: (message: string) => void,
    private readonly timeoutMs = 30_000,
  ) {}

  /** Starts the worker ahead of the first job (it loads the rules). */
  warm(): void {
    this.ensureWorker();
  }

  async lint(input: Input, key?: string): Promise<Diagnostic[]> {
    const reply = await this.enqueue({ ...input, id: this.nextId++, kind: 'lint', key }, key);
    return (reply as { diagnostics: Diagnostic[] }).diagnostics;
  }

  async fix(input: Input): Promise<string> {
    const reply = await this.enqueue({ ...input, id: this.nextId++, kind: 'fix' });
    return (reply as { output: string }).output;
  }

  /** Lets the worker drop what it keeps for a closed document. */
  forget(key: string): void {
    this.worker?.postMessage({ kind: 'forget', key } satisfies ForgetMessage);
  }

  /** Stops the worker and drops every queued job. */
  dispose(): void {
    for (const p of this.queue) p.reject(new SupersededError());
    this.queue = [];
    clearTimeout(this.timer);
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private enqueue(job: LintJob, key?: string): Promise<LintReply> {
    return new Promise<LintReply>((resolve, reject) => {
      if (key !== undefined) {
        this.queue = this.queue.filter((p) => {
          if (p.key !== key) return true;
          p.reject(new SupersededError());
          return false;
        });
      }
      this.queue.push({ job, key, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    if (this.running || this.queue.length === 0) return;
    const next = this.queue.shift()!;
    this.running = next;
    this.ensureWorker().postMessage(next.job);
    this.timer = setTimeout(() => this.fail(this.worker, new Error(`linting took longer than ${this.timeoutMs / 1000} s and was stopped`)), this.timeoutMs);
  }

  private settle(reply: LintReply): void {
    const current = this.running;
    if (!current || current.job.id !== reply.id) return;
    clearTimeout(this.timer);
    this.running = undefined;
    if ('error' in reply) current.reject(new Error(reply.error));
    else current.resolve(reply);
    this.pump();
  }

  private fail(worker: Worker | undefined, error: Error): void {
    if (!worker || worker !== this.worker) return;
    this.worker = undefined;
    void worker.terminate();
    clearTimeout(this.timer);
    const current = this.running;
    this.running = undefined;
    current?.reject(error);
    this.pump();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    // stdout: true keeps what rules print off the protocol stream; it goes to the editor's log
    const worker = new Worker(new URL('./lint-worker.js', import.meta.url), { stdout: true, stderr: true, execArgv: workerExecArgv() });
    worker.stdout.on('data', (chunk: Buffer) => this.log(chunk.toString().trimEnd()));
    worker.stderr.on('data', (chunk: Buffer) => this.log(chunk.toString().trimEnd()));
    worker.on('message', (reply: LintReply) => this.settle(reply));
    worker.on('error', (error) => this.fail(worker, error));
    worker.on('exit', (code) => this.fail(worker, new Error(`the lint worker stopped (exit code ${code})`)));
    worker.unref();
    this.worker = worker;
    return worker;
  }
}
