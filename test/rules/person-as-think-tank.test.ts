import { describe, it } from 'vitest';
import rule from '../../rules/person-as-think-tank.js';
import { runRuleTests } from '../rule-tester.js';

describe('person-as-think-tank', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        'At the annual meeting of the Valdai International Debate Club, a well-known Russian think tank, Putin spoke.',
        'Bruegel, a Brussels think tank, published the study.',
        'He works for a New American Security, a Washington think tank.',
        'John Smith, a think-tank fellow in Washington, disagreed.',
        'The Heritage Foundation, an influential think tank, agreed.',
        'She is a senior fellow at a think tank in Berlin.',
        'Chatham House, a London think tank, said so.',
      ],
      invalid: [
        {
          text: 'Alexander Lomanov, an important think tank in Russia and the deputy director of the institute, said so.',
          errors: [
            {
              range: [19, 42],
              message: '"an important think tank" is said of a person: 智囊 here means an adviser or expert, not an institution; write "an important adviser".',
              suggestion: 'Alexander Lomanov, an important adviser in Russia and the deputy director of the institute, said so.',
            },
          ],
        },
        { text: 'For years he was a senior think tank of the president.', errors: [{ range: [17, 36], messageId: 'person', suggestion: 'For years he was a senior adviser of the president.' }] },
        { text: 'She became a think tank for the governor.', errors: [{ range: [11, 23], messageId: 'person', suggestion: 'She became an adviser for the governor.' }] },
      ],
    }));
});
