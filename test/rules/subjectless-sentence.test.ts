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
        // API reference, captions and licences: no subject to carry over
        'Returns the number of items in the list. Throws a `TypeError` if the list is closed.',
        'Returns the number of items in the list. Throws an error if the list is closed.',
        'Returns `true` if the path matches any expression in the set.\nAccepts both a `Matcher` instance and a `MatcherView`.',
        'Adds given property to the source map. Throws an error if property already exists.',
        'Copyright © 2024 Example Corp. Licensed under the MIT License.',
        'Copyright © 2024 Example Corp.\n\nLicensed under the Apache License, Version 2.0 (the "License").',
        'The package has no dependencies. Distributed under the Apache License.',
        'The parser is small. Made with care in Berlin by a team of two.',
        'The tests pass on Linux. Measured on an Apple M1 Pro with Node.js 24.',
        'The parser reads the file. Writes to different files are still executed in parallel.',
        'Parser options.\n\nConverts the text to a tree.',
        { text: '# parse(text)\n\nConverts the text to a tree.', syntax: 'markdown' },
        'Same as `s.replace`, but replaces all matches. If the pattern is a regex, it must have the global flag. Matches the behavior of the builtin method.',
        { text: 'Fixed a crash in the parser.\n\nAdded support for the new syntax in tables.', syntax: 'markdown' },
        'Refers to the proportion of people who agree that most people can be trusted.',
        'Fixed a crash in the parser. Also added support for tables.',
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
        {
          // MQM zh-en: the subject of the paragraph before is carried over
          text: 'This is the mutual trust index.\n\nRefers to the proportion of people who agree that most people can be trusted.',
          errors: [{ range: [33, 39], message: 'No subject before "refers": the source language dropped it and the translation did not restore it; add one ("It refers", "The ministry refers").' }],
        },
        { text: 'But it goes a step further. Basically embeds the logic gates directly into the parts.', errors: [{ range: [28, 44], messageId: 'missing' }] },
        { text: 'But the contrast looks like this. Stands out from the background.', errors: [{ range: [34, 40], messageId: 'missing' }] },
        // a segment linted alone: the opening adverb is the evidence
        { text: 'Basically embeds the logic gates directly into the parts.', errors: [{ range: [0, 16], messageId: 'missing' }] },
        // a past form keeps being reported in a file with code; captions only before a preposition
        { text: 'The minister met `Reuters`. Made a speech about the plan after the meeting.', errors: [{ range: [28, 32], messageId: 'missing' }] },
      ],
    }));
});
