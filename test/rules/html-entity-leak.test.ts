import { describe, it } from 'vitest';
import rule from '../../rules/html-entity-leak.js';
import { runRuleTests } from '../rule-tester.js';

describe('html-entity-leak', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        'AT&T and P&G reported results.',
        'In HTML, write &amp; to get an ampersand.',
        'Type `&lt;` for a less-than sign.',
        'Unknown &foo; is not an entity.',
        { text: 'In Markdown, What&#39;s is decoded by the parser.', syntax: 'markdown' },
        { text: 'Use `&amp;` in code.', syntax: 'markdown' },
      ],
      invalid: [
        {
          text: 'Hoshimi? What&#39;s wrong?',
          errors: [{ range: [13, 18], message: 'HTML entity "&#39;" left in the text: write "\'".' }],
          output: "Hoshimi? What's wrong?",
        },
        { text: 'He didn&amp;#39;t take the boat away.', errors: [{ range: [7, 16], messageId: 'entity' }], output: "He didn't take the boat away." },
        { text: 'Results: 5&gt; 2 in most cases.', errors: [{ range: [10, 14] }], output: 'Results: 5> 2 in most cases.' },
        { text: 'the&amp;nbsp;ministry said', errors: [{ range: [3, 13], message: 'HTML entity "&amp;nbsp;" left in the text: write " ".' }], output: 'the ministry said' },
        { text: 'AT&amp;T rose.', errors: [{ range: [2, 7] }], output: 'AT&T rose.' },
        { text: '&#x41;BC', errors: [{ range: [0, 6] }], output: 'ABC' },
        { text: 'A &lt;b&gt; mark? No: a leak.', errors: [{ range: [2, 6] }, { range: [7, 11] }], output: 'A <b> mark? No: a leak.' },
      ],
    }));
});
