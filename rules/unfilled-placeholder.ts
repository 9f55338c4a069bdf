import { defineRule } from '../src/engine/define-rule.js';
import { holdsAny } from '../src/text/charset.js';
import { matchAll } from '../src/text/matches.js';

const SLOT = 'Name|City|Date|Time|Title|Company|Link|URL|Address|Location|Venue|Number|Email|E-mail|Phone|Country|Product|Brand|Organi[sz]ation|Amount|Price|Event|Website';
// every alternative starts with a literal character (a lookbehind comes after it), so the regex
// engine skips to the next `[`, `<`, `{` or `%` instead of trying each position
const RE = new RegExp(
  [
    String.raw`\[(?:(?:Your|Insert|Enter|Add|First|Last|Full|Company|Event|Venue|Product|Brand|Contact|Client|Customer|Author|Recipient|Sender)\s+)?(?:[A-Z][a-z]+\s+){0,2}(?:${SLOT})\](?!\()`,
    String.raw`\[(?:insert|enter|add|your)\s[^\[\]\n]{1,40}\](?!\()`,
    String.raw`\[(?:TBD|TBA|TK|XX+)\]`,
    String.raw`<(?:insert|enter|your)\s[^<>\n]{1,40}>`,
    String.raw`\{\{\s*(?!(?:and|or|not|if|else|end)\s*\})[A-Za-z_][\w.]*\s*\}\}`,
    String.raw`\{(?<![\w$\\{]\{)(?:[a-z]+_[a-z_]+|name|first_name|last_name|username|user|email|date|time|city|country|company|title|count|number|link|url|price|amount|product)\}(?!\})`,
    String.raw`%(?<=(?:^|[\s(])%)[sd](?=[\s.,;:!?)]|$)`,
  ].join('|'),
  'gm',
);
const QUOTES_RE = /["'`]/g;
/** Words that show the text is about templates, where a slot is the topic. */
const ABOUT_TEMPLATES_RE = /\b(?:placeholders?|templates?|variables?|syntax|interpolat\w*|format strings?|printf|substitut\w*|mail merge)\b/i;

/** Whether `offset` is inside a quoted string on its line, as in code: "%s", '{name} was born'. */
function insideQuotedString(prose: string, offset: number): boolean {
  const lineStart = prose.lastIndexOf('\n', offset - 1) + 1;
  return (prose.slice(lineStart, offset).match(QUOTES_RE)?.length ?? 0) % 2 === 1;
}

export default defineRule({
  id: 'unfilled-placeholder',
  meta: {
    description: 'A template slot left in the published text, as in "[Venue Name]", "{name}" or "%s"',
    category: 'other',
    defaultSeverity: 'error',
    fixable: 'none',
    preset: 'recommended',
    messages: { slot: 'Unfilled placeholder "{{found}}": put the real value here.' },
  },
  docs: {
    why: 'Templates, translation memories and content tools leave slots such as "[Company Name]" or "{name}" when a value was never filled in; translation keeps them, and readers see the machinery.',
    valid: [
      'The meeting is at [the venue] on Monday.',
      'See [Venue Name](https://example.com/venue) for directions.',
      'In set notation, {x} is a set with one element.',
      'Prices rose 5% in May.',
      'The template replaces {name} with the customer\'s name.',
      'Use [sic] when quoting an error.',
      'Format it with "%s" or with \'{name} was born\'.format(name=x).',
      'Dates look like %Y-%m-%d here.',
    ],
    invalid: [
      { text: 'The concert was held at [Venue Name] on Monday.' },
      { text: 'Dear {name}, thank you for your order.' },
      { text: 'Welcome back, %s!' },
      { text: 'Contact us at [insert email address] today.' },
    ],
  },
  check(ctx) {
    // every slot starts with [, <, { or %
    if (!holdsAny(ctx.doc, '[<{%')) return;
    const { prose } = ctx.doc;
    for (const { m, start, end } of matchAll(RE, prose)) {
      if (ctx.doc.isMasked(start, end) || insideQuotedString(prose, start)) continue;
      if (ABOUT_TEMPLATES_RE.test(prose.slice(Math.max(0, start - 100), end + 60))) continue;
      ctx.report({ range: [start, end], messageId: 'slot', data: { found: m[0] } });
    }
  },
});
