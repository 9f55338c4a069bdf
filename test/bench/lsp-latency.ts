/**
 * How long after a change the language server's diagnostics arrive, for a 100 KB document.
 * Build first, then: `node dist/test/bench/lsp-latency.js [rounds]`
 * Spawns the built server, opens the seed article repeated to 100 KB (as plain text and as
 * Markdown), types single characters and times each change until the diagnostics of that
 * version arrive, with the default debounce and with none; beside it, what the same change costs
 * in-process (the Markdown parse, and lint() as the server's worker runs it).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { builtinRules } from '../../rules/index.js';
import { resolveConfig } from '../../src/config/resolve.js';
import { lint } from '../../src/engine/lint.js';
import { IncrementalMarkdown, markdownText } from '../../src/formats/markdown.js';

const here = (rel: string): string => fileURLToPath(new URL(rel, import.meta.url));
const SERVER = here('../../src/lsp/main.js');
const SEED = readFileSync(here('../../../test/fixtures/seed.txt'), 'utf8');
const SIZE = 100 * 1024;
const ROUNDS = Math.min(Math.max(Number(process.argv[2]) || 40, 5), 500);

function bigDocument(): string {
  let text = '';
  while (text.length < SIZE) text += SEED;
  return text.slice(0, text.lastIndexOf('\n', SIZE) + 1);
}

const quantile = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

async function measure(languageId: string, settings: Record<string, unknown>): Promise<number[]> {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const arrived = new Map<number, number>();
  let wake: (() => void) | undefined;
  connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
    if (p.version !== undefined) arrived.set(p.version, performance.now());
    wake?.();
  });
  connection.listen();
  const waitFor = async (version: number): Promise<number> => {
    const deadline = performance.now() + 30_000;
    while (!arrived.has(version)) {
      if (performance.now() > deadline) throw new Error(`no diagnostics for version ${version}`);
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, 1000);
      });
    }
    return arrived.get(version)!;
  };

  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    capabilities: {},
    initializationOptions: { mtlint: settings },
  });
  await connection.sendNotification(InitializedNotification.type, {});
  const uri = `file:///bench/document.${languageId === 'markdown' ? 'md' : 'txt'}`;
  const text = bigDocument();
  await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  await waitFor(1);

  const times: number[] = [];
  const lines = text.split('\n').length - 1;
  for (let i = 0; i < ROUNDS; i++) {
    const version = i + 2;
    const line = (i * 7) % lines;
    const sent = performance.now();
    await connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'x' }],
    });
    times.push((await waitFor(version)) - sent);
  }
  await connection.sendRequest(ShutdownRequest.type);
  await connection.sendNotification(ExitNotification.type);
  await new Promise((resolve) => child.on('exit', resolve));
  connection.dispose();
  return times.sort((a, b) => a - b);
}

/**
 * Times `run` on successive inputs after a few warm-up runs (the server's worker is warm too):
 * sorted milliseconds. Making the input is not timed.
 */
function timed<T>(input: (round: number) => T, run: (input: T) => void, rounds = 21, warmUp = 5): number[] {
  const times: number[] = [];
  for (let i = 0; i < warmUp + rounds; i++) {
    const value = input(i);
    const started = performance.now();
    run(value);
    if (i >= warmUp) times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

const figures = (t: number[]): string => `median ${quantile(t, 0.5).toFixed(1)} ms, p95 ${quantile(t, 0.95).toFixed(1)} ms`;

/** One-character edits at successive line starts, as the server receives them. */
function editor(text: string): (round: number) => string {
  const lines = text.split('\n').length - 1;
  return (round) => {
    let at = 0;
    for (let l = (round * 7) % lines; l > 0; l--) at = text.indexOf('\n', at) + 1;
    return (text = text.slice(0, at) + 'x' + text.slice(at));
  };
}

const doc = bigDocument();
console.log(`document: ${doc.length} UTF-16 code units (${Buffer.byteLength(doc)} bytes), ${ROUNDS} one-character changes per run`);
const full = timed(() => doc, markdownText);
const session = new IncrementalMarkdown();
session.sourceText(doc);
const incremental = timed(editor(doc), (text) => session.sourceText(text));
console.log(`Markdown parse to prose: whole document ${figures(full)}; after a one-character edit, reusing the previous tree ${figures(incremental)}`);
for (const [languageId, syntax] of [['plaintext', 'text'], ['markdown', 'markdown']] as const) {
  // what the server's worker runs per change: lint() of the edited text (for Markdown, parsed incrementally)
  const linting = new IncrementalMarkdown();
  const toSourceText = syntax === 'markdown' ? (text: string) => linting.sourceText(text) : undefined;
  const resolved = resolveConfig({}); // resolved once, as the worker caches it
  const alone = timed(editor(doc), (text) => lint(text, { syntax, resolved, toSourceText }));
  const lintMedian = quantile(alone, 0.5);
  console.log(`lint() alone, in-process, ${syntax}${toSourceText ? ' (incremental parse)' : ''}: ${figures(alone)}`);
  const runs: Array<[string, Record<string, unknown>]> = [
    ['default debounce (25 ms)', {}],
    ['no debounce', { debounce: 0 }],
  ];
  for (const [label, settings] of runs) {
    const t = await measure(languageId, settings);
    const median = quantile(t, 0.5);
    console.log(
      `change -> diagnostics, ${languageId}, ${label}: ${figures(t)}, max ${t[t.length - 1].toFixed(1)} ms` +
        ` (~${(median - lintMedian).toFixed(1)} ms over lint())`,
    );
  }
  // the server's own cost: the same round trip with one cheap rule, so lint() is nearly free
  const oneRule = Object.fromEntries([...builtinRules.keys()].map((id) => [id, id === 'doubled-period' ? 'error' : 'off']));
  const t = await measure(languageId, { debounce: 0, rules: oneRule });
  console.log(`change -> diagnostics, ${languageId}, no debounce, only doubled-period: ${figures(t)}`);
}
