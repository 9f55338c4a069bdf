import { describe, expect, it } from 'vitest';
import rule from '../../rules/calque-ru.js';
import { ruPack } from '../../rules/packs/ru.js';
import { validateConfig } from '../../src/config/load.js';
import { runRuleTests } from '../rule-tester.js';

describe('calque-ru', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: ['The nearest station is closed.', 'The talks took place within the framework of the treaty.', 'I feel myself growing tired.', 'The law will be changed in the nearest future.'],
      invalid: [
        { text: 'Order № 5 was signed within the framework of the program.', errors: [{ range: [21, 44], messageId: 'in-the-framework-of', suggestion: 'Order № 5 was signed as part of the program.' }] },
        { text: 'The talks took place within the framework of the treaty.', sourceLanguage: 'ru', errors: [{ range: [21, 44], messageId: 'in-the-framework-of' }] },
      ],
    }));

  it('is written in the config format', () => {
    expect(() => validateConfig({ define: { ...ruPack.anyLanguage, ...ruPack.sourceOnly } })).not.toThrow();
  });
});
