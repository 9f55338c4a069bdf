import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionKind,
  CodeActionRequest,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DiagnosticSeverity,
  ErrorCodes,
  HoverRequest,
  MessageType,
  Position,
  Range,
  ResponseError,
  ShowMessageNotification,
  StreamMessageReader,
  StreamMessageWriter,
  TextDocumentIdentifier,
  TextDocuments,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type Connection,
  type Diagnostic as LspDiagnostic,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { builtinRules } from '../../rules/index.js';
import { CONFIG_FILES } from '../config/load.js';
import type { ResolvedConfig } from '../config/resolve.js';
import type { Diagnostic, Rule } from '../types.js';
import { codeActions, FIX_ALL_KIND, wantsFixAll } from './code-actions.js';
import { lifecycleGate } from './lifecycle.js';
import { LintRunner, SupersededError } from './lint-runner.js';
import { configErrorDiagnostic, ruleDocsUrl, SOURCE, toLspDiagnostic, toLspRange } from './convert.js';
import { DocumentConfigs } from './document-config.js';
import { hoverContent } from './hover.js';
import { syntaxOfBuffer } from './languages.js';
import { DEFAULT_SETTINGS, parseSettings, settingsSection, type EditorSettings } from './settings.js';

/** The lint of one document version, kept for code actions and hover. */
interface LintResult {
  version: number;
  settings: EditorSettings;
  /** The text that was linted, for positions. */
  snapshot: TextDocument;
  diagnostics: Diagnostic[];
  lsp: LspDiagnostic[];
  /** Present when the document was linted (not skipped, no config error). */
  job?: LintInput;
  resolved?: ResolvedConfig;
  fixed?: Promise<string>;
}

type LintInput = Parameters<LintRunner['lint']>[0];

const version = ((): string => {
  for (const rel of ['../../../package.json', '../../package.json']) {
    try {
      return JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')).version as string;
    } catch {
      // try the next layout (dist/src/lsp or src/lsp)
    }
  }
  return '0.0.0';
})();

const filePathOf = (uri: string): string | undefined => {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
};

const invalidParams = (method: string, expected: string): ResponseError<void> =>
  new ResponseError(ErrorCodes.InvalidParams, `${method}: expected ${expected}`);

