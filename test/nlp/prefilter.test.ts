import { describe, expect, it } from 'vitest';
import { Document } from '../../src/text/document.js';
import { toSourceText } from '../../src/formats/index.js';
import { isTitleLike, proseSentences } from '../../src/nlp/prefilter.js';

const doc = (text: string, syntax = 'text'): Document => new Document(toSourceText(text, syntax));

describe('prose sentences', () => {
  it('marks the sentences that start inside an open quotation, curly, CJK or straight', () => {
    const d = doc('He said: “Go home. Now.” Then he left. She wrote "Stay. Please." It rained. «Non. Oui.» 「Go. Now.」 End.');
    expect(proseSentences(d).map((s) => [s.text, s.quoted])).toEqual([
      ['He said: “Go home.', false],
      ['Now.”', true],
      ['Then he left.', false],
      ['She wrote "Stay.', false],
      ['Please."', true],
      ['It rained.', false],
      ['«Non.', false],
      ['Oui.»', true],
      ['「Go.', false],
      ['Now.」 End.', true],
    ]);
  });

  it('counts quotation marks per paragraph, from its start', () => {
    const d = doc('“Open. Still open.\n\nNew paragraph. Closed.”');
    expect(proseSentences(d).map((s) => [s.text, s.quoted, s.index, s.count])).toEqual([
      ['“Open.', false, 0, 2],
      ['Still open.', true, 1, 2],
      ['New paragraph.', false, 0, 2],
      ['Closed.”', false, 1, 2],
    ]);
  });

  it('drops a bare list marker and marks the sentence after it, and skips headings', () => {
    const d = doc('# A heading. Here\n\n1. Do this. Then that.\n\n- Item one.\n\nPlain text.', 'markdown');
    const kinds = proseSentences(d).map((s) => [s.text, s.listItem, s.paragraph.kind]);
    expect(kinds.some(([text]) => text === '1.')).toBe(false);
    expect(proseSentences(doc('1. Do this. Then that.')).map((s) => [s.text, s.listItem, s.index, s.count])).toEqual([
      ['Do this.', true, 0, 2],
      ['Then that.', false, 1, 2],
    ]);
    expect(proseSentences(doc('- Item one. Item two.')).map((s) => [s.text, s.listItem])).toEqual([
      ['- Item one.', true],
      ['Item two.', false],
    ]);
    expect(kinds.every(([, , kind]) => kind === 'paragraph' || kind === 'blockquote')).toBe(true);
  });

  it('tells title-like paragraphs: one line without a closing stop', () => {
    const d = doc('Harbour Board Minutes\n\nThe board met.\n\nTwo lines\nof text\n\nA quote”\n\nWhy not?');
    expect(d.paragraphs().map((p) => isTitleLike(d, p))).toEqual([true, false, false, false, false]);
  });
});
