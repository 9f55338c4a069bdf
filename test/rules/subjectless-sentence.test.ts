import { describe, it } from 'vitest';
import rule from '../../rules/subjectless-sentence.js';
import { runRuleTests } from '../rule-tester.js';

describe('subjectless-sentence', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        'Germany has ignored the United States. It stubbornly insisted on importing gas from Russia.',
        'Take the second road on the left after the bridge.',
        'Founded in 1998, the company grew quickly in Asia.',
        'Asked whether he agreed, Putin said no to the reporters.',
        'Blacklisted companies have difficulty accessing U.S. markets.',
        'Spurs signed the right-back from Sporting on deadline day.',
        'Flies fly in and pollinate the flower every spring.',
        'Turns out the whole thing was a misunderstanding after all.',
        'Reported by the Xinhua News Agency from Beijing.',
        '1. Increased the budget for rural schools by ten percent.',
        '"Stopped at the border for hours," she said of the trip.',
        'Has anyone seen the report from the ministry yet?',
        'Got it.',
        'Stubbornly insisted on importing gas',
      ],
      invalid: [
        {
          text: 'Germany has ignored the United States. Stubbornly insisted on importing gas from Russia.',
          errors: [{ range: [39, 58], message: 'No subject before "insisted": the source language dropped it and the translation did not restore it; add one ("It insisted", "The ministry insisted").' }],
        },
        { text: 'The minister spoke. Also pointed out that the plan had failed.', errors: [{ range: [20, 32], messageId: 'missing' }] },
        { text: 'The minister spoke. Also points out that the plan had failed.', errors: [{ range: [20, 31], messageId: 'missing' }] },
        { text: 'He arrived late. And then said that nothing had changed at all.', errors: [{ range: [17, 30], messageId: 'missing' }] },
        { text: 'The court met on Monday. Has repeatedly refused to hear the case since May.', errors: [{ range: [25, 28], messageId: 'missing' }] },
        { text: 'He was caught in March. Was sentenced to eight years in prison for treason.', errors: [{ range: [24, 27], messageId: 'missing' }] },
      ],
    }));
});
