import { describe, it } from 'vitest';
import rule from '../../rules/middle-dot-name.js';
import { runRuleTests } from '../rule-tester.js';

describe('middle-dot-name', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        // the documented valid examples run in docs.test.ts; these are further look-alikes
        'ドナルド・トランプ',
        'col·legi and il·lusió are Catalan.',
        { text: 'Write `Donald·Trump` in code.', syntax: 'markdown' },
        'A · B',
      ],
      invalid: [
        {
          text: 'Donald·Trump said so.',
          errors: [{ range: [6, 7], message: 'Middle dot "·" inside a name: use a space.' }],
          output: 'Donald Trump said so.',
        },
        { text: 'A painting by Leonardo·da·Vinci.', errors: [{ range: [22, 23] }, { range: [25, 26] }], output: 'A painting by Leonardo da Vinci.' },
        { text: 'The singer Taylor・Swift arrived.', errors: [{ range: [17, 18], message: 'Middle dot "・" inside a name: use a space.' }], output: 'The singer Taylor Swift arrived.' },
        { text: 'Tianyi‧Hongjin fund', errors: [{ range: [6, 7] }], output: 'Tianyi Hongjin fund' },
        { text: 'Met *Donald·Trump* there', syntax: 'markdown', errors: [{ range: [11, 12] }], output: 'Met *Donald Trump* there' },
      ],
    }));
});
