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
        "The talks ended.\n..\n. .\nNext.",
      ],
      invalid: [
        { text: "The talks ended.\n\n.\n\nThe next round starts in May.", errors: [{ range: [18,19], messageId: 'stray', suggestion: "The talks ended.\n\nThe next round starts in May." }] },
        { text: "The talks ended.\n\n。", errors: [{ range: [18,19], messageId: 'stray', suggestion: "The talks ended." }] },
        {
          text: "The talks ended.\n,\n\n，\n- .\nNext.",
          errors: [
            { range: [17, 18], message: 'Line holding only ",": a leftover of a removed element.', suggestion: "The talks ended.\n\n，\n- .\nNext." },
            { range: [20, 21], message: 'Line holding only "，": a leftover of a removed element.' },
          ],
        },
      ],
    }));
});
