import { describe, it } from 'vitest';
import rule from '../../rules/cookie-notice.js';
import { runRuleTests } from '../rule-tester.js';

describe('cookie-notice', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        "Regulators say many websites use cookies to track users across the web.",
        "She baked cookies for the whole street.",
        "Chocolate Chip Cookies\n\nMix the butter and the sugar.",
        "About Us\n\nWe are a small team.",
        // a README or licence file: its copyright line is no page chrome
        "Returns the number of items in the list. Throws a `TypeError` if the list is closed.\n\nCopyright © 2024 Example Corp. All rights reserved.",
        "Returns the number of items in the list.\n\nCopyright © 2024 Example Corp. Licensed under the MIT License.",
        "Returns the number of items in the list.\n\nMIT License © 2025-PRESENT Kevin Deng",
        "Talks ended.\n\nCopyright 2023 Global Times",
        "Permission is granted.\n\nTERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION\n\nEND OF TERMS AND CONDITIONS",
      ],
      invalid: [
        { text: "Talks ended in Geneva.\n\nThis website uses cookies to improve your experience. Accept Read More", errors: [{ range: [24,94], messageId: 'notice', suggestion: "Talks ended in Geneva." }] },
        { text: "Talks ended.\n\nThis site uses Akismet to reduce spam. Learn how your comment data is processed.", errors: [{ range: [14,94], messageId: 'notice', suggestion: "Talks ended." }] },
        { text: "Talks ended.\n\nPrivacy & Cookies Policy", errors: [{ range: [14,38], messageId: 'notice', suggestion: "Talks ended." }] },
        { text: "Talks ended.\n\nAbout us | Contact us | Privacy Policy", errors: [{ range: [14,52], messageId: 'footer', suggestion: "Talks ended." }] },
        { text: "Talks ended.\n\nCopyright 2023 Global Times. All rights reserved. Unauthorized reproduction is prohibited.", errors: [{ range: [14,104], messageId: 'notice', suggestion: "Talks ended." }] },
        {
          text: "Talks ended.\n\nAbout us | Contact us\n\nCopyright © 2023 Global Times. All rights reserved.",
          errors: [
            { range: [14,35], messageId: 'footer', suggestion: "Talks ended.\n\nCopyright © 2023 Global Times. All rights reserved." },
            { range: [37,88], message: 'Scraped page footer "Copyright © 2023 Global Times. All right…": page chrome, not part of the text.', suggestion: "Talks ended.\n\nAbout us | Contact us" },
          ],
        },
        { text: "Talks ended.\n\nThis site uses Akismet to reduce spam.\n\nCopyright 2023 Global Times", errors: [{ range: [14,52], messageId: 'notice' }, { range: [54,81], messageId: 'footer' }] },
        { text: "Talks ended.\n\nImprint | Data protection", errors: [{ range: [14,39], messageId: 'footer', suggestion: "Talks ended." }] },
      ],
    }));
});
