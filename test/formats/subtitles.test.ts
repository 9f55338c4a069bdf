import SrtParser from 'srt-parser-2';
import webvtt from 'webvtt-parser';
import { describe, expect, it } from 'vitest';
import { lint, lintDocument } from '../../src/engine/lint.js';
import { subtitleText } from '../../src/formats/subtitles.js';
import { ALL, fixRoundTrip, fixture, lintFixture, positions } from './l10n-helpers.js';

const parseSrt = (text: string): unknown => {
  const cues = new SrtParser().fromSrt(text);
  if (cues.length !== 4) throw new Error(`expected 4 cues, got ${cues.length}`);
  return cues;
};
const parseVtt = (text: string): unknown => {
  const result = new webvtt.WebVTTParser().parse(text, 'metadata');
  if (result.errors.length || result.cues.length !== 2) throw new Error(JSON.stringify(result.errors));
  return result;
};

describe('SRT', () => {
  it('reports the seed patterns in cue text at their line and column (CRLF file)', () => {
    const { text, diagnostics } = lintFixture('seed.srt');
    expect(text).toContain('\r\n');
    const found = positions(diagnostics);
    expect(found).toContainEqual(['doubled-period', 4, 34]);
    expect(found).toContainEqual(['period-comma', 9, 8]);
    expect(found).toContainEqual(['cjk-punctuation', 17, 11]);
    const lines = text.split('\r\n');
    for (const d of diagnostics) expect(/^\d+$|-->/.test(lines[d.line - 1]), `${d.ruleId} on ${lines[d.line - 1]}`).toBe(false);
  });

  it('joins cues so that a sentence may run across them, without the markup', () => {
    const { text, filePath } = fixture('seed.srt');
    const { document } = lintDocument(text, { filePath, config: ALL });
    const sentences = document.sentences().map((s) => document.prose.slice(s.start, s.end));
    expect(sentences).toContain('The talks were held\nin Beijing，the ministry said.');
    // a line break inside a cue is not a sentence or paragraph break
    expect(sentences).toContain('China and Russia were unable to establish\r\nmutual trust in military strategy.');
    // a pause of 4 s after a finished sentence starts a new paragraph; cues close in time share one
    const paragraphs = document.paragraphs().map((p) => document.prose.slice(p.start, p.end));
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0]).toMatch(/^China and Russia[^]*military strategy\. \.\nThe total population[^]*The agency said\.$/);
    expect(document.paragraphs().map((p) => p.kind)).toEqual(['cue', 'cue']);
  });

  it('fixes cue text only and stays a valid SRT file', () => {
    const output = fixRoundTrip('seed.srt', parseSrt);
    expect(output).toContain('mutual trust in military strategy.\r\n\r\n2\r\n00:00:03,300 --> 00:00:05,000\r\n');
    expect(output).toContain('300,000. The agency said.\r\n');
  });

  it('refuses an edit that would run from one cue into the next, and collapses blank lines in fix text', () => {
    const { text } = fixture('seed.srt');
    const source = subtitleText(text, 'srt');
    const a = text.indexOf('strategy');
    const b = text.indexOf('The total');
    expect(source.adaptEdit({ range: [a, b], text: '' })).toBeUndefined();
    expect(source.adaptEdit({ range: [a, a], text: 'x\n\ny' })).toEqual({ range: [a, a], text: 'x\ny' });
    const tag = text.indexOf('<i>');
    expect(source.adaptEdit({ range: [tag, tag + 4], text: '' })).toBeUndefined();
  });
});

describe('WebVTT', () => {
  it('lints cue text only: not the header, NOTE, STYLE, identifiers, timings or settings', () => {
    const { text, diagnostics } = lintFixture('seed.vtt');
    expect(positions(diagnostics)).toContainEqual(['doubled-period', 10, 32]);
    expect(positions(diagnostics)).toContainEqual(['period-comma', 13, 23]);
    const lines = text.split('\n');
    for (const d of diagnostics) expect([10, 13, 14], `${d.ruleId} on ${lines[d.line - 1]}`).toContain(d.line);
  });

  it('decodes entities and leaves out voice tags', () => {
    const { text } = fixture('seed.vtt');
    const source = subtitleText(text, 'vtt');
    expect(source.prose).toBe('The strategy failed. .\nPrices rose & fell. , Then\nthey rose again.');
    const amp = source.prose.indexOf('&');
    expect(text.slice(...source.map.range([amp, amp + 1]))).toBe('&amp;');
    expect(source.adaptEdit({ range: [text.indexOf('fell'), text.indexOf('fell')], text: 'a<b' })?.text).toBe('a&lt;b');
  });

  it('fixes and stays a valid WebVTT file', () => {
    const output = fixRoundTrip('seed.vtt', parseVtt);
    expect(output).toContain('<v Narrator>The strategy failed.</v>');
    expect(output).toContain('NOTE This note. . is not linted');
  });

  it('is read as WebVTT from its content when no file name is given', () => {
    expect(positions(lint('WEBVTT\n\n00:01.000 --> 00:02.000\nIt ended. .\n', { config: ALL }))).toContainEqual(['doubled-period', 4, 9]);
  });
});
