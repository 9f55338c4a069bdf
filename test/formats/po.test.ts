import { po as poParser } from 'gettext-parser';
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/engine/fix.js';
import { lint } from '../../src/engine/lint.js';
import { toSourceText } from '../../src/formats/index.js';
import { poText } from '../../src/formats/po.js';
import { ALL, BILINGUAL, fixRoundTrip, fixture, lintFixture, only, positions } from './l10n-helpers.js';

const parseStrict = (text: string): unknown => poParser.parse(text, { validation: true });

describe('gettext PO', () => {
  it('reports the seed patterns at their line and column in the msgstr', () => {
    const { diagnostics } = lintFixture('zh-en.po');
    const found = positions(diagnostics);
    for (const expected of [
      ['doubled-period', 13, 84], // strategy. .
      ['period-comma', 18, 53], // 300,000. , The
      ['cjk-punctuation', 23, 22], // file，now (a fuzzy entry is linted by default)
      ['doubled-period', 28, 37], // \"deleted\". . — after two escapes, in a plural form
      ['doubled-period', 48, 14], // detailed. " / ". It — a doubled period across two string lines
    ] as const) expect(found).toContainEqual(expected);
  });

  it('reports the bilingual problems exactly', () => {
    const { diagnostics } = lintFixture('zh-en.po');
    expect(only(diagnostics, BILINGUAL).map((d) => [d.ruleId, d.line, d.column, d.message])).toEqual([
      ['number-mismatch', 31, 9, 'The source number "3亿" is missing from the translation.'],
      ['number-mismatch', 31, 32, 'The number "3 billion" is not in the source.'],
      ['untranslated-target', 34, 9, 'The translation is the source text unchanged: "保存设置".'],
      ['placeholder-mismatch', 37, 9, 'The translation lacks {name} from the source.'],
      ['placeholder-mismatch', 37, 9, '{名字} is not in the source.'],
      ['verbatim-mismatch', 40, 9, 'The translation lacks "https://example.com/帮助" from the source.'],
      ['verbatim-mismatch', 40, 15, '"https://example.com/help" is not in the source: a URL, address or code span should be carried over unchanged.'],
      ['untranslated-target', 43, 9, 'The translation is empty: "欢迎使用" was not translated.'],
    ]);
  });

  it('lints only msgstr strings: never comments, msgctxt, msgid, the header or obsolete entries', () => {
    const { text, diagnostics } = lintFixture('zh-en.po');
    const lines = text.split('\n');
    for (const d of diagnostics) {
      const line = lines[d.line - 1];
      expect(/^(?:msgstr(?:\[\d\])?\s+)?"/.test(line), `${d.ruleId} on line ${d.line}: ${line}`).toBe(true);
      expect(/^msgstr ""$/.test(line) && d.ruleId !== 'untranslated-target', `${d.ruleId} on the empty msgstr of a multi-line string`).toBe(false);
    }
    // the header, the comment with ". .", msgctxt "menu. ." and "#~ Old. ." hold doubled periods too
    expect(diagnostics.filter((d) => d.ruleId === 'doubled-period').map((d) => d.line)).toEqual([13, 28, 48]);
  });

  it('maps every prose character to the same character in the file, escapes to their escape sequence', () => {
    const { text } = fixture('zh-en.po');
    const source = poText(text);
    const plural = source.prose.indexOf('%d files were "deleted". .');
    expect(plural).toBeGreaterThan(0);
    const [s, e] = source.map.range([plural, plural + '%d files were "deleted". .'.length]);
    expect(text.slice(s, e)).toBe('%d files were \\"deleted\\". .');
    const quote = plural + '%d files were '.length;
    expect(text.slice(...source.map.range([quote, quote + 1]))).toBe('\\"');
    expect(source.blocks?.map((b) => b.source)).toContain('%d 个文件已删除。');
  });

  it('skips fuzzy entries when asked to', () => {
    const { text, filePath } = fixture('zh-en.po');
    const ds = lint(text, { filePath, config: ALL, toSourceText: (t, s) => toSourceText(t, s, { po: { skipFuzzy: true } }) });
    expect(ds.filter((d) => d.line === 23)).toEqual([]);
    expect(positions(ds)).toContainEqual(['doubled-period', 13, 84]);
  });

  it('fixes inside the strings only and leaves a valid catalogue', () => {
    const output = fixRoundTrip('zh-en.po', parseStrict);
    expect(output).toContain('msgstr "China and Russia were unable to establish mutual trust in military strategy."\n');
    expect(output).toContain('msgstr "The total population is no less than 300,000. The %s cities."\n');
    expect(output).toContain('msgstr[1] "%d files were \\"deleted\\"."\n');
    // the doubled period across two string lines: both quotes of the join go with it
    expect(output).toContain('"and detailed. It ended."\n');
    expect(output).toContain('#~ msgstr "Old. ."\n');
    const parsed = poParser.parse(output).translations[''];
    expect(parsed['报告很长。'].msgstr).toEqual(['The report was long and detailed. It ended.']);
  });

  it('escapes fix text for PO strings and refuses edits across entries', () => {
    const text = 'msgid "a"\nmsgstr "Say hi"\n\nmsgid "b"\nmsgstr "Bye"\n';
    const source = poText(text);
    const at = text.indexOf('hi');
    expect(source.adaptEdit({ range: [at, at + 2], text: '"hi"\n\\' })).toEqual({ range: [at, at + 2], text: '\\"hi\\"\\n\\\\' });
    expect(source.adaptEdit({ range: [at, text.indexOf('Bye')], text: '' })).toBeUndefined();
    expect(source.adaptEdit({ range: [0, 5], text: 'x' })).toBeUndefined();
    const edit = source.adaptEdit({ range: [at, at + 2], text: '"hi"' })!;
    const { output } = applyFixes(text, [{ title: 'quote', applicability: 'safe', edits: [edit] }]);
    expect(poParser.parse(output).translations['']['a'].msgstr).toEqual(['Say "hi"']);
  });

  it('is read as PO from its content when no file name is given', () => {
    const text = 'msgid "打开"\nmsgstr "Open. ."\n';
    expect(positions(lint(text, { config: ALL }))).toContainEqual(['doubled-period', 2, 13]);
  });
});
