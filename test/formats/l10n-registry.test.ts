import { describe, expect, it } from 'vitest';
import { EXTENSIONS, sniffSyntax, syntaxFor } from '../../src/formats/index.js';

describe('localisation formats in the registry', () => {
  it('knows their extensions', () => {
    expect(['.po', '.pot', '.xlf', '.xliff', '.srt', '.vtt'].map((e) => EXTENSIONS[e])).toEqual(['po', 'po', 'xliff', 'xliff', 'srt', 'vtt']);
    expect(EXTENSIONS['.json']).toBeUndefined(); // only locale-ish paths or files named explicitly
    expect(syntaxFor('docs/notes.txt')).toBe('text');
  });

  it('recognises a file by its start only when there is no doubt', () => {
    expect(sniffSyntax('# Catalogue\nmsgid ""\nmsgstr ""\n')).toBe('po');
    expect(sniffSyntax('\uFEFFWEBVTT\n\n00:01.000 --> 00:02.000\nHi\n')).toBe('vtt');
    expect(sniffSyntax('<?xml version="1.0"?>\n<!-- x -->\n<xliff version="2.0">')).toBe('xliff');
    expect(sniffSyntax('1\r\n00:00:01,000 --> 00:00:02,000\r\nHi\r\n')).toBe('srt');
    for (const text of ['The msgid "x" field names the source.', 'WEBVTTX', '<html><xliff>', '1\nHello', '']) expect(sniffSyntax(text), text).toBe('text');
  });
});
