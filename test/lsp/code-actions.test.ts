import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic as LspDiagnostic, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { builtinRules } from '../../rules/index.js';
import { fix } from '../../src/engine/fix.js';
import { lint } from '../../src/engine/lint.js';
import { editsFor, ensureBuilt, expectedLsp, ROOT, TestClient } from './client.js';

const fixture = (name: string): string => join(ROOT, 'test/fixtures', name);
const read = (name: string): string => readFileSync(fixture(name), 'utf8');
const uriOf = (name: string): string => pathToFileURL(fixture(name)).href;
const only = (list: LspDiagnostic[], code: string): LspDiagnostic[] => list.filter((d) => d.code === code);

let client: TestClient | undefined;
beforeAll(() => ensureBuilt(), 120_000);
afterEach(() => client?.kill());

describe('quick fixes', { timeout: 30_000 }, () => {
  it('fixes a problem in the seed article and publishes the updated diagnostics', async () => {
    client = await TestClient.start({ workspaceFolders: [ROOT] });
    const uri = uriOf('seed.txt');
    const text = read('seed.txt');
    await client.open(uri, 'plaintext', text);
    const before = await client.diagnostics(uri);
    const target = only(before, 'doubled-period')[0];
    // a client echoing byte columns: the server must not trust these ranges
    const echoed = { ...target, range: { start: { line: 6, character: 700 }, end: { line: 6, character: 703 } } };
    const actions = await client.codeActions(uri, target.range, undefined, [echoed]);
    const quickfix = actions.find((a) => a.title === 'Remove the extra period (doubled-period)');
    expect(quickfix).toEqual({
      title: 'Remove the extra period (doubled-period)',
      kind: 'quickfix',
      diagnostics: [target],
      isPreferred: true,
      edit: { changes: { [uri]: [{ range: { start: { line: 6, character: 674 }, end: { line: 6, character: 676 } }, newText: '' }] } },
    });
    expect(actions.map((a) => a.title)).toContain('Disable doubled-period for this line');

    const after = await client.applyEdit(uri, quickfix!.edit);
    expect(after).toBe(text.replace('trust in military strategy. .', 'trust in military strategy.'));
    const published = await client.diagnostics(uri);
    expect(published).toEqual(lint(after, { filePath: fixture('seed.txt') }).map(expectedLsp));
    expect(only(published, 'doubled-period')).toHaveLength(only(before, 'doubled-period').length - 1);
  });

  it('fixes a problem in a Markdown list item', async () => {
    client = await TestClient.start({ capabilities: { workspace: { workspaceEdit: { documentChanges: true } } } });
    const uri = uriOf('lsp/article.md');
    await client.open(uri, 'markdown', read('lsp/article.md'));
    const target = only(await client.diagnostics(uri), 'period-comma')[0];
    // a caret inside the problem, not its whole range
    const caret = { start: { line: 4, character: 25 }, end: { line: 4, character: 25 } };
    const actions = await client.codeActions(uri, caret, ['quickfix']);
    const quickfix = actions.find((a) => a.diagnostics?.[0]?.code === 'period-comma' && a.isPreferred)!;
    expect(quickfix.diagnostics).toEqual([target]);
    // versioned edits for clients that take documentChanges
    expect(quickfix.edit?.documentChanges?.[0]).toMatchObject({ textDocument: { uri, version: 1 } });
    const after = await client.applyEdit(uri, quickfix.edit);
    expect(after.split('\n')[4]).toBe('- Trade grew by 300,000. The customs office counted every container.');
    const published = await client.diagnostics(uri);
    expect(only(published, 'period-comma')).toEqual([]);
    expect(published).toEqual(lint(after, { filePath: fixture('lsp/article.md') }).map(expectedLsp));
  });

  it('fixes a problem after emoji and combining marks at the right UTF-16 offsets', async () => {
    client = await TestClient.start();
    const uri = uriOf('lsp/emoji.txt');
    const text = read('lsp/emoji.txt');
    await client.open(uri, 'plaintext', text);
    const target = only(await client.diagnostics(uri), 'doubled-comma')[0];
    const actions = await client.codeActions(uri, target.range, ['quickfix']);
    const quickfix = actions.find((a) => a.isPreferred && a.diagnostics?.[0]?.code === 'doubled-comma')!;
    const after = await client.applyEdit(uri, quickfix.edit);
    expect(after).toBe(text.replace('left,, quietly', 'left, quietly'));
    expect(only(await client.diagnostics(uri), 'doubled-comma')).toEqual([]);
  });

  it('offers nothing for a range away from every problem', async () => {
    client = await TestClient.start();
    const uri = uriOf('lsp/article.md');
    await client.open(uri, 'markdown', read('lsp/article.md'));
    await client.diagnostics(uri);
    const actions = await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } }, ['quickfix']);
    expect(actions).toEqual([]);
  });
});