/** Starts the mtlint language server on a pair of streams (stdin and stdout by default). */
export function startServer(input: NodeJS.ReadableStream = process.stdin, output: NodeJS.WritableStream = process.stdout): Connection {
  const reader = new StreamMessageReader(input);
  const writer = new StreamMessageWriter(output);
  // JSON-RPC says a body that is not JSON gets a Parse error reply; the reader only drops it
  reader.onError((error) => {
    if (error instanceof SyntaxError) void writer.write({ jsonrpc: '2.0', id: null, error: { code: ErrorCodes.ParseError, message: `Parse error: ${error.message}` } } as never);
  });
  const gate = lifecycleGate(writer);
  const connection = createConnection(reader, writer, { messageStrategy: gate });
  for (const event of ['end', 'close'] as const) input.on(event, () => process.exit(shuttingDown ? 0 : 1));
  // anything a rule prints must not corrupt the protocol stream
  for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    console[level] = (...args: unknown[]) => connection.console[level === 'debug' ? 'log' : level](format(...args));
  }

  const documents = new TextDocuments(TextDocument);
  const configs = new DocumentConfigs();
  const results = new Map<string, { version: number; settings: EditorSettings; promise: Promise<LintResult> }>();
  const runner = new LintRunner((message) => connection.console.log(message));
  /** Per document, the trailing lint that a burst of changes keeps postponing (see `changed`). */
  const windows = new Map<string, NodeJS.Timeout>();
  /** Documents with a lint under way (started, not yet published or dropped), and how many. */
  const linting = new Map<string, number>();
  const settingsByUri = new Map<string, Promise<EditorSettings>>();
  const lastSettings = new Map<string, EditorSettings>();
  const shown = new Set<string>();
  let folders: string[] = [];
  let globalSettings: EditorSettings = { ...DEFAULT_SETTINGS };
  let initialSettings: Record<string, unknown> = {};
  let capabilities: ClientCapabilities = {};
  let pullSettings = false;
  let shuttingDown = false;

  const showOnce = (type: MessageType, message: string): void => {
    if (shown.has(message)) return;
    shown.add(message);
    void connection.sendNotification(ShowMessageNotification.type, { type, message });
  };

  const readSettings = (raw: unknown): EditorSettings => {
    const { settings, problems } = parseSettings(raw);
    for (const p of problems) showOnce(MessageType.Warning, `mtlint: ignoring the setting ${p}`);
    return settings;
  };

  const settingsFor = (uri: string): Promise<EditorSettings> => {
    if (!pullSettings) return Promise.resolve(globalSettings);
    let pending = settingsByUri.get(uri);
    if (!pending) {
      pending = connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'mtlint' })
        .then((raw: unknown) => readSettings(raw), () => globalSettings);
      settingsByUri.set(uri, pending);
    }
    return pending;
  };

  const lintDocument = async (doc: TextDocument, settings: EditorSettings): Promise<LintResult> => {
    const text: unknown = doc.getText();
    // a didOpen whose text was not a string: nothing to lint
    const snapshot = TextDocument.create(doc.uri, String(doc.languageId), doc.version, typeof text === 'string' ? text : '');
    const base = { version: doc.version, settings, snapshot, diagnostics: [], lsp: [] };
    const syntax = typeof doc.languageId === 'string' ? syntaxOfBuffer(doc.languageId, doc.uri) : undefined;
    if (!syntax || !settings.enable || typeof text !== 'string') return base;
    const filePath = filePathOf(doc.uri);
    const config = configs.forDocument(filePath, folders, settings);
    if (!config.ok) {
      showOnce(MessageType.Error, `mtlint: ${config.error.message}`);
      return { ...base, lsp: [configErrorDiagnostic(snapshot, config.error)] };
    }
    if (config.ignored) return base;
    const job: LintInput = { text: snapshot.getText(), syntax, filePath, config: config.config, relPath: config.relPath, configFile: config.file };
    try {
      const diagnostics = await runner.lint(job, doc.uri);
      const lsp = diagnostics.map((d) => toLspDiagnostic(snapshot, d, settings.docsUrl));
      return { ...base, diagnostics, lsp, job, resolved: config.resolved };
    } catch (error) {
      if (error instanceof SupersededError) throw error;
      connection.console.error(`mtlint failed on ${doc.uri}: ${(error as Error).stack ?? String(error)}`);
      const message = `mtlint failed on this file: ${(error as Error).message.split('\n')[0]}`;
      return { ...base, lsp: [{ range: toLspRange(snapshot, [0, 0]), severity: DiagnosticSeverity.Error, source: SOURCE, message }] };
    }
  };

  /** The lint of the document's current version: the pushed one, or one started now. */
  const resultFor = (doc: TextDocument): Promise<LintResult> => {
    const settings = lastSettings.get(doc.uri) ?? globalSettings;
    const known = results.get(doc.uri);
    if (known && known.version === doc.version && known.settings === settings) return known.promise;
    const entry = { version: doc.version, settings, promise: lintDocument(doc, settings) };
    results.set(doc.uri, entry);
    entry.promise.catch(() => {
      if (results.get(doc.uri) === entry) results.delete(doc.uri);
    });
    return entry.promise;
  };

  /** The current lint of an open document, or undefined when it is gone or changed while linting. */
  const settledResult = async (uri: string): Promise<LintResult | undefined> => {
    const doc = documents.get(uri);
    if (!doc) return undefined;
    try {
      const result = await resultFor(doc);
      return documents.get(uri)?.version === result.version ? result : undefined;
    } catch (error) {
      if (error instanceof SupersededError) return undefined;
      throw error;
    }
  };

  /** Lints the document's current version and publishes the result if the document still has that version. */
  const validate = async (uri: string): Promise<void> => {
    const settings = await settingsFor(uri);
    if (!documents.get(uri) || shuttingDown) return;
    lastSettings.set(uri, settings);
    const result = await settledResult(uri);
    // a newer version has its own lint on the way
    if (!result || shuttingDown) return;
    // not awaited: the lint is over once the message is queued (the editor may answer with the
    // next change before the write completes, and that change should find the document idle)
    connection.sendDiagnostics({ uri, version: result.version, diagnostics: result.lsp }).catch((e) => connection.console.error(String(e?.stack ?? e)));
  };

  const lintNow = (uri: string): void => {
    linting.set(uri, (linting.get(uri) ?? 0) + 1);
    void validate(uri)
      .catch((e) => connection.console.error(String(e?.stack ?? e)))
      .finally(() => {
        const left = (linting.get(uri) ?? 1) - 1;
        if (left > 0) linting.set(uri, left);
        else linting.delete(uri);
      });
  };

  const closeWindow = (uri: string): void => {
    clearTimeout(windows.get(uri));
    windows.delete(uri);
  };

  /**
   * A change to a document. When the document is idle (no lint of it under way or waiting), the
   * change is linted at once (leading edge), so one keystroke's diagnostics never wait for the
   * debounce. Changes that come while a lint is under way or waiting are a burst of typing: they
   * are linted together, `debounce` ms after the last of them (trailing edge). Stale results are
   * never published: `validate` publishes only the lint of the version the document still has
   * when that lint is done.
   */
  const changed = (uri: string, debounce: number): void => {
    const busy = windows.has(uri) || linting.has(uri);
    closeWindow(uri);
    if (!busy || debounce <= 0) {
      lintNow(uri);
      return;
    }
    windows.set(
      uri,
      setTimeout(() => {
        windows.delete(uri);
        lintNow(uri);
      }, debounce),
    );
  };

  const relintAll = (): void => {
    results.clear();
    for (const doc of documents.all()) {
      closeWindow(doc.uri);
      lintNow(doc.uri);
    }
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    capabilities = params.capabilities ?? {};
    const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    folders = uris.map(filePathOf).filter((p): p is string => p !== undefined);
    if (folders.length === 0 && params.rootPath) folders = [params.rootPath];
    pullSettings = capabilities.workspace?.configuration === true;
    initialSettings = settingsSection(params.initializationOptions);
    globalSettings = readSettings(initialSettings);
    return {
      capabilities: {
        positionEncoding: 'utf-16',
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'mtlint', version },
    };
  });

  connection.onInitialized(() => {
    runner.warm();
    const workspace = capabilities.workspace;
    if (workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: CONFIG_FILES.map((name) => ({ globPattern: `**/${name}` })),
      });
    }
    if (workspace?.didChangeConfiguration?.dynamicRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'mtlint' });
    }
    if (workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const removed = new Set(e.removed.map((f) => filePathOf(f.uri)));
        folders = [...folders.filter((f) => !removed.has(f)), ...e.added.map((f) => filePathOf(f.uri)).filter((p): p is string => !!p)];
        relintAll();
      });
    }
  });

  connection.onDidChangeConfiguration((params) => {
    const settings = (params as { settings?: unknown } | undefined)?.settings;
    // pushed settings are layered over the initializationOptions; empty ones leave those (or the defaults)
    globalSettings = readSettings({ ...initialSettings, ...settingsSection(settings) });
    settingsByUri.clear();
    lastSettings.clear();
    shown.clear();
    relintAll();
  });

  connection.onDidChangeWatchedFiles((params) => {
    const changes = Array.isArray(params?.changes) ? params.changes : [];
    if (!changes.some((c) => typeof c?.uri === 'string' && CONFIG_FILES.includes(basename(filePathOf(c.uri) ?? c.uri)))) return;
    configs.clear();
    shown.clear();
    relintAll();
  });

  documents.onDidChangeContent(({ document }) => {
    changed(document.uri, (lastSettings.get(document.uri) ?? globalSettings).debounce);
  });

  documents.onDidClose(({ document }) => {
    closeWindow(document.uri);
    runner.forget(document.uri);
    results.delete(document.uri);
    settingsByUri.delete(document.uri);
    lastSettings.delete(document.uri);
    if (!shuttingDown) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  // registered as plain requests: the library's onHover/onCodeAction read params before any check
  connection.onRequest(CodeActionRequest.type, async (params) => {
    if (!TextDocumentIdentifier.is(params?.textDocument) || !Range.is(params?.range)) {
      throw invalidParams('textDocument/codeAction', '{ textDocument: { uri }, range, context }');
    }
    const uri = params.textDocument.uri;
    const result = await settledResult(uri);
    if (!result) return [];
    const only = Array.isArray(params.context?.only) ? params.context.only.filter((k): k is string => typeof k === 'string') : undefined;
    let fixedText: string | undefined;
    if (result.job && wantsFixAll(only, result.diagnostics)) {
      const job = result.job;
      try {
        fixedText = await (result.fixed ??= runner.fix(job));
      } catch (error) {
        result.fixed = undefined;
        if (!(error instanceof SupersededError)) connection.console.error(`mtlint could not fix ${uri}: ${(error as Error).message}`);
      }
      if (documents.get(uri)?.version !== result.version) return [];
    }
    const lspOf = new Map(result.diagnostics.map((d, i) => [d, result.lsp[i]]));
    return codeActions({
      doc: result.snapshot,
      diagnostics: result.diagnostics,
      toLsp: (d) => lspOf.get(d)!,
      range: params.range,
      only,
      documentChanges: capabilities.workspace?.workspaceEdit?.documentChanges === true,
      syntax: result.job?.syntax,
      fixedText,
    });
  });

  connection.onRequest(HoverRequest.type, async (params) => {
    if (!TextDocumentIdentifier.is(params?.textDocument) || !Position.is(params?.position)) {
      throw invalidParams('textDocument/hover', '{ textDocument: { uri }, position }');
    }
    const result = await settledResult(params.textDocument.uri);
    if (!result) return null;
    const doc = result.snapshot;
    const rules = new Map<string, Rule>(result.resolved?.rules.map((r) => [r.rule.id, r.rule]) ?? []);
    const markdown = capabilities.textDocument?.hover?.contentFormat?.includes('markdown') ?? true;
    const hover = hoverContent(
      result.diagnostics,
      doc.offsetAt(params.position),
      (id) => rules.get(id) ?? builtinRules.get(id),
      (id) => ruleDocsUrl(id, result.settings.docsUrl),
      markdown,
    );
    return hover ? { contents: hover.content, range: toLspRange(doc, hover.range) } : null;
  });

  connection.onShutdown(() => {
    shuttingDown = true;
    runner.dispose();
    for (const uri of [...windows.keys()]) closeWindow(uri);
  });

  documents.listen(connection);
  connection.listen();
  return connection;
}
