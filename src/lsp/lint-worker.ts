/** The worker thread that runs `lint` and `fix` for the language server, so the server stays responsive. */
import { parentPort } from 'node:worker_threads';
import { resolveConfig, type ResolvedConfig } from '../config/resolve.js';
import { fix } from '../engine/fix.js';
import { lint, type LintOptions } from '../engine/lint.js';
import { IncrementalMarkdown } from '../formats/markdown.js';
import type { ForgetMessage, LintJob, LintReply } from './lint-runner.js';

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

// the last parse of each open Markdown document, reused on its next version (most recent last)
const markdownSessions = new Map<string, IncrementalMarkdown>();
const MAX_SESSIONS = 32;

function markdownSession(key: string): IncrementalMarkdown {
  let session = markdownSessions.get(key);
  if (session) markdownSessions.delete(key);
  else session = new IncrementalMarkdown();
  markdownSessions.set(key, session);
  if (markdownSessions.size > MAX_SESSIONS) markdownSessions.delete(markdownSessions.keys().next().value!);
  return session;
}

parentPort!.on('message', (job: LintJob | ForgetMessage) => {
  if (job.kind === 'forget') {
    markdownSessions.delete(job.key);
    return;
  }
  let reply: LintReply;
  try {
    const options: LintOptions = { resolved: resolvedFor(job), syntax: job.syntax, filePath: job.filePath };
    if (job.kind === 'lint' && job.syntax === 'markdown' && job.key !== undefined) {
      const session = markdownSession(job.key);
      options.toSourceText = (text) => session.sourceText(text);
    }
    reply = job.kind === 'fix' ? { id: job.id, output: fix(job.text, options).output } : { id: job.id, diagnostics: lint(job.text, options) };
  } catch (error) {
    reply = { id: job.id, error: (error as Error)?.stack ?? String(error) };
  }
  parentPort!.postMessage(reply);
});