describe('suggestions', { timeout: 30_000 }, () => {
  it("offers a rule's suggestion as a quick fix that is not preferred, and explains a rule defined in the config", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mtlint-lsp-'));
    try {
      const why = 'A calque of the Chinese term: English says "sex testing".';
      writeFileSync(join(dir, '.mtlintrc.json'), JSON.stringify({
        define: { 'house/sexual-testing': { kind: 'substitution', message: 'Calque "{{match}}": say "{{expected}}".', why, swap: { 'sexual testing': 'sex testing' } } },
        rules: { 'nonsense-calque': 'off' }, // the built-in rule that also knows this calque
      }));
      client = await TestClient.start({ workspaceFolders: [dir] });
      const uri = pathToFileURL(join(dir, 'report.md')).href;
      await client.open(uri, 'markdown', '# Results\n\nSexual testing is now required.\n');
      const [d] = only(await client.diagnostics(uri), 'house/sexual-testing');
      expect(d).toEqual({
        range: { start: { line: 2, character: 0 }, end: { line: 2, character: 14 } },
        severity: 2,
        code: 'house/sexual-testing',
        source: 'mtlint',
        message: 'Calque "Sexual testing": say "Sex testing".',
      });
      const actions = await client.codeActions(uri, d.range);
      expect(actions.map((a) => [a.title, a.kind, a.isPreferred ?? false])).toEqual([
        ['Replace with "Sex testing" (house/sexual-testing)', 'quickfix', false],
        ['Disable house/sexual-testing for this line', 'quickfix', false],
      ]);
      expect(await client.applyEdit(uri, actions[0].edit)).toBe('# Results\n\nSex testing is now required.\n');
      expect(only(await client.diagnostics(uri), 'house/sexual-testing')).toEqual([]);

      await client.applyEdit(uri, { changes: { [uri]: [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 11 } }, newText: 'Sexual testing' }] } });
      await client.diagnostics(uri);
      const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 3 } })) as Hover;
      expect((hover.contents as MarkupContent).value).toBe(`**house/sexual-testing** (mtlint, warning): Calque "Sexual testing": say "Sex testing".\n\n${why}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('fix all', { timeout: 30_000 }, () => {
  it('applies every safe fix of the seed article as one source.fixAll.mtlint action', async () => {
    client = await TestClient.start();
    const uri = uriOf('seed.txt');
    const text = read('seed.txt');
    await client.open(uri, 'plaintext', text);
    await client.diagnostics(uri);
    const whole = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const actions = await client.codeActions(uri, whole, ['source.fixAll']);
    expect(actions.map((a) => [a.title, a.kind])).toEqual([['Fix all safe mtlint problems', 'source.fixAll.mtlint']]);
    // minimal edits, not a rewrite of the whole file
    const edits = editsFor(uri, actions[0].edit);
    expect(edits.length).toBeGreaterThanOrEqual(3);
    expect(edits.every((e) => e.range.start.line === e.range.end.line && e.newText.length <= 2)).toBe(true);
    const after = await client.applyEdit(uri, actions[0].edit);
    const expected = fix(text, { filePath: fixture('seed.txt') });
    expect(after).toBe(expected.output);
    const published = await client.diagnostics(uri);
    expect(published).toEqual(expected.remaining.map(expectedLsp));
    expect(await client.codeActions(uri, whole, ['source.fixAll.mtlint'])).toEqual([]);
  });

  it('is left out when the editor asks only for quick fixes', async () => {
    client = await TestClient.start();
    const uri = 'file:///tmp/fixall.txt';
    await client.open(uri, 'plaintext', 'the strategy. . Then,, more.\n');
    const [d] = await client.diagnostics(uri);
    const kinds = (await client.codeActions(uri, d.range, ['quickfix'])).map((a) => a.kind);
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.every((k) => k === 'quickfix')).toBe(true);
    expect((await client.codeActions(uri, d.range)).map((a) => a.kind)).toContain('source.fixAll.mtlint');
  });
});

describe('disable for this line', { timeout: 30_000 }, () => {
  it.each([
    ['plaintext', 'file:///tmp/disable.txt', 'Intro.\n\n  in military strategy. . More.\n', 'Intro.\n\n  <!-- mtlint-disable-next-line doubled-period -->\n  in military strategy. . More.\n'],
    ['markdown', 'file:///tmp/disable.md', '# Title\n\n- in military strategy. . More.\n', '# Title\n\n<!-- mtlint-disable-next-line doubled-period -->\n- in military strategy. . More.\n'],
    ['html', 'file:///tmp/disable.html', '<p>Intro.</p>\r\n<p>in military strategy. . More.</p>\r\n', '<p>Intro.</p>\r\n<!-- mtlint-disable-next-line doubled-period -->\r\n<p>in military strategy. . More.</p>\r\n'],
    // a line inserted here would split the paragraph or the list: the directive goes at the end of the line
    ['plaintext', 'file:///tmp/inside.txt', 'The members discussed\nthe military strategy. . Then they voted.\n', 'The members discussed\nthe military strategy. . Then they voted. <!-- mtlint-disable-line doubled-period -->\n'],
    ['markdown', 'file:///tmp/inside.md', '- First item.\n- in military strategy. . More.\n', '- First item.\n- in military strategy. . More. <!-- mtlint-disable-line doubled-period -->\n'],
  ])('in %s (%s) the directive silences the problem', async (languageId, uri, text, expected) => {
    client = await TestClient.start();
    await client.open(uri, languageId, text);
    const target = only(await client.diagnostics(uri), 'doubled-period')[0];
    const actions = await client.codeActions(uri, target.range, ['quickfix']);
    const disable = actions.find((a) => a.title === 'Disable doubled-period for this line')!;
    expect(disable.kind).toBe('quickfix');
    expect(await client.applyEdit(uri, disable.edit)).toBe(expected);
    const published = await client.diagnostics(uri);
    expect([...only(published, 'doubled-period'), ...only(published, 'mtlint-directive')]).toEqual([]);
  });

  it.each([
    ['above', '<!-- mtlint-disable-next-line doubled-period -->\nthe strategy. . Then,, more.\n', '<!-- mtlint-disable-next-line doubled-period, doubled-comma -->\nthe strategy. . Then,, more.\n'],
    ['at the end of the line', 'Intro line.\nthe strategy. . Then,, more. <!-- mtlint-disable-line doubled-period -->\n', 'Intro line.\nthe strategy. . Then,, more. <!-- mtlint-disable-line doubled-period, doubled-comma -->\n'],
  ])('adds a second rule to the directive already %s', async (_where, text, expected) => {
    client = await TestClient.start();
    const uri = 'file:///tmp/two.txt';
    await client.open(uri, 'plaintext', text);
    const [comma] = only(await client.diagnostics(uri), 'doubled-comma');
    const actions = await client.codeActions(uri, comma.range, ['quickfix']);
    const after = await client.applyEdit(uri, actions.find((a) => a.title === 'Disable doubled-comma for this line')!.edit);
    expect(after).toBe(expected);
    const published = await client.diagnostics(uri);
    expect([...only(published, 'doubled-comma'), ...only(published, 'doubled-period'), ...only(published, 'mtlint-directive')]).toEqual([]);
  });
});

describe('hover', { timeout: 30_000 }, () => {
  it("explains the rule with its reason and an example", async () => {
    client = await TestClient.start();
    const uri = 'file:///tmp/hover.txt';
    await client.open(uri, 'plaintext', 'Plain start. the strategy. . Then.\n');
    const [d] = only(await client.diagnostics(uri), 'doubled-period');
    const hover = (await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: { line: 0, character: d.range.start.character + 1 },
    })) as Hover;
    const rule = builtinRules.get('doubled-period')!;
    const value = (hover.contents as MarkupContent).value;
    expect((hover.contents as MarkupContent).kind).toBe('markdown');
    expect(value).toContain('**doubled-period** (mtlint, error): Doubled period ". .": the sentence already ended.');
    expect(value).toContain(rule.docs.why);
    expect(value).toContain('Example: `in military strategy. .` → `in military strategy.`');
    expect(hover.range).toEqual(d.range);
    const away = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } });
    expect(away).toBeNull();
  });
});
