import { describe, it } from 'vitest';
import rule from '../../rules/byline-chrome.js';
import { runRuleTests } from '../rule-tester.js';

describe('byline-chrome', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        "The law was passed by admin staff in the ministry.",
        "Please leave a comment if you disagree, she wrote.",
        "By Jane Smith, Reuters",
        "Print and email are still used by most offices.",
        "The talks ended.\n\nKeywords: every long paragraph in the middle of the text keeps its meaning, and the next one follows with more words than a tag list ever has.\n\nThe next round starts in May and will run for a week in Geneva, officials from both sides said on Monday evening.",
      ],
      invalid: [
        {
          // a chrome line after a bullet or a number counts; one inside quotes or brackets does not
          text: 'The talks ended.\n\n“Share this:”\n\n- Leave a Comment\n\n12 Comments\n\n...\n\n(Tags: China)',
          errors: [
            { range: [33, 50], message: 'Scraped comment prompt "Leave a Comment": page chrome, not part of the text.' },
            { range: [52, 63], message: 'Scraped comment prompt "12 Comments": page chrome, not part of the text.' },
          ],
        },
        { text: "by admin\n\nThe talks ended in Geneva on Monday.", errors: [{ range: [0,8], messageId: 'byline', suggestion: "The talks ended in Geneva on Monday." }] },
        { text: "Posted on May 3, 2023 by admin", errors: [{ range: [0,30], messageId: 'byline', suggestion: "" }] },
        { text: "Talks ended.\n\nLeave a Comment", errors: [{ range: [14,29], messageId: 'comments', suggestion: "Talks ended." }] },
        { text: "Talks ended.\n\nShare this:\nFacebook Twitter WhatsApp", errors: [{ range: [14,25], messageId: 'share', suggestion: "Talks ended.\n\nFacebook Twitter WhatsApp" }, { range: [26,51], messageId: 'share', suggestion: "Talks ended.\n\nShare this:" }] },
        { text: "Talks ended.\n\nTags: China, Russia, energy", errors: [{ range: [14,41], messageId: 'tags', suggestion: "Talks ended." }] },
        { text: "12 Comments", errors: [{ range: [0,11], messageId: 'comments', suggestion: "" }] },
        { text: "Talks ended.\n\nScan the QR code to follow us", errors: [{ range: [14,43], messageId: 'share', suggestion: "Talks ended." }] },
        { text: "2023-02-11 13:09:10 [Source: Xinhua] Font: [Large Medium Small] The meeting opened.", errors: [{ range: [37,63], messageId: 'share', suggestion: "2023-02-11 13:09:10 [Source: Xinhua] The meeting opened." }] },
      ],
    }));
});
