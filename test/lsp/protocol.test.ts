import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT, SERVER, TestClient } from './client.js';

let client: TestClient | undefined;
beforeAll(() => ensureBuilt(), 120_000);
afterEach(() => client?.kill());

const errorOf = async (request: Promise<unknown>): Promise<{ code: number; message: string }> => {
  try {
    await request;
  } catch (e) {
    const { code, message } = e as { code: number; message: string };
    return { code, message };
  }
  throw new Error('the request succeeded');
};

describe('protocol robustness', { timeout: 30_000 }, () => {
  it('answers malformed requests with InvalidParams and unknown methods with MethodNotFound, and keeps serving', async () => {
    client = await TestClient.start();
    const uri = 'file:///tmp/robust.txt';
    await client.open(uri, 'plaintext', 'the strategy. . Then.\n');
    await client.diagnostics(uri);
    expect(await errorOf(client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri } }))).toEqual({
      code: -32602,
      message: 'textDocument/codeAction: expected { textDocument: { uri }, range, context }',
    });
    expect(await errorOf(client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: -1, character: 'x' } }))).toEqual({
      code: -32602,
      message: 'textDocument/hover: expected { textDocument: { uri }, position }',
    });
    expect((await errorOf(client.connection.sendRequest('textDocument/hover', null))).code).toBe(-32602);
    expect((await errorOf(client.connection.sendRequest('mtlint/noSuchMethod', {}))).code).toBe(-32601);
    // a document whose text is not a string is not linted, and does not stop the server
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file:///tmp/number.txt', languageId: 'plaintext', version: 1, text: 5 } });
    expect(await client.diagnostics('file:///tmp/number.txt', 1)).toEqual([]);
    // a notification nobody handles is dropped without a reply, and the server goes on
    await client.connection.sendNotification('mtlint/noSuchNotification', { x: 1 });
    const actions = await client.codeActions(uri, { start: { line: 0, character: 13 }, end: { line: 0, character: 13 } }, ['quickfix']);
    expect(actions.length).toBeGreaterThan(0);
    // requests about documents that are not open get empty answers
    expect(await client.codeActions('file:///tmp/never-opened.txt', { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } })).toEqual([]);
    expect(client.stderr.join('')).toBe('');
  });

  it('survives a huge document: its diagnostics arrive, and other documents are still served', async () => {
    client = await TestClient.start({ initializationOptions: { debounce: 0 } });
    const uri = 'file:///tmp/huge.txt';
    const paragraph = 'The talks ended in a long and careful statement, said the ministry on Friday.\n\n';
    const text = paragraph.repeat(Math.ceil((8 << 20) / paragraph.length)) + 'Last line. .\n';
    await client.open(uri, 'plaintext', text);
    // the 8 MB document is linted off the main thread; another document opened meanwhile is served too
    const small = 'file:///tmp/small.txt';
    await client.open(small, 'plaintext', 'the strategy. .\n');
    expect((await client.diagnostics(small)).map((d) => d.code)).toContain('doubled-period');
    const huge = await client.diagnostics(uri);
    expect(huge.map((d) => [d.code, d.range.start.line])).toContainEqual(['doubled-period', text.split('\n').length - 2]);
  }, 120_000);

  it('ignores edits to documents that were never opened', async () => {
    client = await TestClient.start({ initializationOptions: { debounce: 0 } });
    const ghost = 'file:///tmp/ghost.txt';
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: ghost, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'strategy. .' }],
    });
    const real = 'file:///tmp/real.txt';
    await client.open(real, 'plaintext', 'the strategy. .\n');
    await client.diagnostics(real);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(client.publishes.filter((p) => p.uri === ghost)).toEqual([]);
    expect(await client.codeActions(ghost, { start: { line: 0, character: 0 }, end: { line: 0, character: 11 } })).toEqual([]);
  });

  it('enforces the lifecycle and answers a body that is not JSON with a Parse error, over raw stdio', async () => {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const send = (body: string | object): boolean => {
      const text = typeof body === 'string' ? body : JSON.stringify({ jsonrpc: '2.0', ...body });
      return child.stdin.write(`Content-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`);
    };
    const hover = { method: 'textDocument/hover', params: { textDocument: { uri: 'file:///tmp/early.txt' }, position: { line: 0, character: 0 } } };
    send({ id: 1, ...hover });
    send({ method: 'textDocument/didOpen', params: { textDocument: { uri: 'file:///tmp/early.txt', languageId: 'plaintext', version: 1, text: 'strategy. .' } } });
    send({ id: 2, method: 'initialize', params: {} });
    send({ id: 3, method: 'initialize', params: { capabilities: {} } });
    send({ method: 'initialized', params: {} });
    send('{"jsonrpc":"2.0","id":4,"method":');
    send({ id: 5, method: 'shutdown' });
    send({ id: 6, ...hover });
    send({ method: 'exit' });
    const code = await new Promise((resolve) => child.on('exit', resolve));
    const messages = out.split(/Content-Length: \d+\r\n\r\n/).filter(Boolean).map((m) => JSON.parse(m));
    const reply = (id: number | null): unknown => messages.find((m) => m.id === id && !m.method);
    expect(reply(1)).toEqual({ jsonrpc: '2.0', id: 1, error: { code: -32002, message: 'textDocument/hover: the server is not initialized' } });
    expect(reply(2)).toEqual({ jsonrpc: '2.0', id: 2, error: { code: -32602, message: 'initialize: expected { capabilities, ... }' } });
    expect((reply(3) as { result: { serverInfo: { name: string } } }).result.serverInfo.name).toBe('mtlint');
    expect(reply(null)).toEqual({ jsonrpc: '2.0', id: null, error: { code: -32700, message: expect.stringMatching(/^Parse error: /) } });
    expect(reply(5)).toEqual({ jsonrpc: '2.0', id: 5, result: null });
    expect(reply(6)).toEqual({ jsonrpc: '2.0', id: 6, error: { code: -32600, message: 'textDocument/hover: the server is shutting down' } });
    // the didOpen sent before initialize was dropped
    expect(messages.filter((m) => m.method === 'textDocument/publishDiagnostics')).toEqual([]);
    expect(code).toBe(0);
  });
});

describe('lifecycle', { timeout: 30_000 }, () => {
  it('runs as the `mtlint lsp --stdio` command, as the package installs it', async () => {
    client = await TestClient.start({ command: [join(ROOT, 'dist/src/cli/mtlint.cjs'), 'lsp', '--stdio'] });
    const uri = 'file:///tmp/command.txt';
    await client.open(uri, 'plaintext', 'the strategy. .\n');
    expect((await client.diagnostics(uri)).map((d) => d.code)).toContain('doubled-period');
    expect(await client.stop()).toBe(0);
  });


  it('exits with 0 on shutdown then exit, refusing requests in between', async () => {
    client = await TestClient.start();
    const uri = 'file:///tmp/life.txt';
    await client.open(uri, 'plaintext', 'the strategy. .\n');
    await client.diagnostics(uri);
    expect(await client.connection.sendRequest('shutdown')).toBeNull();
    expect((await errorOf(client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } }))).code).toBe(-32600);
    await client.connection.sendNotification('exit');
    expect(await client.exited).toBe(0);
  });

  it('exits with 1 on exit without shutdown, and when the editor goes away', async () => {
    client = await TestClient.start();
    await client.connection.sendNotification('exit');
    expect(await client.exited).toBe(1);
    client.kill();
    client = await TestClient.start();
    client.child.stdin!.end();
    expect(await client.exited).toBe(1);
  });
});
