import { describe, expect, it } from 'vitest';
import rule from '../../rules/calque-ja.js';
import { jaPack } from '../../rules/packs/ja.js';
import { validateConfig } from '../../src/config/load.js';
import { runRuleTests } from '../rule-tester.js';

describe('calque-ja', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: ['Please take care of the garden while I am away.', 'The Anti-Saloon League met.', 'Please treat me well.', 'My name is Louis. Yoroshiku onegaishimasu.'],
      invalid: [
        {
          text: 'Tanaka-san bowed and said: Please treat me well.',
          errors: [
            { range: [0, 10], message: '"Tanaka-san": a Japanese honorific left on the name; drop it or use Mr./Ms. unless the text keeps honorifics on purpose.' },
            { range: [27, 47], messageId: 'please-treat-me-well', suggestion: 'Tanaka-san bowed and said: I look forward to working with you.' },
          ],
        },
        { text: 'Please treat me well.', sourceLanguage: 'ja', errors: [{ range: [0, 20], messageId: 'please-treat-me-well' }] },
      ],
    }));

  it('is written in the config format', () => {
    expect(() => validateConfig({ define: { ...jaPack.anyLanguage, ...jaPack.sourceOnly } })).not.toThrow();
  });
});
