import { describe, it } from 'vitest';
import rule from '../../rules/pipeline-leftover.js';
import { runRuleTests } from '../rule-tester.js';

describe('pipeline-leftover', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        "Here is the translation that won the prize: a faithful one.",
        "The translation of the article took three weeks.",
        "Note: the figures are in US dollars.",
        "Translated by Anne Carson",
      ],
      invalid: [
        { text: "Here is the English translation of the article:\n\nThe talks ended in Geneva on Monday.", errors: [{ range: [0,47], messageId: 'preamble', suggestion: "The talks ended in Geneva on Monday." }] },
        { text: "Talks ended.\n\nTranslated with DeepL.com (free version)", errors: [{ range: [14,54], messageId: 'preamble', suggestion: "Talks ended." }] },
        { text: "Talks ended.\n\nI hope this translation helps! Let me know if you need any changes.", errors: [{ range: [14,81], messageId: 'preamble', suggestion: "Talks ended." }] },
        { text: "[Machine translation]\n\nThe talks ended.", errors: [{ range: [0,21], messageId: 'preamble', suggestion: "The talks ended." }] },
        { text: "Sure! Here is the translation of the text:\n\nThe talks ended.", errors: [{ range: [0,42], messageId: 'preamble', suggestion: "The talks ended." }] },
      ],
    }));
});
