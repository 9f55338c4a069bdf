import { describe, it } from 'vitest';
import rule from '../../rules/foreign-quote-marks.js';
import { runRuleTests } from '../rule-tester.js';

describe('foreign-quote-marks', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        // the documented valid examples run in docs.test.ts; these are further look-alikes
        'Next » Last » and « back',
        'a » b « c',
        'Prices ‹ 5 and › 3',
        { text: 'Code `«x»` stays.', syntax: 'markdown' },
        'They sang 「Sakura」 at the end.',
        // no » on the line, or more than 400 characters of words between the marks
        '« a line\nthen » the next',
        `«${'word '.repeat(90)}» said`,
      ],
      invalid: [
        {
          text: 'the so-called «special operation» began',
          errors: [{ range: [14, 33], message: 'Foreign quotation marks "«…»": use "“…”".' }],
          output: 'the so-called “special operation” began',
        },
        { text: 'the newspaper « Le Monde » said', errors: [{ range: [14, 26] }], output: 'the newspaper “Le Monde” said' },
        { text: 'Er nannte es „Zeitenwende“ in English.', errors: [{ range: [13, 26], message: 'Foreign quotation marks "„…“": use "“…”".' }], output: 'Er nannte es “Zeitenwende” in English.' },
        { text: 'Polish „cudzysłów” here', errors: [{ range: [7, 18] }], output: 'Polish “cudzysłów” here' },
        { text: 'er sagte »Hallo« und', errors: [{ range: [9, 16] }], output: 'er sagte “Hallo” und' },
        { text: '«outer ‹inner› text»', errors: [{ range: [0, 20] }, { range: [7, 14], message: 'Foreign quotation marks "‹…›": use "‘…’".' }], output: '“outer ‘inner’ text”' },
        { text: 'Order №5 was signed.', errors: [{ range: [6, 7], message: 'Numero sign "№": write "No.".' }], output: 'Order No. 5 was signed.' },
        { text: 'Orders №№ 5 and 6', errors: [{ range: [7, 9], message: 'Numero sign "№№": write "Nos.".' }], output: 'Orders Nos. 5 and 6' },
        { text: 'the № sign', errors: [{ range: [4, 5] }], output: 'the No. sign' },
        { text: 'A *bold* «claim»', syntax: 'markdown', errors: [{ range: [9, 16] }], output: 'A *bold* “claim”' },
        { text: 'a «\u00A0oui\u00A0» b « non »', errors: [{ range: [2, 9] }, { range: [12, 19] }], output: 'a “oui” b “non”' },
        { text: 'blank «   » here', errors: [{ range: [6, 11] }], output: 'blank “ ” here' },
      ],
    }));
});
