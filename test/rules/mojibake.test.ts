import { describe, it } from 'vitest';
import rule from '../../rules/mojibake.js';
import { runRuleTests } from '../rule-tester.js';

describe('mojibake', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        'The café served crème brûlée.',
        'Emily Brontë…” wrote novels.',
        'It costs £5, or about €6 — cheap.',
        'São Paulo, Ålesund and Zürich.',
        '“Très bien,” he said.',
      ],
      invalid: [
        {
          text: 'It doesnâ€™t work.',
          errors: [{ range: [8, 11], message: 'Mojibake "â€™": UTF-8 read as Windows-1252; it should read "’".' }],
          output: 'It doesn’t work.',
        },
        { text: 'The cafÃ© was closed.', errors: [{ range: [7, 9], messageId: 'mojibake' }], output: 'The café was closed.' },
        { text: 'It doesnÃ¢â‚¬â„¢t work.', errors: [{ range: [8, 16], message: /should read "’"/ }], output: 'It doesn’t work.' },
        { text: 'Price: Â£5', errors: [{ range: [7, 9] }], output: 'Price: £5' },
        { text: 'ä¸­å›½ is China.', errors: [{ range: [0, 6], message: /should read "中国"/ }], output: '中国 is China.' },
        { text: 'ÐŸÑ€Ð¸Ð²ÐµÑ‚ means hello.', errors: [{ range: [0, 12] }], output: 'Привет means hello.' },
        { text: 'ðŸ˜€ smile', errors: [{ range: [0, 4] }], output: '😀 smile' },
        { text: 'ï»¿Title', errors: [{ range: [0, 3], message: 'Mojibake "ï»¿": a byte-order mark read as Windows-1252; remove it.' }], output: 'Title' },
        {
          text: 'don\u0092t stop',
          errors: [{ range: [3, 4], message: 'Control character U+0092 where Windows-1252 has "’": the text was decoded as Latin-1.' }],
          output: 'don’t stop',
        },
        {
          text: 'He said â€œyesâ€\uFFFD and left.',
          errors: [
            { range: [8, 11], messageId: 'mojibake' },
            { range: [14, 17], message: 'Mojibake "â€\uFFFD": a closing quote whose last byte was lost.', suggestion: 'He said â€œyes” and left.' },
          ],
          output: 'He said “yesâ€\uFFFD and left.',
        },
        { text: 'Attila VeÄ\u008Derek wrote it.', errors: [{ range: [9, 11], message: 'Mojibake "Ä\u008D": UTF-8 read as Windows-1252; it should read "č".' }], output: 'Attila Večerek wrote it.' },
        { text: 'Use ï¼‘ here.', errors: [{ range: [4, 7] }], output: 'Use １ here.' },
        { text: 'A lost character ï¿½ here.', errors: [{ range: [17, 20] }] },
        { text: 'A lost character \uFFFD here.', errors: [{ range: [17, 18], message: 'Replacement character "\uFFFD": a character was lost when the text was decoded.' }] },
      ],
    }));
});
