import { describe, it } from 'vitest';
import rule from '../../rules/view-counter.js';
import { runRuleTests } from '../rule-tester.js';

describe('view-counter', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        "The video had 1.2 million views in a day.",
        "Her views: 3 points, all of them wrong.",
        "The clip drew 3,456 views before it was taken down, the company said.",
      ],
      invalid: [
        { text: "Talks ended.\n\nViews: 1,204", errors: [{ range: [14,26], messageId: 'counter', suggestion: "Talks ended." }] },
        { text: "2023-02-11 10:30 | Reads: 10w+", errors: [{ range: [19,30], messageId: 'counter', suggestion: "" }] },
        { text: "Talks ended.\n\n1.2k reads", errors: [{ range: [14,24], messageId: 'counter', suggestion: "Talks ended." }] },
        { text: "By Li Ming | 3,456 views", errors: [{ range: [13,24], messageId: 'counter', suggestion: "By Li Ming" }] },
      ],
    }));
});
