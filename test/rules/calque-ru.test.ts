import { describe, expect, it } from 'vitest';
import rule from '../../rules/calque-ru.js';
import { ruPack } from '../../rules/packs/ru.js';
import { validateConfig } from '../../src/config/load.js';
import { runRuleTests } from '../rule-tester.js';

describe('calque-ru', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: ['The nearest station is closed.', 'The talks took place within the framework of the treaty.', 'I feel myself growing tired.'],
      invalid: [
        {
          text: 'The law will be changed in the nearest future.',
          errors: [{ range: [27, 45], message: '"the nearest future" renders в ближайшем будущем: write "the near future".', suggestion: 'The law will be changed in the near future.' }],
        },
        { text: 'Order № 5 was signed within the framework of the program.', errors: [{ range: [21, 44], messageId: 'in-the-framework-of', suggestion: 'Order № 5 was signed as part of the program.' }] },
        {
          text: 'I feel myself fine and congratulations with your birthday.',
          errors: [
            { range: [2, 18], messageId: 'feel-myself' },
            { range: [23, 43], messageId: 'congratulations-with', suggestion: 'I feel myself fine and congratulations on your birthday.' },
          ],
        },
        { text: 'The talks took place within the framework of the treaty.', sourceLanguage: 'ru', errors: [{ range: [21, 44], messageId: 'in-the-framework-of' }] },
      ],
    }));

  it('is written in the config format', () => {
    expect(() => validateConfig({ define: { ...ruPack.anyLanguage, ...ruPack.sourceOnly } })).not.toThrow();
  });
});
