import { describe, expect, it } from 'vitest';
import rule from '../../rules/unbalanced-brackets.js';
import { brackets } from '../../src/text/brackets.js';
import { toSourceText } from '../../src/formats/index.js';
import { Document } from '../../src/text/document.js';
import { runRuleTests } from '../rule-tester.js';

describe('unbalanced-brackets', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        // the documented valid examples run in docs.test.ts; these are further look-alikes
        'Sad :( but fine :-) really.',
        'Font:[Large Medium Small]',
        'The set {a, [b, (c)]} nests.',
        'Range (0, 1] and [2, 3) both.',
        { text: 'See [the docs](https://example.com/a_(b)) now.', syntax: 'markdown' },
        { text: 'Code `f(x` stays.', syntax: 'markdown' },
        'iv) the fourth option',
        '(One paragraph.)\n\n(Another.)',
      ],
      invalid: [
        {
          text: 'the plan (approved in 2021 was delayed.',
          errors: [{ range: [9, 10], message: 'Opening "(" is never closed.' }],
        },
        {
          text: 'the plan approved in 2021) was delayed.',
          errors: [{ range: [25, 26], message: 'Closing ")" has no opening bracket.' }],
        },
        {
          text: 'the plan [approved in 2021) was delayed.',
          errors: [{ range: [26, 27], message: 'Closing ")" does not match the opening "[".' }],
        },
        { text: '(a [b) c]', errors: [{ range: [3, 4], messageId: 'unclosed' }, { range: [8, 9], messageId: 'unopened' }] },
        { text: 'later ((reference January 2022) data', errors: [{ range: [6, 7], messageId: 'unclosed' }] },
        { text: 'It (began\n\nand) ended.', errors: [{ range: [3, 4], messageId: 'unclosed' }, { range: [14, 15], messageId: 'unopened' }] },
        { text: 'A *bold* (claim', syntax: 'markdown', errors: [{ range: [9, 10] }] },
      ],
    }));

  it('pairs brackets and leaves enumerators and intervals out', () => {
    const doc = new Document(toSourceText('a) x (y [z]) and [0, 1) end)', 'text'));
    expect(brackets(doc).map((b) => [b.at, b.mark, b.issue, b.partner])).toEqual([
      [5, '(', 'ok', 11],
      [8, '[', 'ok', 10],
      [10, ']', 'ok', 8],
      [11, ')', 'ok', 5],
      [27, ')', 'unopened', undefined],
    ]);
  });
});
