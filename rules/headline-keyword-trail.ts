import { defineRule } from '../src/engine/define-rule.js';
import { chromeLines, deleteLine, linesWithMatch, short } from '../src/text/chrome-lines.js';

const BAR_RE = /[|｜_]/g;
const BAR_OR_UNDERSCORE_RE = /[|｜_]/g;
const SPACE_RE = /\s/;
const LINK_PROMPT_RE = /^(?:See also|Read also|Also read|Related|Recommended|Previous|Next|Read more|Home\b|Current location|You are here)/i;
const TAG_RE = /^["“'‘(]?[\p{Lu}\p{N}][\p{L}\p{N}'’&.\-]*(?:\s+[\p{L}\p{N}'’&.\-]+){0,4}["”'’)]?$/u;

export default defineRule({
  id: 'headline-keyword-trail',
  meta: {
    description: 'A headline followed by a trail of page tags or the site name, as in "Title | Tag | Tag | Tag"',
    category: 'boilerplate',
    defaultSeverity: 'warning',
    fixable: 'suggest',
    preset: 'recommended',
    messages: {
      trail: 'Headline with a scraped keyword trail "{{found}}": the tags are page chrome.',
      repeated: 'Repeated headline with a scraped keyword trail "{{found}}": page chrome.',
    },
  },
  docs: {
    why: 'A page\'s <title> often carries its tags or site name after vertical bars: "Title | Russia-China Relations | Putin". Scraped as a line of text it repeats the headline with keywords that are not part of the article.',
    valid: [
      'Use a | b when either input may be true.',
      'Name | Age | City',
      'The ratio was 3 | 4 in the table, a rare result.',
      'snake_case_names are common in Python code.',
      'Region of the country | High | Low\nNorth of the country | Warm | Cold',
    ],
    invalid: [
      { text: 'Russia and China implement a “back-to-back” strategy? | Russia-China Relations | Putin and Xi Jinping\n\nThe talks ended in Geneva on Monday.' },
      { text: 'Growth slows in the third quarter | Economy | China | Markets' },
    ],
  },
  check(ctx) {
    const lines = chromeLines(ctx.doc);
    const seen = new Set<string>();
    const barred = linesWithMatch(ctx.doc, BAR_RE);
    let firstLineOf: Map<string, number> | undefined;
    for (const line of lines) {
      const text = line.text;
      if (!barred.has(line.index) || !line.ownLine || line.words > 60 || LINK_PROMPT_RE.test(text)) continue;
      // a row of a plain-text table has rows above or below it
      const pipes = (t: string | undefined): number => t?.match(/[|｜]/g)?.length ?? 0;
      const prev = !line.afterBlank ? lines[line.index - 1]?.text : undefined;
      const next = lines[line.index + 1] && !lines[line.index + 1].afterBlank ? lines[line.index + 1].text : undefined;
      if (pipes(prev) >= 2 || pipes(next) >= 2) continue;
      const parts = splitAtSeparators(text).map((p) => p.trim());
      if (parts.length < 3) continue;
      const [headline, ...tags] = parts;
      // a headline has some words; tags are short, capitalised, without sentence punctuation
      if (headline.split(/\s+/).length < 4 || tags.some((t) => !TAG_RE.test(t) || /[,;]$/.test(t))) continue;
      const key = headline.toLowerCase();
      firstLineOf ??= firstLines(lines.map((o) => o.text.toLowerCase()));
      const earlier = (t: string): boolean => (firstLineOf!.get(t) ?? Infinity) < line.index;
      const repeated = seen.has(key) || earlier(key) || earlier(text.toLowerCase());
      seen.add(key);
      const found = short(text);
      const trailStart = line.textStart + headline.length;
      ctx.report({
        range: [line.start, line.end],
        messageId: repeated ? 'repeated' : 'trail',
        data: { found },
        suggestions: repeated ? deleteLine(ctx.doc, line, 'Delete the repeated headline') : [{ title: 'Delete the keyword trail', edits: [{ range: [trailStart, line.end], text: '' }] }],
      });
    }
  },
});

/** The index of the first line with each text. */
function firstLines(texts: string[]): Map<string, number> {
  const out = new Map<string, number>();
  texts.forEach((t, i) => {
    if (!out.has(t)) out.set(t, i);
  });
  return out;
}

/**
 * Splits a line at its separators: a bar with spaces on both sides, or a bar or underscore (with
 * any spaces around it) followed by more text. Each separator is found from its mark, and the
 * spaces around it are taken in one pass, so that a long run of spaces is not scanned again for
 * every space in it.
 */
function splitAtSeparators(text: string): string[] {
  const isSpace = (i: number): boolean => i < text.length && SPACE_RE.test(text[i]);
  const parts: string[] = [];
  let from = 0;
  let pos = 0;
  BAR_OR_UNDERSCORE_RE.lastIndex = 0;
  for (let m = BAR_OR_UNDERSCORE_RE.exec(text); m; m = BAR_OR_UNDERSCORE_RE.exec(text)) {
    const at = m.index;
    let start = at;
    while (start > pos && isSpace(start - 1)) start--;
    let end = at + 1;
    while (isSpace(end)) end++;
    const spacedBar = m[0] !== '_' && start < at && end > at + 1;
    if (!spacedBar && end === text.length) {
      pos = at + 1;
      continue;
    }
    parts.push(text.slice(from, start));
    from = pos = end;
    BAR_OR_UNDERSCORE_RE.lastIndex = end;
  }
  parts.push(text.slice(from));
  return parts;
}
