import { describe, it } from 'vitest';
import rule from '../../rules/stray-dot-line.js';
import { runRuleTests } from '../rule-tester.js';

describe('stray-dot-line', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        "The talks ended.",
        "Wait...\n\n...\n\nthen what?",
        "Section one\n\n---\n\nSection two",
        "Yes.\n\n*",
        "- .",
      ],
      invalid: [
        { text: "The talks ended.\n\n.\n\nThe next round starts in May.", errors: [{ range: [18,19], messageId: 'stray', suggestion: "The talks ended.\n\nThe next round starts in May." }] },
        { text: "The talks ended.\n\n。", errors: [{ range: [18,19], messageId: 'stray', suggestion: "The talks ended." }] },
      ],
    }));
});
