import { describe, it } from 'vitest';
import rule from '../../rules/editor-credit.js';
import { runRuleTests } from '../rule-tester.js';

describe('editor-credit', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        "Reporter: Why did you leave the party?",
        "Editor: Thank you for coming.",
        "Reporters asked him about the plan.",
        "The editor in charge said the paper would not apologise.",
      ],
      invalid: [
        { text: "Talks ended.\n\nEditor in charge: Zhu Ying", errors: [{ range: [14,40], messageId: 'credit', suggestion: "Talks ended." }] },
        { text: "Responsible editor: Li Xufeng, Wang Jinxue", errors: [{ range: [0,42], messageId: 'credit', suggestion: "" }] },
        { text: "The talks ended. (Editor: Zhang Hongyu)", errors: [{ range: [17,39], messageId: 'credit', suggestion: "The talks ended." }] },
        { text: "Talks ended.\n\nReporter Kim Chul-soo kim@yna.co.kr", errors: [{ range: [14,49], messageId: 'credit', suggestion: "Talks ended." }] },
        { text: "Talks ended.\n\nAuthor: Cheng Xiaonong", errors: [{ range: [14,36], messageId: 'credit', suggestion: "Talks ended." }] },
        { text: "2023-02-11 [Editor: Li Xufeng] Font: [Large Medium Small]", errors: [{ range: [11,30], messageId: 'credit', suggestion: "2023-02-11 Font: [Large Medium Small]" }] },
      ],
    }));
});
