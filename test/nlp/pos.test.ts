import { describe, expect, it } from 'vitest';
import { toSourceText } from '../../src/formats/index.js';
import { taggerStatus } from '../../src/nlp/load.js';
import { isFiniteVerb, onlyFunctionWords, tagRange, tagRanges, tagText, verbForm } from '../../src/nlp/pos.js';
import { proseSentences } from '../../src/nlp/prefilter.js';
import { Document } from '../../src/text/document.js';

const docOf = (text: string, syntax = 'text'): Document => new Document(toSourceText(text, syntax));

describe('part-of-speech tagging', () => {
  it('places every token at its offset in the prose', () => {
    const text = 'Germany can’t ignore the U.S. and it’s fine... Really?';
    const tokens = tagText(text, 100);
    for (const t of tokens) expect(text.slice(t.start - 100, t.end - 100)).toBe(t.text);
    expect(tokens.map((t) => t.text)).toEqual(['Germany', 'ca', 'n’t', 'ignore', 'the', 'U.S.', 'and', 'it', '’s', 'fine', '...', 'Really', '?']);
    expect(taggerStatus().loaded).toBe(true);
  });

  it('reads verb forms from spelling and lemma', () => {
    const tokens = tagText('Stubbornly insisted on importing gas; he insists, they insist and it was done.');
    const form = (w: string): string => verbForm(tokens.find((t) => t.text === w)!);
    expect([form('insisted'), form('insists'), form('insist'), form('importing'), form('was')]).toEqual(['past', 'third-person', 'base', 'gerund', 'past']);
  });

  it('tells finite verbs from infinitives and gerunds', () => {
    const tokens = tagText('The plan to build roads failed, leaving debts.');
    const finite = tokens.filter((_, i) => isFiniteVerb(tokens, i)).map((t) => t.text);
    expect(finite).toEqual(['failed']);
    expect(onlyFunctionWords(tagText('Of the.'))).toBe(true);
    expect(onlyFunctionWords(tagText('Thank you.'))).toBe(false);
  });

  it('tags several sentences in one call with the tokens and tags each gets alone', () => {
    const text = 'Stubbornly insisted on importing gas. The plan failed, leaving debts.\nUp. Officials said the talks ended. ';
    const doc = docOf(text);
    const at = (part: string): { start: number; end: number } => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });
    // the last with a space at each end, which is tagged on its own
    const ranges = [at('Stubbornly insisted on importing gas.'), at('The plan failed, leaving debts.'), at('Up.'), at(' Officials said the talks ended. ')];
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual([
      'Stubbornly insisted on importing gas.',
      'The plan failed, leaving debts.',
      'Up.',
      ' Officials said the talks ended. ',
    ]);
    const alone = ranges.map((r) => tagText(text.slice(r.start, r.end), r.start));
    const calls = taggerStatus().taggedSpans;
    tagRanges(doc, [...ranges, ranges[0]]);
    // one call for the three trimmed sentences, one for the spaced one
    expect(taggerStatus().taggedSpans - calls).toBe(2);
    const batched = ranges.map((r) => tagRange(doc, r.start, r.end));
    expect(batched).toEqual(alone);
    // stored: asking again returns the same tokens, not a new tagging
    expect(tagRange(doc, 0, 37)).toBe(batched[0]);
    expect(batched[0].find((t) => t.text === 'insisted')).toMatchObject({ start: 11, end: 19, pos: 'VERB', lemma: 'insist' });
  });

  it('tags a document range once and shares the tokens', () => {
    const doc = docOf('It rose. Up. It fell.');
    const a = tagRange(doc, 9, 12);
    expect(a.map((t) => [t.text, t.start, t.end])).toEqual([['Up', 9, 11], ['.', 11, 12]]);
    expect(tagRange(doc, 9, 12)).toBe(a);
  });
});

describe('prose sentences', () => {
  it('drops list markers, marks list items, quotations and headings', () => {
    const doc = docOf('# Title here\n\n1. Increased the budget. It worked.\n\nHe said "Stop. Now." and left.\n\n- item one', 'markdown');
    const got = proseSentences(doc).map((s) => [s.text, s.index, s.count, s.listItem, s.quoted]);
    expect(got).toEqual([
      ['He said "Stop.', 0, 3, false, false],
      ['Now."', 1, 3, false, true],
      ['and left.', 2, 3, false, false],
    ]);
    const plain = proseSentences(docOf('1. Increased the budget. It worked.'));
    expect(plain.map((s) => [s.text, s.listItem])).toEqual([['Increased the budget.', true], ['It worked.', false]]);
  });
});
