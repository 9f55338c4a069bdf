import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import { ensureBuilt, expectedLsp, ROOT, TestClient } from './client.js';

let client: TestClient | undefined;
beforeAll(() => ensureBuilt(), 120_000);
afterEach(() => client?.kill());

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const insertAt = (line: number, character: number, text: string) => [{ range: { start: { line, character }, end: { line, character } }, text }];

/** The versions of a document whose diagnostics were published, in order. */
const publishedVersions = (uri: string): Array<number | undefined> => client!.publishes.filter((p) => p.uri === uri).map((p) => p.version);

/** The seed article repeated to about 100 KB: long enough that a lint is still running when the next change arrives. */
function bigDocument(): string {
  const seed = readFileSync(join(ROOT, 'test/fixtures/seed.txt'), 'utf8');
  return seed.repeat(Math.ceil(100_000 / seed.length));
}

describe('when diagnostics are published', { timeout: 30_000 }, () => {
  it('lints a change to an idle document at once, and a burst of changes once, when the debounce ends', async () => {
    const debounce = 1500;
    client = await TestClient.start({ initializationOptions: { mtlint: { debounce } } });
    const uri = 'file:///tmp/leading.txt';
    const expected = (): unknown[] => lint(client!.text(uri), { filePath: '/tmp/leading.txt' }).map(expectedLsp);
    await client.open(uri, 'plaintext', bigDocument());
    expect(await client.diagnostics(uri)).toEqual(expected());

    // one keystroke while nothing is being linted: no waiting for the debounce
    let sent = performance.now();
    await client.change(uri, insertAt(0, 0, 'The strategy. . '));
    const first = await client.diagnostics(uri);
    expect(performance.now() - sent).toBeLessThan(debounce / 2);
    expect(first.filter((d) => d.code === 'doubled-period' && d.range.start.line === 0).map((d) => d.range)).toEqual([{ start: { line: 0, character: 12 }, end: { line: 0, character: 15 } }]);
    expect(first).toEqual(expected());
    // and again right after those diagnostics came: the document is idle once its lint is published
    sent = performance.now();
    await client.change(uri, insertAt(0, 0, ' '));
    expect(await client.diagnostics(uri)).toEqual(expected());
    expect(performance.now() - sent).toBeLessThan(debounce / 2);

    // the first of three quick keystrokes is linted at once; the two that come while that lint runs
    // make it stale and are linted together, after the debounce
    await client.change(uri, insertAt(0, 0, 'A'));
    await client.change(uri, insertAt(0, 1, ', ,'));
    await client.change(uri, insertAt(0, 4, ' '));
    sent = performance.now();
    const last = await client.diagnostics(uri);
    expect(performance.now() - sent).toBeGreaterThanOrEqual(debounce - 5);
    expect(client.text(uri).slice(0, 21)).toBe('A, ,  The strategy. .');
    expect(last).toEqual(expected());
    expect(publishedVersions(uri)).toEqual([1, 2, 3, 6]);
  });

  it('never publishes the lint of a version that a newer one replaced while it ran', async () => {
    client = await TestClient.start();
    const uri = 'file:///tmp/stale.txt';
    const text = bigDocument();
    await client.open(uri, 'plaintext', text);
    const original = await client.diagnostics(uri);
    expect(original.length).toBeGreaterThan(10);
    await sleep(100);

    // version 2 is linted at once; version 3 arrives while that lint runs and undoes it
    await client.change(uri, insertAt(0, 0, 'Stale. . '));
    await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 9 } }, text: '' }]);
    expect(client.text(uri)).toBe(text);
    expect(await client.diagnostics(uri)).toEqual(original);
    await sleep(300);
    expect(publishedVersions(uri)).toEqual([1, 3]);
  });

  it('keeps up with edits that change the Markdown structure (the server reuses its parse of the document)', async () => {
    client = await TestClient.start({ initializationOptions: { mtlint: { debounce: 0 } } });
    const uri = 'file:///tmp/structure.md';
    let text = '# The strategy. .\n\nA paragraph, , here.\n\n- an item. .\n';
    await client.open(uri, 'markdown', text);
    const expectLinted = async (): Promise<void> => {
      expect(client!.text(uri)).toBe(text);
      expect(await client!.diagnostics(uri)).toEqual(lint(text, { filePath: '/tmp/structure.md' }).map(expectedLsp));
    };
    await expectLinted();
    // a fence turns the rest into code, and closing it turns it back
    await client.change(uri, insertAt(2, 0, '```\n'));
    text = '# The strategy. .\n\n```\nA paragraph, , here.\n\n- an item. .\n';
    await expectLinted();
    expect((await client.diagnostics(uri)).map((d) => d.range.start.line)).toEqual([0]);
    await client.change(uri, insertAt(3, 20, '\n```'));
    text = '# The strategy. .\n\n```\nA paragraph, , here.\n```\n\n- an item. .\n';
    await expectLinted();
    // front matter that a later line closes
    await client.change(uri, insertAt(0, 0, '---\n'));
    await client.change(uri, insertAt(2, 0, '---\n'));
    text = '---\n# The strategy. .\n---\n\n```\nA paragraph, , here.\n```\n\n- an item. .\n';
    await expectLinted();
    expect((await client.diagnostics(uri)).map((d) => d.range.start.line)).toEqual([8]);

    // closed and opened again with other text under the same name
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    const seen = client.publishes.length;
    text = 'Reopened. .\n';
    await client.open(uri, 'markdown', text);
    const reopened = await client.until(() => client!.publishes.slice(seen).find((p) => p.uri === uri && p.version === 1), 'diagnostics after reopening');
    expect(reopened.diagnostics).toEqual(lint(text, { filePath: '/tmp/structure.md' }).map(expectedLsp));
  });
});
