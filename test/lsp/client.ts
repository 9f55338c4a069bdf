/** A real LSP client over stdio for the server tests: spawns the built server and speaks JSON-RPC to it. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowMessageNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  CodeActionRequest,
  type ClientCapabilities,
  type CodeAction,
  type Diagnostic as LspDiagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range as LspRange,
  type Registration,
  type ShowMessageParams,
  type TextDocumentContentChangeEvent,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import type { Diagnostic } from '../../src/types.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SERVER = join(ROOT, 'dist/src/lsp/main.js');

function newestTs(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestTs(p));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

function isStale(): boolean {
  let built = 0;
  try {
    built = statSync(SERVER).mtimeMs;
  } catch {
    // not built yet
  }
  return built <= Math.max(newestTs(join(ROOT, 'src')), newestTs(join(ROOT, 'rules')));
}

const sleep = (ms: number): void => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms) as unknown as void;

/**
 * Compiles the project when the built server is older than a source file, once per test run:
 * test files run in parallel workers of one vitest process, so one builds while the others wait
 * on a lock folder, and none rebuilds under a server that another file has started.
 * Skipped when MTLINT_TEST_BUILT=1.
 */
export function ensureBuilt(): void {
  // MTLINT_TEST_BUILT=1: the caller has just built (e.g. `npm test`, or a build that must not be raced)
  if (process.env.MTLINT_TEST_BUILT === '1') return;
  const base = join(tmpdir(), `mtlint-build-${ROOT.replace(/\W/g, '_')}`);
  const marker = `${base}.${process.ppid}`;
  if (existsSync(marker) || !isStale()) return;
  const lock = `${base}.lock`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) break;
      sleep(100);
    }
  }
  try {
    if (existsSync(marker) || !isStale()) return;
    spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.json')], { cwd: ROOT, stdio: 'ignore' });
    spawnSync(process.execPath, [join(ROOT, 'dist/src/build/copy-assets.js')], { cwd: ROOT, stdio: 'ignore' });
    writeFileSync(marker, '');
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** An mtlint diagnostic as the server must publish it. */
export function expectedLsp(d: Diagnostic): LspDiagnostic {
  return {
    range: { start: { line: d.line - 1, character: d.column - 1 }, end: { line: d.endLine - 1, character: d.endColumn - 1 } },
    severity: d.severity === 'error' ? 1 : 2,
    code: d.ruleId,
    codeDescription: { href: pathToFileURL(join(ROOT, 'rules', `${d.ruleId}.ts`)).href },
    source: 'mtlint',
    message: d.message,
  };
}

/** Applies a workspace edit's changes for one document to its text. */
export function applyWorkspaceEdit(uri: string, text: string, edit: WorkspaceEdit | undefined): string {
  return TextDocument.applyEdits(TextDocument.create(uri, 'plaintext', 0, text), editsFor(uri, edit));
}

/** The text edits a workspace edit makes to one document. */
export function editsFor(uri: string, edit: WorkspaceEdit | undefined): TextEdit[] {
  return [
    ...(edit?.changes?.[uri] ?? []),
    ...(edit?.documentChanges ?? []).flatMap((c) => ('textDocument' in c && c.textDocument.uri === uri ? (c.edits as TextEdit[]) : [])),
  ];
}

export interface StartOptions {
  capabilities?: ClientCapabilities;
  initializationOptions?: unknown;
  workspaceFolders?: string[];
  /** Answers workspace/configuration (the client then declares the capability). */
  settings?: (scopeUri: string | undefined) => unknown;
  cwd?: string;
  /** The command line that starts the server (default: node dist/src/lsp/main.js --stdio). */
  command?: string[];
}

/** A JSON-RPC client driving one server process. */
export class TestClient {
  readonly publishes: PublishDiagnosticsParams[] = [];
  readonly messages: ShowMessageParams[] = [];
  readonly registrations: Registration[] = [];
  readonly configurationRequests: Array<string | undefined> = [];
  readonly exited: Promise<number | null>;
  readonly stderr: string[] = [];
  private waiters: Array<() => void> = [];
  private versions = new Map<string, number>();
  private texts = new Map<string, string>();

  private constructor(readonly child: ChildProcess, readonly connection: ProtocolConnection) {
    this.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    child.stderr!.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString()));
    connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.publishes.push(p);
      this.wake();
    });
    connection.onNotification(ShowMessageNotification.type, (p) => {
      this.messages.push(p);
      this.wake();
    });
    connection.onRequest(RegistrationRequest.type, (p) => {
      this.registrations.push(...p.registrations);
      return null;
    });
  }

  /** Spawns the server, initializes it and sends `initialized`. */
  static async start(options: StartOptions = {}): Promise<TestClient> {
    const args = options.command ?? [SERVER, '--stdio'];
    const child = spawn(process.execPath, args, { cwd: options.cwd ?? ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new TestClient(child, connection);
    if (options.settings) {
      const settings = options.settings;
      connection.onRequest(ConfigurationRequest.type, (p) =>
        p.items.map((item) => {
          client.configurationRequests.push(item.scopeUri);
          return settings(item.scopeUri);
        }),
      );
    }
    connection.listen();
    const folders = options.workspaceFolders ?? [];
    const died = client.exited.then((code) => {
      throw new Error(`the server exited (${code}) before answering initialize: ${client.stderr.join('')}`);
    });
    const initialized = connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: folders[0] ? pathToFileURL(folders[0]).href : null,
      workspaceFolders: folders.map((f) => ({ uri: pathToFileURL(f).href, name: f })),
      initializationOptions: options.initializationOptions,
      capabilities: {
        ...options.capabilities,
        workspace: { configuration: options.settings !== undefined, ...options.capabilities?.workspace },
      },
    });
    died.catch(() => undefined);
    await Promise.race([initialized, died]);
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  /** Resolves when `found` returns a value, re-checked on every message from the server. */
  async until<T>(found: () => T | undefined, what: string, timeout = 10_000): Promise<T> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const value = found();
      if (value !== undefined) return value;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}; stderr: ${this.stderr.join('')}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** The diagnostics published for a document's current version (waits for them). */
  diagnostics(uri: string, version = this.versions.get(uri)): Promise<LspDiagnostic[]> {
    return this.until(() => this.publishes.findLast((p) => p.uri === uri && p.version === version)?.diagnostics, `diagnostics of ${uri} v${version}`);
  }

  /** The next diagnostics published for a document after the first `seen` publishes (of any document). */
  nextDiagnostics(uri: string, seen: number): Promise<LspDiagnostic[]> {
    return this.until(() => this.publishes.slice(seen).find((p) => p.uri === uri)?.diagnostics, `new diagnostics of ${uri}`);
  }

  text(uri: string): string {
    return this.texts.get(uri) ?? '';
  }

  async open(uri: string, languageId: string, text: string): Promise<void> {
    this.versions.set(uri, 1);
    this.texts.set(uri, text);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Sends incremental changes and keeps the client's copy of the text in step. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<void> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    const doc = TextDocument.create(uri, 'plaintext', version, this.text(uri));
    this.texts.set(uri, TextDocument.update(doc, changes, version).getText());
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
  }

  /** Applies a workspace edit as an editor would: as incremental changes, the last edit first. */
  async applyEdit(uri: string, edit: WorkspaceEdit | undefined): Promise<string> {
    const edits = editsFor(uri, edit).sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character);
    await this.change(uri, edits.map((e) => ({ range: e.range, text: e.newText })));
    return this.text(uri);
  }

  codeActions(uri: string, range: LspRange, only?: string[], diagnostics: LspDiagnostic[] = []): Promise<CodeAction[]> {
    return this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics, only } }) as Promise<CodeAction[]>;
  }

  /** `shutdown` then `exit`; resolves with the exit code. */
  async stop(): Promise<number | null> {
    if (this.child.exitCode === null) {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
    }
    const code = await this.exited;
    this.connection.dispose();
    return code;
  }

  kill(): void {
    if (this.child.exitCode === null) this.child.kill();
    this.connection.dispose();
  }
}
