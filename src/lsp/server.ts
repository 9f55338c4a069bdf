import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
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
import { fix } from '../engine/fix.js';
import { lint } from '../engine/lint.js';
import type { Diagnostic, Rule, Syntax } from '../types.js';
import { codeActions, FIX_ALL_KIND } from './code-actions.js';
import { configErrorDiagnostic, ruleDocsUrl, SOURCE, toLspDiagnostic, toLspRange } from './convert.js';
import { DocumentConfigs } from './document-config.js';
import { hoverContent } from './hover.js';
import { syntaxOfBuffer } from './languages.js';
import { DEFAULT_SETTINGS, parseSettings, type EditorSettings } from './settings.js';

/** The lint of one document version, kept for code actions and hover. */
interface LintResult {
  version: number;
  settings: EditorSettings;
  diagnostics: Diagnostic[];
  lsp: LspDiagnostic[];
  /** Present when the document was linted (not skipped, no config error). */
  lintOptions?: { resolved: ResolvedConfig; syntax: Syntax; filePath?: string };
  fixed?: string;
}

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
  const connection = createConnection(reader, writer);
  for (const event of ['end', 'close'] as const) input.on(event, () => process.exit(shuttingDown ? 0 : 1));
  // anything a rule prints must not corrupt the protocol stream
  for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    console[level] = (...args: unknown[]) => connection.console[level === 'debug' ? 'log' : level](format(...args));
  }

  const documents = new TextDocuments(TextDocument);
  const configs = new DocumentConfigs();
  const results = new Map<string, LintResult>();
  const timers = new Map<string, NodeJS.Timeout>();
  const settingsByUri = new Map<string, Promise<EditorSettings>>();
  const lastSettings = new Map<string, EditorSettings>();
  const shown = new Set<string>();
  let folders: string[] = [];
  let globalSettings: EditorSettings = { ...DEFAULT_SETTINGS };
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

  const lintDocument = (doc: TextDocument, settings: EditorSettings): LintResult => {
    const base = { version: doc.version, settings, diagnostics: [], lsp: [] };
    const syntax = syntaxOfBuffer(doc.languageId, doc.uri);
    if (!syntax || !settings.enable) return base;
    const filePath = filePathOf(doc.uri);
    const config = configs.forDocument(filePath, folders, settings);
    if (!config.ok) {
      showOnce(MessageType.Error, `mtlint: ${config.error.message}`);
      return { ...base, lsp: [configErrorDiagnostic(doc, config.error)] };
    }
    if (config.ignored) return base;
    const lintOptions = { resolved: config.resolved, syntax, filePath };
    try {
      const diagnostics = lint(doc.getText(), lintOptions);
      return { ...base, diagnostics, lintOptions, lsp: diagnostics.map((d) => toLspDiagnostic(doc, d, settings.docsUrl)) };
    } catch (error) {
      const message = `mtlint failed on ${doc.uri}: ${(error as Error).stack ?? String(error)}`;
      connection.console.error(message);
      return { ...base, lsp: [{ range: toLspRange(doc, [0, 0]), severity: 1, source: SOURCE, message: `mtlint failed on this file: ${(error as Error).message}` }] };
    }
  };

  /** The lint of the document's current version (computed now if the pushed one is stale). */
  const current = (doc: TextDocument): LintResult => {
    const settings = lastSettings.get(doc.uri) ?? globalSettings;
    const known = results.get(doc.uri);
    if (known && known.version === doc.version && known.settings === settings) return known;
    const result = lintDocument(doc, settings);
    results.set(doc.uri, result);
    return result;
  };

  const validate = async (uri: string): Promise<void> => {
    timers.delete(uri);
    const settings = await settingsFor(uri);
    const doc = documents.get(uri);
    if (!doc || shuttingDown) return;
    lastSettings.set(uri, settings);
    const result = current(doc);
    await connection.sendDiagnostics({ uri, version: doc.version, diagnostics: result.lsp });
  };

  const schedule = (uri: string, delay: number): void => {
    clearTimeout(timers.get(uri));
    timers.set(uri, setTimeout(() => void validate(uri).catch((e) => connection.console.error(String(e?.stack ?? e))), delay));
  };

  const relintAll = (): void => {
    results.clear();
    for (const doc of documents.all()) schedule(doc.uri, 0);
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    capabilities = params.capabilities ?? {};
    const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    folders = uris.map(filePathOf).filter((p): p is string => p !== undefined);
    if (folders.length === 0 && params.rootPath) folders = [params.rootPath];
    pullSettings = capabilities.workspace?.configuration === true;
    globalSettings = readSettings(params.initializationOptions);
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
    if (!pullSettings || (settings !== undefined && settings !== null)) globalSettings = readSettings(settings);
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
    const debounce = (lastSettings.get(document.uri) ?? globalSettings).debounce;
    schedule(document.uri, results.has(document.uri) ? debounce : 0);
  });

  documents.onDidClose(({ document }) => {
    clearTimeout(timers.get(document.uri));
    timers.delete(document.uri);
    results.delete(document.uri);
    settingsByUri.delete(document.uri);
    lastSettings.delete(document.uri);
    if (!shuttingDown) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  const guard = (): void => {
    if (shuttingDown) throw new ResponseError(ErrorCodes.InvalidRequest, 'the server is shutting down');
  };

  connection.onCodeAction((params) => {
    guard();
    if (!TextDocumentIdentifier.is(params?.textDocument) || !Range.is(params?.range)) {
      throw invalidParams('textDocument/codeAction', '{ textDocument: { uri }, range, context }');
    }
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const result = current(doc);
    const lspOf = new Map(result.diagnostics.map((d, i) => [d, result.lsp[i]]));
    const only = Array.isArray(params.context?.only) ? params.context.only.filter((k): k is string => typeof k === 'string') : undefined;
    return codeActions({
      doc,
      diagnostics: result.diagnostics,
      toLsp: (d) => lspOf.get(d)!,
      range: params.range,
      only,
      documentChanges: capabilities.workspace?.workspaceEdit?.documentChanges === true,
      fixedText: () => (result.fixed ??= result.lintOptions ? fix(doc.getText(), result.lintOptions).output : doc.getText()),
    });
  });

  connection.onHover((params) => {
    guard();
    if (!TextDocumentIdentifier.is(params?.textDocument) || !Position.is(params?.position)) {
      throw invalidParams('textDocument/hover', '{ textDocument: { uri }, position }');
    }
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    const result = current(doc);
    const rules = new Map<string, Rule>(result.lintOptions?.resolved.rules.map((r) => [r.rule.id, r.rule]) ?? []);
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
    for (const t of timers.values()) clearTimeout(t);
    timers.clear();
  });

  documents.listen(connection);
  connection.listen();
  return connection;
}
