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
        'He wrote “und der Staat, und der ganze plan failed.',
        'The talks failed UND DER government.',
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
        { text: 'He wrote “und der Staat”, und der ganze plan failed.', errors: [{ range: [26, 33], message: 'Untranslated German words "und der".' }] },
        { text: 'He said "hello.\n\nDas ist nicht gut, said he.', errors: [{ range: [17, 30], message: 'Untranslated German words "Das ist nicht".' }] },
        { text: 'They said that c’est les choses.', errors: [{ range: [15, 24], message: 'Untranslated French words "c’est les".' }] },
        { text: 'The talks failed uNd dEr government resigned.', errors: [{ range: [17, 24], message: 'Untranslated German words "uNd dEr".' }] },
        { text: 'He said «Минобороны» and then Минобороны.', errors: [{ range: [30, 40], message: 'Untranslated Cyrillic text "Минобороны".' }] },
        { text: 'A "quote" and Минобороны and "open Минобороны', errors: [{ range: [14, 24], message: 'Untranslated Cyrillic text "Минобороны".' }] },
      ],
    }));

  it('judges every run of a long paragraph by the quotes before it', () => {
    const text = `${'Минобороны, und der, '.repeat(500)}“${'Минобороны, und der, '.repeat(500)}`;
    const found = lintWithRule(rule, text);
    expect(found).toHaveLength(1000);
    expect(found.filter((d) => d.message.startsWith('Untranslated Cyrillic'))).toHaveLength(500);
    expect(Math.max(...found.map((d) => d.range[1]))).toBeLessThan(text.indexOf('“'));
  });

  it('leaves the seed article\'s glosses (Китай), (Сибирь) alone', () => {
    const seed = readFileSync(new URL('../fixtures/seed.txt', import.meta.url), 'utf8');
    expect(seed).toContain('(Китай)');
    expect(lintWithRule(rule, seed)).toEqual([]);
  });
});
