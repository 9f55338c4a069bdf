import { defineRule } from '../src/engine/define-rule.js';
import { holdsAny } from '../src/text/charset.js';
import { matchAll } from '../src/text/matches.js';

// %1$s with spaces inside, "% s", {$ name}, { 0 }
const RE = /%(?:[ \t]+\d+[ \t]*\$[ \t]*|\d+[ \t]+\$[ \t]*|\d+\$[ \t]+)[sd](?![\w'’])|(?<![\w%])%[ \t]+[sd](?![\w'’])|\{\$[ \t]+\w+[ \t]*\}|\{\$\w+[ \t]+\}|\{[ \t]+\d+[ \t]+\}/g;

export default defineRule({
  id: 'placeholder-mangled',
  meta: {
    description: 'Format placeholders with spaces inserted, as in "% 1 $ s" or "{$ name}"',
    category: 'other',
    defaultSeverity: 'error',
    fixable: 'suggest',
    preset: 'recommended',
    messages: { mangled: 'Placeholder "{{found}}" broken by spaces: it should read "{{fixed}}".' },
  },
  docs: {
    why: 'Translation systems treat the parts of a placeholder such as "%1$s" as words and put spaces between them, so the program that fills the string no longer finds its slot.',
    valid: ['Prices rose 5 % since May.', 'Use %1$s for the first argument.', 'The set { x } is empty.', 'Fill in {$name} later.'],
    invalid: [
      { text: '% 1 $ s moved to % 2 $ s' },
      { text: 'Downloaded ({$ partialSize} of {$ totalSize})' },
      { text: 'Hello, % s!' },
    ],
  },
  check(ctx) {
    // every mangled placeholder starts with % or {
    if (!holdsAny(ctx.doc, '%{')) return;
    const { prose } = ctx.doc;
    for (const { m, start, end } of matchAll(RE, prose)) {
      const fixed = m[0].replace(/[ \t]+/g, '');
      ctx.report({
        range: [start, end],
        messageId: 'mangled',
        data: { found: m[0], fixed },
        suggestions: [{ title: `Write "${fixed}"`, edits: [{ range: [start, end], text: fixed }] }],
      });
    }
  },
});
