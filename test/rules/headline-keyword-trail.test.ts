import { describe, it } from 'vitest';
import rule from '../../rules/headline-keyword-trail.js';
import { runRuleTests } from '../rule-tester.js';

describe('headline-keyword-trail', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        "Use a | b when either input may be true.",
        "Name | Age | City",
        "snake_case_names are common in Python code.",
        "Region of the country | High | Low\nNorth of the country | Warm | Cold",
        "Growth slows | and then: it stops, as a rule, | in winter",
      ],
      invalid: [
        { text: "Russia and China implement a “back-to-back” strategy? | Russia-China Relations | Putin and Xi Jinping\n\nThe talks ended in Geneva on Monday.", errors: [{ range: [0,101], messageId: 'trail', suggestion: "Russia and China implement a “back-to-back” strategy?\n\nThe talks ended in Geneva on Monday." }] },
        { text: "Growth slows in the third quarter | Economy | China | Markets", errors: [{ range: [0,61], messageId: 'trail', suggestion: "Growth slows in the third quarter" }] },
        { text: "Growth slows in the third quarter | Economy | China\n\nGrowth slows in the third quarter | Economy | China", errors: [{ range: [0,51], messageId: 'trail', suggestion: "Growth slows in the third quarter\n\nGrowth slows in the third quarter | Economy | China" }, { range: [53,104], messageId: 'repeated', suggestion: "Growth slows in the third quarter | Economy | China" }] },
      ],
    }));
});
