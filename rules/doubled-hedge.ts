import { defineRule } from '../src/engine/define-rule.js';

const SUPERLATIVE = String.raw`(?:most\s+[a-z]+|least\s+[a-z]+|best|worst|biggest|largest|greatest|highest|lowest|oldest|newest|strongest|richest|poorest|fastest|longest|smallest|leading|top)`;
/** 最…之一 rendered twice: "the largest (one of)", "the largest one of", "one of the ... one of". */
const RE = new RegExp(
  String.raw`\b(?:[Tt]he|[Ii]ts|[Tt]heir|China's|[Tt]he world's)\s+${SUPERLATIVE}\s+(?:[a-z]+\s+){0,3}\(\s*one of(?: the)?\s*\)|\b[Tt]he\s+${SUPERLATIVE}\s+one\s+of\s+(?!(?:the\s+)?(?:them|all|us|you|these|those|both|two|three|four|five|six|seven|eight|nine|ten|several|many|few|its|his|her|our|my|your|their)\b)(?:the\s+)?[A-Za-z]+|\b[Oo]ne\s+of\s+the\s+${SUPERLATIVE}(?:\s+[\w-]+){1,4}\s+(?:in\s+the\s+world\s+)?one\s+of\b`,
  'g',
);

export default defineRule({
  id: 'doubled-hedge',
  meta: {
    description: 'A superlative hedged twice, from 最…之一: "the largest (one of)", "the largest one of the partners"',
    category: 'calque',
    defaultSeverity: 'warning',
    fixable: 'none',
    preset: 'all',
    messages: {
      doubled: '"{{match}}" renders 最…之一 twice: write "one of the {{superlative}} ...".',
    },
  },
  docs: {
    why: 'Chinese marks "one of the largest" with 最 (most) and a trailing 之一 (one of). MT sometimes keeps both as a superlative plus a separate "one of", in brackets or after it.',
    valid: [
      'China is one of the largest trading partners of Germany.',
      'He ate the biggest one of them all.',
      'It is the largest one of the three.',
      'The oldest one of its kind.',
    ],
    invalid: [
      { text: 'China is the largest (one of) trading partner of Germany.' },
      { text: 'China is the largest one of Germany’s trading partners.' },
    ],
  },
  check(ctx) {
    const prose = ctx.doc.prose;
    RE.lastIndex = 0;
    for (let m = RE.exec(prose); m; m = RE.exec(prose)) {
      const superlative = new RegExp(SUPERLATIVE).exec(m[0])?.[0] ?? 'largest';
      ctx.report({ range: [m.index, m.index + m[0].length], messageId: 'doubled', data: { match: m[0], superlative } });
    }
  },
});
