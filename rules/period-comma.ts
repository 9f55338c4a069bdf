import { defineRule } from '../src/engine/define-rule.js';
import { matchAll } from '../src/text/matches.js';

const RE = /\.[ \t\u00A0]*,|,[ \t\u00A0]*\.(?![.\d])/g;

export default defineRule({
  id: 'period-comma',
  meta: {
    description: 'A full stop colliding with a comma, as in "300,000. , The total"',
    category: 'punctuation',
    defaultSeverity: 'error',
    fixable: 'safe',
    preset: 'recommended',
    messages: { collision: 'Period and comma collide in "{{found}}": keep one.' },
  },
  docs: {
    why: 'When a translation system joins two segments it can leave the first one\'s full stop and the second one\'s comma side by side. Keep the period before a capitalised word, the comma otherwise.',
    valid: [
      'Bring fruit, e.g., apples and pears.',
      'Apple Inc., the maker, said so.',
      'It cost 1,000.50 dollars.',
      'He said so, etc., and left.',
      'The U.S., Canada and Mexico agreed.',
      'Boards of 8 ft., 12 ft. and 16 ft. lengths.',
    ],
    invalid: [
      { text: 'no less than 300,000. , The total population', output: 'no less than 300,000. The total population' },
      { text: 'the budget was cut, . The agency', output: 'the budget was cut. The agency' },
      { text: 'the plan., which failed', output: 'the plan, which failed' },
    ],
  },
  check(ctx) {
    const { prose, doc } = { prose: ctx.doc.prose, doc: ctx.doc };
    for (const { m, start, end } of matchAll(RE, prose)) {
      // "e.g.," "Inc.," "U.S.,": an abbreviation followed by a comma is right
      if (m[0] === '.,' && doc.isMasked(start, start + 1)) continue;
      if (m[0][0] === '.' && doc.isMasked(start, start + 1) && !/\s/.test(m[0])) continue;
      // the last period of an ellipsis (". . . ," or "...,") before a comma is not a sentence end,
      // nor is the first period of one after a comma (", . . .")
      if (m[0][0] === '.' && /\.[ \u00A0]?$/.test(prose.slice(Math.max(0, start - 2), start))) continue;
      if (m[0][0] === ',' && /^[ \u00A0]?\./.test(prose.slice(end, end + 2))) continue;
      const next = /^\s*(\S)/.exec(prose.slice(end, end + 20))?.[1] ?? '';
      const keep = next === '' || /\p{Lu}/u.test(next) ? '.' : ',';
      ctx.report({
        range: [start, end],
        messageId: 'collision',
        data: { found: m[0] },
        fix: { title: `Keep "${keep}"`, edits: [{ range: [start, end], text: keep }] },
      });
    }
  },
});
