import { describe, it } from 'vitest';
import rule from '../../rules/wiki-citation-residue.js';
import { runRuleTests } from '../rule-tester.js';

describe('wiki-citation-residue', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        'As shown in [3], the method works.',
        'The results [1, 2] agree.',
        'Use [sic] for quoted errors.',
        'She said she "look[s] forward" to it.',
        'Set items[1] = 3 first.',
        'The value x[1] is small.',
        'Keep divmod(x, y)[0] * y + x % y close to x.',
        'Call lists[0].append(3) first.',
        'Write items as "[a]" in the list.',
        '[Epoch Times, December 23, 2021]Russia is creating a crisis.',
      ],
      invalid: [
        {
          text: 'The dynasty was founded in 1368.[3] It lasted long.',
          errors: [{ range: [32, 35], message: 'Wikipedia residue "[3]": the footnote or editor note has no meaning here.' }],
          output: 'The dynasty was founded in 1368. It lasted long.',
        },
        { text: 'The city has many parks.[citation needed]', errors: [{ range: [24, 41], messageId: 'residue' }], output: 'The city has many parks.' },
        { text: 'It grew quickly[1][2] after the war.', errors: [{ range: [15, 21] }], output: 'It grew quickly after the war.' },
        { text: 'History [edit]', errors: [{ range: [8, 14] }], output: 'History' },
        { text: 'The city grew. [citation needed] Then it shrank.', errors: [{ range: [15, 32] }], output: 'The city grew. Then it shrank.' },
        { text: 'It was big.[a] Really.', errors: [{ range: [11, 14] }], output: 'It was big. Really.' },
        {
          text: 'Ends [[citation needed]] here. Done.[2][note 3], then [a] and ok.[b]\nIt was [Edit]',
          errors: [{ range: [6, 23] }, { range: [36, 47], message: 'Wikipedia residue "[2][note 3]": the footnote or editor note has no meaning here.' }, { range: [65, 68] }, { range: [76, 82] }],
          output: 'Ends [] here. Done., then [a] and ok.\nIt was',
        },
      ],
    }));
});
