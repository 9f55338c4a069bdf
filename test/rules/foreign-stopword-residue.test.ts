import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import rule from '../../rules/foreign-stopword-residue.js';
import { lintWithRule, runRuleTests } from '../rule-tester.js';

describe('foreign-stopword-residue', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        'She reads Der Spiegel and Le Monde.',
        'They moved from Los Angeles to Las Vegas.',
        'Ursula von der Leyen spoke.',
        'It was the crème de la crème of society.',
        'Prices die down in winter, and it was so.',
        'Siberia (Сибирь) is cold.',
        'He said «Минобороны» twice.',
        'He shouted “und der Staat ist nicht tot” at the crowd.',
        'que los niños',
      ],
      invalid: [
        { text: 'The talks failed und der die government resigned.', errors: [{ range: [17, 28], message: 'Untranslated German words "und der die".' }] },
        { text: 'Das ist nicht gut, said he.', errors: [{ range: [0, 13], messageId: 'stopwords' }] },
        { text: 'The minister said that les et the rest would follow.', errors: [{ range: [23, 29], message: 'Untranslated French words "les et".' }] },
        { text: 'The report was published by Минобороны on Monday.', errors: [{ range: [28, 38], message: 'Untranslated Cyrillic text "Минобороны".' }] },
        {
          text: 'It remains identiсal.',
          errors: [{ range: [17, 18], message: 'Cyrillic letters "с" inside a Latin word: they look the same but are different characters.' }],
        },
      ],
    }));

  it('leaves the seed article\'s glosses (Китай), (Сибирь) alone', () => {
    const seed = readFileSync(new URL('../fixtures/seed.txt', import.meta.url), 'utf8');
    expect(seed).toContain('(Китай)');
    expect(lintWithRule(rule, seed)).toEqual([]);
  });
});
