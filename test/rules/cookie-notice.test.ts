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
      ],
      invalid: [
        { text: "Talks ended in Geneva.\n\nThis website uses cookies to improve your experience. Accept Read More", errors: [{ range: [24,94], messageId: 'notice', suggestion: "Talks ended in Geneva." }] },
        { text: "Talks ended.\n\nThis site uses Akismet to reduce spam. Learn how your comment data is processed.", errors: [{ range: [14,94], messageId: 'notice', suggestion: "Talks ended." }] },
        { text: "Talks ended.\n\nPrivacy & Cookies Policy", errors: [{ range: [14,38], messageId: 'notice', suggestion: "Talks ended." }] },
        { text: "Talks ended.\n\nAbout us | Contact us | Privacy Policy", errors: [{ range: [14,52], messageId: 'footer', suggestion: "Talks ended." }] },
        { text: "Talks ended.\n\nCopyright 2023 Global Times", errors: [{ range: [14,41], messageId: 'footer', suggestion: "Talks ended." }] },
        { text: "Talks ended.\n\nImprint | Data protection", errors: [{ range: [14,39], messageId: 'footer', suggestion: "Talks ended." }] },
      ],
    }));
});
