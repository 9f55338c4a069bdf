import { describe, it } from 'vitest';
import rule from '../../rules/source-line.js';
import { runRuleTests } from '../rule-tester.js';

describe('source-line', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        "The source: a leaked memo from the ministry.",
        "The end of the war came in 1945.",
        "The End",
        "Source: Bureau of Labor Statistics",
      ],
      invalid: [
        { text: "Talks ended.\n\n(End)", errors: [{ range: [14,19], messageId: 'end', suggestion: "Talks ended." }] },
        { text: "Original title: Russia and China are drifting apart\n\nThe talks ended.", errors: [{ range: [0,51], messageId: 'source', suggestion: "The talks ended." }] },
        { text: "Talks ended.\n\nSource: Xinhua News Agency", errors: [{ range: [14,40], messageId: 'source', suggestion: "Talks ended." }] },
        { text: "Talks ended.\n\nDisclaimer: this article represents only the author's views.", errors: [{ range: [14,74], messageId: 'source', suggestion: "Talks ended." }] },
        { text: "February 11, 2023 [Source: Xinhua News Agency]", errors: [{ range: [18,46], messageId: 'source', suggestion: "February 11, 2023" }] },
        { text: "Talks ended.\n\n-END-", errors: [{ range: [14,19], messageId: 'end', suggestion: "Talks ended." }] },
        { text: "Release time: 2023-02-11 10:30 Source: Xinhua News Agency\n\nThe talks ended.", errors: [{ range: [0,57], messageId: 'source', suggestion: "The talks ended." }] },
      ],
    }));
});
