import { describe, it } from 'vitest';
import rule from '../../rules/doubled-synonym.js';
import { runRuleTests } from '../rule-tester.js';

describe('doubled-synonym', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        // the documented look-alikes (closer and closer, null and void, ...) run in docs.test.ts
        'Less and less, better and better.',
        'Each and every one came, first and foremost.',
        'They met daily and daily reports followed.',
        'It was Ésteady and stable.',
        'We will 𝐀firmly and firmly act.',
        'He stood firmly andfirmly.',
      ],
      invalid: [
        {
          text: 'China firmly and firmly supports the plan.',
          errors: [{ range: [6, 23], message: '"firmly and firmly" says the same word twice: keep "firmly".', suggestion: 'China firmly supports the plan.' }],
        },
        {
          text: 'We will firmly and resolutely oppose it.',
          errors: [{ range: [8, 29], message: '"firmly and resolutely" joins two words that mean the same: keep "firmly".', suggestion: 'We will firmly oppose it.' }],
        },
        { text: 'Growth was steady and stable this year.', errors: [{ range: [11, 28], messageId: 'synonym', suggestion: 'Growth was steady this year.' }] },
        { text: 'Firmly and firmly and firmly.', errors: [{ range: [0, 17], messageId: 'same' }] },
        {
          text: 'Growth was steady\tand   stable, and firm and resolute.',
          errors: [
            { range: [11, 30], message: '"steady\tand   stable" joins two words that mean the same: keep "steady".', suggestion: 'Growth was steady, and firm and resolute.' },
            { range: [36, 53], messageId: 'synonym', suggestion: 'Growth was steady\tand   stable, and firm.' },
          ],
        },
        { text: 'They acted firmly and firmly-minded.', errors: [{ range: [11, 28], messageId: 'same', suggestion: 'They acted firmly-minded.' }] },
        { text: 'The band and band firmly and firmly.', errors: [{ range: [18, 35], messageId: 'same' }] },
      ],
    }));
});
