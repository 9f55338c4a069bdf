/** The worker thread that runs `lint` and `fix` for the language server, so the server stays responsive. */
import { parentPort } from 'node:worker_threads';
import { resolveConfig, type ResolvedConfig } from '../config/resolve.js';
import { fix } from '../engine/fix.js';
import { lint } from '../engine/lint.js';
import type { LintJob, LintReply } from './lint-runner.js';

const resolvedCache = new Map<string, ResolvedConfig>();

function resolvedFor(job: LintJob): ResolvedConfig {
  const key = JSON.stringify([job.config, job.relPath ?? null, job.configFile ?? null]);
  let resolved = resolvedCache.get(key);
  if (!resolved) {
    if (resolvedCache.size >= 64) resolvedCache.clear();
    resolved = resolveConfig(job.config, job.relPath, job.configFile);
    resolvedCache.set(key, resolved);
  }
  return resolved;
}

parentPort!.on('message', (job: LintJob) => {
  let reply: LintReply;
  try {
    const options = { resolved: resolvedFor(job), syntax: job.syntax, filePath: job.filePath };
    reply = job.kind === 'fix' ? { id: job.id, output: fix(job.text, options).output } : { id: job.id, diagnostics: lint(job.text, options) };
  } catch (error) {
    reply = { id: job.id, error: (error as Error)?.stack ?? String(error) };
  }
  parentPort!.postMessage(reply);
});
