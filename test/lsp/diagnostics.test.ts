import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import { ensureBuilt, expectedLsp, ROOT, TestClient } from './client.js';

const fixture = (name: string): string => join(ROOT, 'test/fixtures', name);
const read = (name: string): string => readFileSync(fixture(name), 'utf8');
const uriOf = (name: string): string => pathToFileURL(fixture(name)).href;

/** The rules these fixtures were written for (others may also fire on them as the rule set grows). */
const PUNCTUATION = ['doubled-comma', 'doubled-period', 'period-comma'];

let client: TestClient | undefined;
beforeAll(() => ensureBuilt(), 120_000);
afterEach(() => client?.kill());

describe('published diagnostics', { timeout: 30_000 }, () => {
  it('reports the seed article exactly as lint() does, mapped to LSP positions', async () => {
    client = await TestClient.start({ workspaceFolders: [ROOT] });
    const text = read('seed.txt');
    const uri = uriOf('seed.txt');
    await client.open(uri, 'plaintext', text);
    const published = await client.diagnostics(uri);
    const expected = lint(text, { filePath: fixture('seed.txt') });
    expect(expected.length).toBeGreaterThanOrEqual(3);
    expect(published).toEqual(expected.map(expectedLsp));
    expect(published.find((d) => d.code === 'doubled-period')).toEqual({
      range: { start: { line: 6, character: 673 }, end: { line: 6, character: 676 } },
      severity: 1,
      code: 'doubled-period',
      codeDescription: { href: pathToFileURL(join(ROOT, 'rules/doubled-period.ts')).href },
      source: 'mtlint',
      message: 'Doubled period ". .": the sentence already ended.',
    });
  });

  it('reports a Markdown buffer in file positions and skips code and URLs', async () => {
    client = await TestClient.start({ workspaceFolders: [ROOT] });
    const text = read('lsp/article.md');
    const uri = uriOf('lsp/article.md');
    await client.open(uri, 'markdown', text);
    const published = await client.diagnostics(uri);
    expect(published).toEqual(lint(text, { filePath: fixture('lsp/article.md') }).map(expectedLsp));
    const mine = published.filter((d) => PUNCTUATION.includes(String(d.code)));
    expect(mine.map((d) => [d.code, d.range.start.line, d.range.start.character, d.range.end.character])).toEqual([
      ['doubled-comma', 2, 45, 48],
      ['doubled-period', 2, 85, 88],
      ['period-comma', 4, 23, 26],
    ]);
  });

  it('reports localisation files (PO, XLIFF, SRT, WebVTT, locale JSON) exactly as lint() does, at their file positions', async () => {
    client = await TestClient.start({ workspaceFolders: [ROOT] });
    for (const [name, languageId] of [['l10n/zh-en.po', 'po'], ['l10n/zh-en.xlf', 'xml'], ['l10n/seed.srt', 'srt'], ['l10n/seed.vtt', 'vtt'], ['l10n/locales/en/common.json', 'json']] as const) {
      const text = read(name);
      const uri = uriOf(name);
      await client.open(uri, languageId, text);
      const published = await client.diagnostics(uri);
      expect(published.length, name).toBeGreaterThan(0);
      expect(published, name).toEqual(lint(text, { filePath: fixture(name) }).map(expectedLsp));
    }
  });

  it('counts UTF-16 code units after emoji, ZWJ sequences, curly quotes, CJK and combining marks', async () => {
    client = await TestClient.start();
    const text = read('lsp/emoji.txt');
    const uri = uriOf('lsp/emoji.txt');
    await client.open(uri, 'plaintext', text);
    const published = await client.diagnostics(uri);
    const period = text.indexOf('. .');
    const comma = text.indexOf(',,');
    expect(period).toBe(79); // 👍🏽 and the family emoji are 4 and 8 code units, not 2 and 3 characters
    expect(published.filter((d) => PUNCTUATION.includes(String(d.code))).map((d) => [d.code, d.range])).toEqual([
      ['doubled-period', { start: { line: 0, character: period }, end: { line: 0, character: period + 3 } }],
      ['doubled-comma', { start: { line: 0, character: comma }, end: { line: 0, character: comma + 2 } }],
    ]);
  });

  it('chooses the syntax by language id, else by extension, and ignores other languages', async () => {
    client = await TestClient.start();
    const md = '```\nstrategy. .\n```\n\nstrategy. .\n';
    await client.open('untitled:Untitled-1', 'markdown', md);
    await client.open('file:///tmp/notes.md', 'something-else', md);
    await client.open('file:///tmp/notes.py', 'python', 'x = "strategy. ."\n');
    await client.open('file:///tmp/page', 'html', '<p>strategy. .</p><script>a. .b</script>\n');
    const lines = async (uri: string): Promise<number[]> =>
      (await client!.diagnostics(uri)).filter((d) => d.code === 'doubled-period').map((d) => d.range.start.line);
    expect(await lines('untitled:Untitled-1')).toEqual([4]);
    expect(await lines('file:///tmp/notes.md')).toEqual([4]);
    expect(await lines('file:///tmp/notes.py')).toEqual([]);
    const html = await client.diagnostics('file:///tmp/page');
    expect(html.filter((d) => d.code === 'doubled-period').map((d) => d.range.start.character)).toEqual([11]);
  });

  it('lints the latest text after a burst of incremental changes', async () => {
    client = await TestClient.start({ initializationOptions: { mtlint: { debounce: 100 } } });
    const uri = 'file:///tmp/burst.txt';
    await client.open(uri, 'plaintext', 'Fine.\n');
    expect(await client.diagnostics(uri)).toEqual([]);
    const typed = 'in military strategy. .';
    for (const [i, ch] of [...typed].entries()) {
      await client.change(uri, [{ range: { start: { line: 1, character: i }, end: { line: 1, character: i } }, text: ch }]);
    }
    expect(client.text(uri)).toBe(`Fine.\n${typed}`);
    const published = await client.diagnostics(uri);
    expect(published.map((d) => [d.code, d.range])).toEqual([
      ['doubled-period', { start: { line: 1, character: 20 }, end: { line: 1, character: 23 } }],
    ]);
    // debounced: far fewer publishes than keystrokes
    expect(client.publishes.filter((p) => p.uri === uri).length).toBeLessThan(typed.length / 2);
  });

  it('clears the diagnostics of a closed document', async () => {
    client = await TestClient.start();
    const uri = 'file:///tmp/closing.txt';
    await client.open(uri, 'plaintext', 'the strategy. .\n');
    expect(await client.diagnostics(uri)).toHaveLength(1);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    const cleared = await client.until(() => client!.publishes.findLast((p) => p.uri === uri && p.version === undefined), 'cleared diagnostics');
    expect(cleared.diagnostics).toEqual([]);
  });
});
