import { parseTree, type ParseError } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import { isLocaleJsonPath, syntaxFor } from '../../src/formats/index.js';
import { jsonLocaleText } from '../../src/formats/json-locale.js';
import { ALL, fixRoundTrip, fixture, lintFixture, positions } from './l10n-helpers.js';

const parseJson = (text: string): unknown => {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors);
  if (errors.length) throw new Error(JSON.stringify(errors));
  return tree;
};

describe('JSON locale files', () => {
  it('reports problems in string values at their line and column, never in keys', () => {
    const { text, diagnostics } = lintFixture('locales/en/common.json');
    const found = positions(diagnostics);
    for (const expected of [
      ['doubled-period', 4, 69],
      ['doubled-period', 5, 58], // inside the `one` option of an ICU plural
      ['period-comma', 6, 33], // after an i18next {{name}}
      ['doubled-period', 7, 30], // after an escaped quote
      ['cjk-punctuation', 10, 23],
      ['doubled-period', 10, 57], // after a \n escape, in an array
    ] as const) expect(found).toContainEqual(expected);
    expect(diagnostics.filter((d) => d.line === 8)).toEqual([]); // "key. .": keys are not linted
    expect(diagnostics.filter((d) => text.split('\n')[d.line - 1].slice(0, d.column).includes('{count'))).toEqual(
      diagnostics.filter((d) => d.line === 5),
    );
  });

  it('reads each ICU plural option in a whole sentence; argument names and keywords are atoms', () => {
    const source = jsonLocaleText('{"m": "You have {count, plural, one {# new message} other {# new messages}} today."}');
    expect(source.prose).toBe('You have \uFFFC new message today.\n\nYou have \uFFFC new messages today.');
    const pound = source.prose.indexOf('\uFFFC');
    expect(source.map.range([pound, pound + 1])).toEqual([37, 38]); // the # of the first option
    expect(source.prose).not.toContain('plural');
    expect(source.prose).not.toContain('count');
  });

  it('maps JSON escapes to their escape sequence', () => {
    const text = '{"a": "Line\\none \\"q\\" \\u00e9 \\ud83d\\ude00 end"}';
    const source = jsonLocaleText(text);
    expect(source.prose).toBe('Line\none "q" é 😀 end');
    const smiley = source.prose.indexOf('😀');
    expect(text.slice(...source.map.range([smiley, smiley + 2]))).toBe('\\ud83d\\ude00');
    const nl = source.prose.indexOf('\n');
    expect(text.slice(...source.map.range([nl, nl + 1]))).toBe('\\n');
  });

  it('escapes fix text for JSON (and ICU) strings and refuses edits across strings', () => {
    const text = '{"a": "Say hi", "b": "{n, plural, other {# hi}}"}';
    const source = jsonLocaleText(text);
    const hi = text.indexOf('hi');
    expect(source.adaptEdit({ range: [hi, hi + 2], text: '"hi"\\\n' })?.text).toBe('\\"hi\\"\\\\\\n');
    const hi2 = text.lastIndexOf('hi');
    expect(source.adaptEdit({ range: [hi2, hi2 + 2], text: '{x}' })?.text).toBe("'{'x'}'");
    expect(source.adaptEdit({ range: [hi, hi2], text: '' })).toBeUndefined();
  });

  it('fixes inside strings only and stays valid JSON', () => {
    const output = fixRoundTrip('locales/en/common.json', parseJson);
    expect(output).toContain('"intro": "China and Russia were unable to establish mutual trust.",');
    expect(output).toContain('"items": "You have {count, plural, one {# new message.} other {# new messages}}",');
    expect(output).toContain('"quote": "He said \\"yes\\". Then left",');
    expect(output).toContain('"key. .": "Keys are not linted"');
  });

  it('knows locale files by their path', () => {
    expect(syntaxFor('locales/en/common.json')).toBe('json');
    expect(syntaxFor('package.json')).toBe('json'); // named explicitly, any .json is read as a locale file
    for (const p of ['locales/en/common.json', 'public/locales/zh-CN/translation.json', 'src/i18n/fr.json', 'lang/pt_BR.json', 'messages/de.json', 'app.en.json']) {
      expect(isLocaleJsonPath(p), p).toBe(true);
    }
    for (const p of ['package.json', 'tsconfig.json', 'src/lib/data.json', 'src/app/config.json', 'db.json']) expect(isLocaleJsonPath(p), p).toBe(false);
  });

  it('reports a syntax error as one fatal parse error at its position', () => {
    const [d, ...rest] = lint('{"a": "x",\n  "b" "y"}', { filePath: 'en.json', config: ALL });
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: 'parse-error', fatal: true, line: 2, column: 7 });
    expect(d.message).toMatch(/^Cannot parse this file as json: JSON syntax error: .* at line 2, column 7/);
  });
});
