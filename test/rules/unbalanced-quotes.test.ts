import { describe, expect, it } from 'vitest';
import rule from '../../rules/unbalanced-quotes.js';
import { unpairedStraightQuotes } from '../../src/text/quotes.js';
import { toSourceText } from '../../src/formats/index.js';
import { Document } from '../../src/text/document.js';
import { runRuleTests } from '../rule-tester.js';

describe('unbalanced-quotes', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        // the documented valid examples run in docs.test.ts; these are further look-alikes
        'He said: "Stop." Then "go," and "wait!"',
        'The text means "matter ") here.',
        'He said "We also agree. "The bank wants more," he added.',
        '"First.\n\nSecond," he said.',
        'A 5\'10" man and a 3" pipe.',
        { text: 'Code `"open` stays.', syntax: 'markdown' },
        // a curly closing quote without an opener is stray-quote's
        'last year he used ” In theory',
      ],
      invalid: [
        {
          text: 'He said “we will continue. The ministry agreed.',
          errors: [{ range: [8, 9], message: 'Opening quote "“" is never closed.' }],
        },
        {
          text: 'He said "we will continue. The ministry agreed.',
          errors: [{ range: [8, 9], message: 'Opening quote """ is never closed.' }],
        },
        {
          text: 'He said we will continue" and left.',
          errors: [{ range: [24, 25], message: 'Closing quote """ has no opening quote.' }],
        },
        {
          text: 'It was the 2017"s snap election.',
          errors: [{ range: [15, 16], message: 'Double quote typed for an apostrophe: write "’s".' }],
        },
        { text: 'x "a" y "b" z "c', errors: [{ range: [14, 15], messageId: 'unclosed' }] },
        { text: '"He said "yes" to me"', errors: [{ range: [0, 1], messageId: 'unclosed' }, { range: [20, 21], messageId: 'unopened' }] },
        { text: '"A.\n\n"B."\n\n"C.', errors: [{ range: [11, 12], messageId: 'unclosed' }] },
        { text: 'A *bold* "claim', syntax: 'markdown', errors: [{ range: [9, 10] }] },
      ],
    }));

  it('carries a quotation over paragraphs that re-open it', () => {
    const doc = new Document(toSourceText('"One.\n\n"Two.\n\n"Three."\n\nNo "four.', 'text'));
    expect(unpairedStraightQuotes(doc)).toEqual([{ at: 27, issue: 'unclosed' }]);
  });
});
