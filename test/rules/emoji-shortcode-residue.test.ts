import { describe, it } from 'vitest';
import rule from '../../rules/emoji-shortcode-residue.js';
import { runRuleTests } from '../rule-tester.js';

describe('emoji-shortcode-residue', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        'The text [sic] is quoted as written.',
        '[Applause] [Applause] The speaker returned.',
        'He [the minister] said so.',
        'I [love] it.',
        'Read [more][tutorial] first.',
        'The ratio is 3:2:1 today.',
        { text: 'Done :white_check_mark:', syntax: 'markdown' },
      ],
      invalid: [
        { text: 'So touching [Tears][Tears]', errors: [{ range: [12, 26], message: 'Emoji code "[Tears][Tears]" shown as text: use the emoji or remove it.' }] },
        { text: 'Great job [Clap] [Clap] [Clap]', errors: [{ range: [10, 30], messageId: 'shortcode' }] },
        { text: 'Nice work :thumbs_up:', errors: [{ range: [10, 21] }] },
        { text: 'What a day [doge]', errors: [{ range: [11, 17] }] },
        { text: 'OK :smile: OK', errors: [{ range: [3, 10] }] },
      ],
    }));
});
