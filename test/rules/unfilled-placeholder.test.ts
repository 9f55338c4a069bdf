import { describe, it } from 'vitest';
import rule from '../../rules/unfilled-placeholder.js';
import { runRuleTests } from '../rule-tester.js';

describe('unfilled-placeholder', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        'The meeting is at [the venue] on Monday.',
        'See [Venue Name](https://example.com/venue) for directions.',
        'In set notation, {x} is a set with one element.',
        'Prices rose 5% in May.',
        'Use [sic] when quoting an error.',
        'Format it with "%s" or with \'{name} was born\'.format(name=x).',
        'Dates look like %Y-%m-%d here.',
        'Braces changed from \\{ and \\} to {{ and }} in the syntax.',
        { text: 'Call `format("{name}")` to fill it.', syntax: 'markdown' },
      ],
      invalid: [
        { text: 'The concert was held at [Venue Name] on Monday.', errors: [{ range: [24, 36], message: 'Unfilled placeholder "[Venue Name]": put the real value here.' }] },
        { text: 'Dear {name}, thank you.', errors: [{ range: [5, 11], messageId: 'slot' }] },
        { text: 'Welcome back, %s!', errors: [{ range: [14, 16] }] },
        { text: 'Contact us at [insert email address] today.', errors: [{ range: [14, 36] }] },
        { text: 'Hi {{first_name}}!', errors: [{ range: [3, 17] }] },
        { text: 'Signed on <insert date>.', errors: [{ range: [10, 23] }] },
        { text: 'Sent by [Your Company Name].', errors: [{ range: [8, 27] }] },
      ],
    }));
});
