import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { resolve } from 'node:path';
import { loadConfig } from '../config/load.js';
import { resolveConfig } from '../config/resolve.js';
import { SYNTAXES } from '../formats/index.js';
import { jsonMessage } from '../report/json.js';
import type { Diagnostic } from '../types.js';
import { EXIT, type CliIO } from './io.js';
import { OrderedPool, defaultJobs, type TaskOutcome } from './pool.js';
import { failure } from './run.js';
import { runTask, type LintTask } from './task.js';

/** One input record of `mtlint batch`. */
export interface BatchRecord {
  id: unknown;
  text: string;
  syntax?: string;
  sourceLanguage?: string;
}

/** Options of `mtlint batch`. */
export interface BatchOptions {
  config?: string;
  jobs?: number;
  /** Records per chunk: memory stays bounded by one chunk in flight. */
  chunk?: number;
  sourceLang?: string;
}

function outputLine(id: unknown, diagnostics: Diagnostic[], wordCount: number, text: string): string {
  let errors = 0;
  for (const d of diagnostics) if (d.severity === 'error') errors++;
  return JSON.stringify({
    id,
    errorCount: errors,
    warningCount: diagnostics.length - errors,
    wordCount,
    diagnostics: diagnostics.map((d) => jsonMessage(d, () => text)),
  });
}

/**
 * `mtlint batch`: JSON Lines in (`{ "id", "text", "syntax"?, "sourceLanguage"? }`), one JSON line
 * of results out per record, in input order, in bounded memory, on all cores.
 */
export async function runBatch(opts: BatchOptions, io: CliIO, input: Readable): Promise<number> {
  let config;
  let configFile: string | undefined;
  try {
    const loaded = opts.config ? loadConfig({ configFile: resolve(io.cwd, opts.config) }) : loadConfig({ from: io.cwd });
    config = loaded.config;
    configFile = loaded.file;
    resolveConfig(config, undefined, configFile);
  } catch (e) {
    return failure(io, e);
  }
  const jobs = opts.jobs ?? defaultJobs();
  const chunkSize = opts.chunk ?? 2000;
  const pool = jobs > 1 && OrderedPool.available() ? new OrderedPool(jobs) : undefined;
  const lines = createInterface({ input, crlfDelay: Infinity });
  let chunk: Array<LintTask | { index: number; error: string; id: unknown }> = [];
  let lineNo = 0;
  let failed = false;

  const flush = async (): Promise<void> => {
    const tasks = chunk.filter((c): c is LintTask => 'text' in c);
    const ids = new Map<number, unknown>();
    for (const c of chunk) if ('text' in c) ids.set(c.index, (c as LintTask & { id?: unknown }).id);
    const results = new Map<number, TaskOutcome>();
    const collect = (o: TaskOutcome): void => void results.set(o.ok ? o.result.index : o.index, o);
    if (pool && tasks.length > 1) await pool.run(tasks, collect);
    else for (const t of tasks) collect(inline(t));
    const out: string[] = [];
    for (const c of chunk) {
      if (!('text' in c)) {
        out.push(JSON.stringify({ id: c.id ?? null, line: c.index, error: c.error }));
        continue;
      }
      const o = results.get(c.index)!;
      if (o.ok) out.push(outputLine(ids.get(c.index), o.result.diagnostics, o.result.wordCount, c.text));
      else {
        failed = true;
        out.push(JSON.stringify({ id: ids.get(c.index) ?? null, line: c.index, error: o.error }));
      }
    }
    if (out.length) io.stdout(out.join('\n') + '\n');
    chunk = [];
  };

  try {
    for await (const line of lines) {
      lineNo++;
      if (!line.trim()) continue;
      let record: BatchRecord;
      let id: unknown;
      try {
        record = JSON.parse(line);
        id = (record as { id?: unknown } | null)?.id;
        if (typeof record !== 'object' || record === null || typeof record.text !== 'string') throw new Error('expected an object with a string "text"');
        if (record.syntax !== undefined && !(SYNTAXES as readonly unknown[]).includes(record.syntax)) {
          throw new Error(`unknown "syntax" ${JSON.stringify(record.syntax)}: expected one of ${SYNTAXES.join(', ')}`);
        }
      } catch (e) {
        chunk.push({ index: lineNo, error: `line ${lineNo}: ${(e as Error).message}`, id });
        continue;
      }
      const task: LintTask & { id?: unknown } = {
        index: lineNo,
        text: record.text,
        config,
        configFile,
        syntax: record.syntax,
        sourceLanguage: record.sourceLanguage ?? opts.sourceLang,
      };
      task.id = record.id ?? null;
      chunk.push(task);
      if (chunk.length >= chunkSize) await flush();
    }
    await flush();
  } finally {
    await pool?.close();
  }
  return failed ? EXIT.failure : EXIT.ok;
}

function inline(t: LintTask): TaskOutcome {
  try {
    return { ok: true, result: runTask(t) };
  } catch (e) {
    return { ok: false, index: t.index, error: (e as Error).message };
  }
}
