import { describe, it } from 'vitest';
import rule from '../../rules/verbless-sentence.js';
import { runRuleTests } from '../rule-tester.js';

describe('verbless-sentence', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        'The plan was approved in 2021 and took effect in May.',
        'Police arrest 15 after violent protest outside UK refugee hotel',
        'It may look like that. Standing out from the background.',
        'The light of the stars. The Sun burns our peripheral vision.',
        'He waited. "Not a chance in the world." Then he left.',
        'We go there every summer with the children.',
        'A lot of difference between the poor and the rest of us.',
        'Russia made demands. NATO to concede.',
      ],
      invalid: [
        {
          text: 'Russia made its demands. The European Union and NATO to make major concessions in Europe. Nobody answered.',
          errors: [{ range: [25, 89], message: 'This sentence has no finite verb: a clause the translation split off or left unfinished; join it to its neighbour or add the verb.' }],
        },
        {
          // "!" ends a sentence too; "Then the talks." is under four words; a wrapped line is no title
          text: 'Russia made its demands. The European Union and NATO to make major concessions in Europe! Then the talks. A list of the demands and the replies from the allies.\nThe new rules for the banks and the markets in Europe.',
          errors: [{ range: [25, 89] }, { range: [106, 160] }, { range: [161, 215] }],
        },
        {
          text: 'Russia made demands. NATO to concede.',
          options: { minWords: 3 },
          errors: [{ range: [21, 37], messageId: 'verbless' }],
        },
      ],
    }));
});
