import { describe, it } from 'vitest';
import rule from '../../rules/split-contraction.js';
import { runRuleTests } from '../rule-tester.js';

describe('split-contraction', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        // the documented valid examples run in docs.test.ts; these are further look-alikes
        'Back in the \'90s, rock \'n\' roll ruled.',
        'The suffix \'s\' marks a plural.',
        'It was wonderful, wasn\'t it?',
        'We sang \'Do you hear\' loudly.',
        { text: 'Code `it \'s` stays.', syntax: 'markdown' },
        'Can not and do not are fine.',
      ],
      invalid: [
        {
          text: 'That ’s why it ’s great.',
          errors: [{ range: [4, 7], message: 'Split contraction "’s": join "’s" to the word before it.' }, { range: [14, 17] }],
          output: 'That’s why it’s great.',
        },
        { text: 'at yesterday ’s reception', errors: [{ range: [12, 15] }], output: 'at yesterday’s reception' },
        {
          text: 'I wo n\'t go and you ca n\'t stay.',
          errors: [{ range: [4, 8], message: 'Split contraction "n\'t": join "n\'t" to the word before it.' }, { range: [22, 26] }],
          output: 'I won\'t go and you can\'t stay.',
        },
        {
          text: 'They do n\'t know, I \'m sure, and we don \'t care.',
          errors: [{ range: [7, 11] }, { range: [19, 22] }, { range: [39, 42] }],
          output: 'They don\'t know, I\'m sure, and we don\'t care.',
        },
        { text: 'We \'ve seen they \'re right and you \'ll see I \'d go.', errors: [{ range: [2, 6] }, { range: [16, 20] }, { range: [34, 38] }, { range: [44, 47] }], output: 'We\'ve seen they\'re right and you\'ll see I\'d go.' },
        { text: 'Tomohito “That ’s why', errors: [{ range: [14, 17] }], output: 'Tomohito “That’s why' },
        { text: 'It *is* n\'t so', syntax: 'markdown', errors: [{ range: [7, 11] }], output: 'It *is*n\'t so' },
      ],
    }));
});
