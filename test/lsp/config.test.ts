import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver-protocol';
import { ensureBuilt, TestClient } from './client.js';

const TEXT = 'They agreed on the strategy. . Then,, they left.\n';
let client: TestClient | undefined;
let dir: string;

const write = (rel: string, content: unknown): string => {
  const file = join(dir, rel);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return pathToFileURL(file).href;
};
/** Code and severity of the diagnostics of the rules TEXT was written for (more rules may fire on it as the set grows). */
const codes = (list: LspDiagnostic[]): Array<[string, number | undefined]> =>
  list.filter((d) => ['doubled-period', 'doubled-comma', 'config-error'].includes(String(d.code))).map((d) => [String(d.code), d.severity]);
const notifyChanged = (uri: string): Promise<void> =>
  client!.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 2 }] });

beforeAll(() => ensureBuilt(), 120_000);
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mtlint-lsp-'));
});
afterEach(() => {
  client?.kill();
  rmSync(dir, { recursive: true, force: true });
});

describe('config per document', { timeout: 30_000 }, () => {
  it('uses the nearest config of each document, and the workspace folder for unsaved buffers', async () => {
    write('.mtlintrc.json', { rules: { 'doubled-period': 'warn' } });
    write('sub/.mtlintrc.json', { rules: { 'doubled-period': 'off', 'doubled-comma': 'warn' } });
    const top = write('a.txt', TEXT);
    const nested = write('sub/b.txt', TEXT);
    client = await TestClient.start({ workspaceFolders: [dir], capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } } });
    await client.open(top, 'plaintext', TEXT);
    await client.open(nested, 'plaintext', TEXT);
    await client.open('untitled:Untitled-1', 'plaintext', TEXT);
    expect(codes(await client.diagnostics(top))).toEqual([['doubled-period', 2], ['doubled-comma', 1]]);
    expect(codes(await client.diagnostics(nested))).toEqual([['doubled-comma', 2]]);
    expect(codes(await client.diagnostics('untitled:Untitled-1'))).toEqual([['doubled-period', 2], ['doubled-comma', 1]]);
    expect(client.registrations.map((r) => r.method)).toContain('workspace/didChangeWatchedFiles');
  });

  it('reloads when a config file changes on disk', async () => {
    const config = write('.mtlintrc.json', { rules: { 'doubled-period': 'warn' } });
    const doc = write('a.txt', TEXT);
    client = await TestClient.start({ workspaceFolders: [dir] });
    await client.open(doc, 'plaintext', TEXT);
    expect(codes(await client.diagnostics(doc))).toEqual([['doubled-period', 2], ['doubled-comma', 1]]);
    write('.mtlintrc.json', { rules: { 'doubled-period': 'off' } });
    const seen = client.publishes.length;
    await notifyChanged(config);
    expect(codes(await client.nextDiagnostics(doc, seen))).toEqual([['doubled-comma', 1]]);
  });

  it('does not lint files the config ignores', async () => {
    write('.mtlintrc.json', { ignorePatterns: ['drafts/'] });
    const ignored = write('drafts/a.txt', TEXT);
    const linted = write('final/a.txt', TEXT);
    client = await TestClient.start({ workspaceFolders: [dir] });
    await client.open(ignored, 'plaintext', TEXT);
    await client.open(linted, 'plaintext', TEXT);
    expect(await client.diagnostics(ignored)).toEqual([]);
    expect(codes(await client.diagnostics(linted))).toEqual([['doubled-period', 1], ['doubled-comma', 1]]);
  });
});

