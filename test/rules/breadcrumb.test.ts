import { describe, it } from 'vitest';
import rule from '../../rules/breadcrumb.js';
import { runRuleTests } from '../rule-tester.js';

describe('breadcrumb', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        "Home is where the heart is.",
        "Home > Away in the table means the hosts scored more.",
        "Prices: 10 → 20 → 30 in three years, a steep rise for families.",
      ],
      invalid: [
        { text: "Home » News » World\n\nThe talks ended in Geneva on Monday.", errors: [{ range: [0,19], messageId: 'trail', suggestion: "The talks ended in Geneva on Monday." }] },
        { text: "Current location: Home > Politics > Diplomacy", errors: [{ range: [0,45], messageId: 'trail', suggestion: "" }] },
        { text: "News › China › Economy", errors: [{ range: [0,22], messageId: 'trail', suggestion: "" }] },
        { text: "Talks ended.\n\nHome > Society > Education", errors: [{ range: [14,40], messageId: 'trail', suggestion: "Talks ended." }] },
      ],
    }));
});
