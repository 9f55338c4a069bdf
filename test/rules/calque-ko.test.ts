import { describe, expect, it } from 'vitest';
import rule from '../../rules/calque-ko.js';
import { koPack } from '../../rules/packs/ko.js';
import { validateConfig } from '../../src/config/load.js';
import { runRuleTests } from '../rule-tester.js';

describe('calque-ko', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: ['The ship had a thin skin of ice.', 'The grand opening is on Friday.', 'Fighting! broke out again, the paper wrote.', 'Call my handphone.', 'He likes skinship too much.'],
      invalid: [
        {
          text: 'Kim-ssi, fighting! We believe in you.',
          errors: [
            { range: [0, 7], messageId: 'honorific-suffix' },
            { range: [9, 18], messageId: 'fighting', suggestion: 'Kim-ssi, You can do it! We believe in you.' },
          ],
        },
        { text: 'Call my handphone.', sourceLanguage: 'ko', errors: [{ range: [8, 17], messageId: 'hand-phone', suggestion: 'Call my mobile phone.' }] },
      ],
    }));

  it('is written in the config format', () => {
    expect(() => validateConfig({ define: { ...koPack.anyLanguage, ...koPack.sourceOnly } })).not.toThrow();
  });
});