describe('a broken config', { timeout: 30_000 }, () => {
  it('becomes a diagnostic and one message, the server stays up, and a fixed config is picked up', async () => {
    const config = write('.mtlintrc.json', '{ "rules": { "doubled-period": "loud" } }');
    const doc = write('a.txt', TEXT);
    client = await TestClient.start({ workspaceFolders: [dir] });
    await client.open(doc, 'plaintext', TEXT);
    const [problem, ...rest] = await client.diagnostics(doc);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: TEXT.length - 1 } },
      severity: 1,
      code: 'config-error',
      codeDescription: { href: pathToFileURL(join(dir, '.mtlintrc.json')).href },
      source: 'mtlint',
    });
    expect(problem.message).toBe(
      `mtlint is not linting this file: ${join(dir, '.mtlintrc.json')} at "rules.doubled-period": invalid severity "loud": expected "off", "warn" or "error" (or 0, 1, 2)`,
    );
    await client.change(doc, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'More.' }]);
    expect((await client.diagnostics(doc)).map((d) => d.code)).toEqual(['config-error']);
    expect(client.messages).toEqual([{ type: 1, message: `mtlint: ${problem.message.replace('mtlint is not linting this file: ', '')}` }]);

    write('.mtlintrc.json', '{ "rules": { "doubled-period": "warn", } }');
    let seen = client.publishes.length;
    await notifyChanged(config);
    const [syntax] = await client.nextDiagnostics(doc, seen);
    expect(syntax.message).toMatch(new RegExp(`^mtlint is not linting this file: ${join(dir, '.mtlintrc.json').replace(/[.\\/]/g, '\\$&')}:1:\\d+: JSON syntax error`));

    write('.mtlintrc.json', { rules: { 'doubled-period': 'warn' } });
    seen = client.publishes.length;
    await notifyChanged(config);
    expect(codes(await client.nextDiagnostics(doc, seen))).toEqual([['doubled-period', 2], ['doubled-comma', 1]]);
    expect(await client.stop()).toBe(0);
  });
});

describe('editor settings', { timeout: 30_000 }, () => {
  it('asks the editor per document, and empty settings mean the defaults', async () => {
    let settings: unknown = { rules: { 'doubled-period': 'off' }, debounce: 0 };
    client = await TestClient.start({ settings: () => settings });
    const uri = 'file:///tmp/settings.txt';
    await client.open(uri, 'plaintext', TEXT);
    expect(codes(await client.diagnostics(uri))).toEqual([['doubled-comma', 1]]);
    expect(client.configurationRequests).toEqual([uri]);

    for (const empty of [null, {}, []]) {
      settings = empty;
      const seen = client.publishes.length;
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      expect(codes(await client.nextDiagnostics(uri, seen))).toEqual([['doubled-period', 1], ['doubled-comma', 1]]);
      settings = { rules: { 'doubled-period': 'off' } };
      const again = client.publishes.length;
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      expect(codes(await client.nextDiagnostics(uri, again))).toEqual([['doubled-comma', 1]]);
    }
    expect(client.messages).toEqual([]);
  });

  it('takes pushed settings over the initializationOptions when the editor cannot be asked, and reports bad ones', async () => {
    client = await TestClient.start({ initializationOptions: { mtlint: { enable: false, rules: { 'doubled-comma': 'warn' } } } });
    const uri = 'file:///tmp/pushed.txt';
    await client.open(uri, 'plaintext', TEXT);
    expect(await client.diagnostics(uri)).toEqual([]);

    let seen = client.publishes.length;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { mtlint: { enable: true, debounce: 'fast' } } });
    expect(codes(await client.nextDiagnostics(uri, seen))).toEqual([['doubled-period', 1], ['doubled-comma', 2]]);
    expect(client.messages).toEqual([{ type: 2, message: 'mtlint: ignoring the setting mtlint.debounce: expected a number of milliseconds, got "fast"' }]);

    seen = client.publishes.length;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { mtlint: { enable: true, rules: { 'doubled-priod': 'off' } } } });
    const [problem] = await client.nextDiagnostics(uri, seen);
    expect(problem.code).toBe('config-error');
    expect(problem.message).toBe('mtlint is not linting this file: editor settings at "mtlint.rules.doubled-priod": unknown rule "doubled-priod". Did you mean "doubled-period"?');

    // empty pushed settings leave the initializationOptions in force
    seen = client.publishes.length;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    expect(await client.nextDiagnostics(uri, seen)).toEqual([]);
  });
});
