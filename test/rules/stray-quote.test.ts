import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import rule from '../../rules/stray-quote.js';
import { curlyQuotes } from '../../src/text/quotes.js';
import { fix } from '../../src/engine/fix.js';
import { toSourceText } from '../../src/formats/index.js';
import { Document } from '../../src/text/document.js';
import { lintWithRule, onlyRule, runRuleTests } from '../rule-tester.js';

describe('stray-quote', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        // the documented valid examples run in docs.test.ts; these are further look-alikes
        'He said: “We will.” She agreed: “So will we.”',
        '(“Quoted in brackets”) stays.',
        'A quote—“like this”—inside dashes.',
        '“Three paragraphs.\n\n“Still quoting.\n\n“And done.”',
        '“Opened in one paragraph\n\nand closed in the next.”',
        { text: '“A heading”\n\nText with “quotes”.', syntax: 'markdown' },
        { text: 'Code `he used ” In` is skipped.', syntax: 'markdown' },
        'Rock ‘n’ roll in the ‘90s.',
      ],
      invalid: [
        {
          text: 'last year he used ” In theory, hypothetical language',
          errors: [{ range: [18, 19], message: 'Stray closing quote "”": no opening quote before it.', suggestion: 'last year he used In theory, hypothetical language' }],
        },
        {
          text: 'He said“ we will” continue.',
          errors: [{ range: [7, 8], message: 'Opening quote "“" with the space after it instead of before.', suggestion: 'He said “we will” continue.' }],
        },
        {
          text: 'to become the world‘s leader.',
          errors: [{ range: [19, 20], message: 'Opening quote "‘" used as an apostrophe: write "’".', suggestion: 'to become the world’s leader.' }],
        },
        {
          text: 'He said “no.“ Then he left.',
          errors: [{ range: [12, 13], message: 'Opening quote "“" where a closing quote "”" belongs.', suggestion: 'He said “no.” Then he left.' }],
        },
        {
          text: 'They said ”Stop” and left.',
          errors: [{ range: [10, 11], message: 'Closing quote "”" where an opening quote "“" belongs.', suggestion: 'They said “Stop” and left.' }],
        },
        {
          text: 'They said “we will ”continue.',
          errors: [{ range: [19, 20], message: 'Closing quote "”" with the space before it instead of after.', suggestion: 'They said “we will” continue.' }],
        },
        { text: 'It was ”real and final.', errors: [{ range: [7, 8], messageId: 'turnedClose', suggestion: 'It was real and final.' }] },
        { text: 'The end.” Then more.', errors: [{ range: [8, 9], messageId: 'orphan', suggestion: 'The end. Then more.' }] },
        { text: 'Putin said“ and left.', errors: [{ range: [10, 11], messageId: 'misplacedOpen', suggestion: 'Putin said and left.' }] },
        {
          text: 'First “one” then ” two.\n\nAnother ” here.',
          errors: [{ range: [17, 18], messageId: 'orphan' }, { range: [33, 34], messageId: 'orphan' }],
        },
        { text: 'A *bold* ” claim', syntax: 'markdown', errors: [{ range: [9, 10], messageId: 'orphan' }] },
      ],
    }));

  it('pairs the quotes of each paragraph', () => {
    const doc = new Document(toSourceText('He said “yes” and “no.\n\nShe said “fine” and ” left.\n\n“Carried on.\n\nUntil here” it went.', 'text'));
    expect(curlyQuotes(doc).map((q) => [q.at, q.glyph, q.issue, q.partner])).toEqual([
      [8, '“', 'ok', 12],
      [12, '”', 'ok', 8],
      [18, '“', 'unclosed-open', undefined],
      [33, '“', 'ok', 38],
      [38, '”', 'ok', 33],
      [44, '”', 'orphan-close', undefined],
      [53, '“', 'ok', undefined],
      [77, '”', 'ok', undefined],
    ]);
  });

  it('reports exactly the stray ” and the ‘ apostrophe on the seed article, and --fix leaves it', () => {
    const seed = readFileSync(new URL('../fixtures/seed.txt', import.meta.url), 'utf8');
    const found = lintWithRule(rule, seed);
    expect(found.map((d) => [seed.slice(d.range[0] - 5, d.range[1] + 3), d.range[1] - d.range[0], d.fix])).toEqual([
      ['used ” In', 1, undefined],
      ['world‘s l', 1, undefined],
    ]);
    expect(found.every((d) => d.suggestions?.length === 1)).toBe(true);
    expect(fix(seed, { config: onlyRule(rule) }).output).toBe(seed);
  });
});
