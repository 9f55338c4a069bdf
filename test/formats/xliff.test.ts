import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/engine/fix.js';
import { lint } from '../../src/engine/lint.js';
import { xliffText } from '../../src/formats/xliff.js';
import { ALL, BILINGUAL, fixRoundTrip, fixture, lintFixture, only, positions } from './l10n-helpers.js';

const parseXml = (text: string): unknown => new SaxesParser().write(text).close();

describe('XLIFF 1.2', () => {
  it('reports the seed patterns in targets at their line and column', () => {
    const found = positions(lintFixture('zh-en.xlf').diagnostics);
    expect(found).toContainEqual(['doubled-period', 7, 95]);
    expect(found).toContainEqual(['period-comma', 11, 64]); // after an inline <g> pair and &amp;
  });

  it('reports the bilingual problems exactly, including a lost inline tag', () => {
    expect(only(lintFixture('zh-en.xlf').diagnostics, BILINGUAL).map((d) => [d.ruleId, d.line, d.column, d.message])).toEqual([
      ['placeholder-mismatch', 11, 17, 'The translation lacks <x id="2"/> from the source.'],
      ['number-mismatch', 15, 17, 'The source number "25" is missing from the translation.'],
      ['number-mismatch', 15, 27, 'The number "52" is not in the source.'],
      ['untranslated-target', 22, 30, 'The translation is empty: "尚未翻译" was not translated.'],
    ]);
  });

  it('lints targets only: not sources, translate="no" units, alt-trans or notes', () => {
    const { text, diagnostics } = lintFixture('zh-en.xlf');
    const lines = text.split('\n');
    for (const d of diagnostics) {
      const line = lines[d.line - 1];
      expect(line.includes('<target') || (d.ruleId === 'untranslated-target' && line.includes('</source>')), `${d.ruleId}: ${line}`).toBe(true);
    }
    expect(diagnostics.filter((d) => [18, 19, 26].includes(d.line))).toEqual([]);
  });

  it('keeps inline tags out of the prose and entities decoded', () => {
    const { text } = fixture('zh-en.xlf');
    const source = xliffText(text);
    expect(source.prose).toContain('Click \uFFFChere\uFFFC to continue & save. , Then wait.');
    expect(source.blocks?.[1].source).toBe('点击<g id="1">这里</g>继续<x id="2"/>，然后等待。');
    const amp = source.prose.indexOf('&');
    expect(text.slice(...source.map.range([amp, amp + 1]))).toBe('&amp;');
  });

  it('fixes inside targets only and leaves well-formed XML', () => {
    const output = fixRoundTrip('zh-en.xlf', parseXml);
    expect(output).toContain('<target state="translated">China and Russia could not build trust in military strategy.</target>');
    expect(output).toContain('<target>Click <g id="1">here</g> to continue &amp; save. Then wait.</target>');
    expect(output).toContain('<target>Do not translate. .</target>');
    expect(output).toContain('<alt-trans><target>Hi. .</target></alt-trans>');
  });

  it('escapes fix text as XML and refuses edits over inline tags', () => {
    const text = '<xliff version="1.2"><file><body><trans-unit id="1"><source>a</source><target>Save <x id="1"/> now</target></trans-unit></body></file></xliff>';
    const source = xliffText(text);
    const now = text.indexOf('now');
    expect(source.adaptEdit({ range: [now, now + 3], text: '<b> & "q"' })).toEqual({ range: [now, now + 3], text: '&lt;b&gt; &amp; "q"' });
    expect(source.adaptEdit({ range: [text.indexOf('Save'), now], text: 'x' })).toBeUndefined();
    const edit = source.adaptEdit({ range: [now, now + 3], text: 'R&D' })!;
    const { output } = applyFixes(text, [{ title: 'edit', applicability: 'safe', edits: [edit] }]);
    expect(() => parseXml(output)).not.toThrow();
    expect(output).toContain('<target>Save <x id="1"/> R&amp;D</target>');
  });

  it('is read as XLIFF from its content when no file name is given', () => {
    const text = '<?xml version="1.0"?>\n<xliff version="1.2"><file><body><trans-unit id="1"><source>好</source><target>Fine. .</target></trans-unit></body></file></xliff>';
    expect(positions(lint(text, { config: ALL }))).toContainEqual(['doubled-period', 2, 83]);
  });
});

describe('XLIFF 2.0', () => {
  it('reports problems in segment targets, with <pc> and <ph> as atoms', () => {
    const { diagnostics } = lintFixture('zh-en.xliff');
    const found = positions(diagnostics);
    expect(found).toContainEqual(['doubled-period', 7, 46]);
    expect(found).toContainEqual(['cjk-punctuation', 11, 50]);
    expect(only(diagnostics, BILINGUAL)).toEqual([]); // tags match, 1,000 = 1000
    expect(diagnostics.filter((d) => d.line === 15)).toEqual([]); // a note
  });

  it('fixes and stays well-formed', () => {
    const output = fixRoundTrip('zh-en.xliff', parseXml);
    expect(output).toContain('<target>He said: <pc id="1">fine</pc>.</target>');
    expect(output).toContain('<notes><note>A translator note. . is not linted</note></notes>');
  });
});
