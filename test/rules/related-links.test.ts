import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fix } from '../../src/engine/fix.js';
import { lint } from '../../src/engine/lint.js';
import rule from '../../rules/related-links.js';
import { runRuleTests } from '../rule-tester.js';

describe('related-links', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        "See also chapter 3 of the report.",
        "For details, see also the appendix, which lists every source.",
        "Next, the committee voted on the budget.",
        "See also Smith (2004)",
        "Read more books, she said, and the children nodded.",
        "Related: the two cases are linked.",
      ],
      invalid: [
        {
          // a link line after a bullet or a number counts; one inside quotes does not
          text: 'The talks ended.\n\n“See also: Experts on Tax”\n\n- Related reading: Why the yuan fell\n\n...\n\n1. Read more: The yuan fell',
          errors: [
            { range: [46, 82], message: 'Scraped related-link line "Related reading: Why the yuan fell": page navigation, not part of the text.' },
            { range: [89, 116], messageId: 'link' },
          ],
        },
        { text: "Talks ended.\n\nSee also  Experts on the Real Estate Tax | Chinese Economy\n\nThe next round starts in May.", errors: [{ range: [14,72], messageId: 'link', suggestion: "Talks ended.\n\nThe next round starts in May." }] },
        { text: "Related reading: Why the yuan fell in March", errors: [{ range: [0,43], messageId: 'link', suggestion: "" }] },
        { text: "Talks ended.\n\nYou may also like\nWhy the yuan fell in March\nHow rates rise\n\nLeave a Comment", errors: [{ range: [14,31], messageId: 'widget', suggestion: "Talks ended.\n\nWhy the yuan fell in March\nHow rates rise\n\nLeave a Comment" }, { range: [32,58], messageId: 'listed', suggestion: "Talks ended.\n\nYou may also like\nHow rates rise\n\nLeave a Comment" }, { range: [59,73], messageId: 'listed', suggestion: "Talks ended.\n\nYou may also like\nWhy the yuan fell in March\n\nLeave a Comment" }] },
        { text: "Next: Beijing raises rates again\nPrevious: Talks stall", errors: [{ range: [0,32], messageId: 'link', suggestion: "Previous: Talks stall" }, { range: [33,54], messageId: 'link', suggestion: "Next: Beijing raises rates again" }] },
        { text: "Talks ended.\n\nSee also: Russia closes its ports? | Ukraine", errors: [{ range: [14,58], messageId: 'link', suggestion: "Talks ended." }] },
        { text: "Talks ended.\n\nBack to top", errors: [{ range: [14,25], messageId: 'widget', suggestion: "Talks ended." }] },
        { text: "Talks ended.\n\nRead also: Moscow closes the ports", errors: [{ range: [14,48], messageId: 'link', suggestion: "Talks ended." }] },
        { text: "You may be interested in: Why the ruble fell", errors: [{ range: [0,44], messageId: 'link', suggestion: "" }] },
      ],
    }));
});

const BOILERPLATE_RULES = [
  'breadcrumb', 'byline-chrome', 'cookie-notice', 'editor-credit', 'headline-keyword-trail',
  'pipeline-leftover', 'related-links', 'repeated-title', 'source-line', 'stray-dot-line', 'view-counter',
];

describe('page chrome in the seed article', () => {
  const seed = readFileSync(new URL('../fixtures/seed.txt', import.meta.url), 'utf8');
  const chromeConfig = { extends: [], rules: Object.fromEntries(BOILERPLATE_RULES.map((id) => [id, 'error' as const])) };
  const lintChrome = (text: string) => lint(text, { config: chromeConfig });

  it('reports exactly the scraped lines, each with a suggestion that deletes it', () => {
    const found = lintChrome(seed);
    expect(found.map((d) => [d.line, d.ruleId])).toEqual([
      [1, 'breadcrumb'],
      [3, 'headline-keyword-trail'],
      [5, 'byline-chrome'],
      [25, 'related-links'],
      [43, 'related-links'],
      [59, 'related-links'],
      [77, 'editor-credit'],
      [79, 'stray-dot-line'],
      [81, 'related-links'],
      [83, 'byline-chrome'],
      [85, 'cookie-notice'],
      [87, 'cookie-notice'],
      [89, 'cookie-notice'],
    ]);
    for (const d of found) {
      expect(d.fix).toBeUndefined();
      expect(d.suggestions).toHaveLength(1);
      expect(d.range).toEqual([d.range[0], d.range[0] + seed.slice(d.range[0]).split('\n')[0].length]);
    }
  });

  it('leaves an article without chrome once every suggestion is applied', () => {
    const result = fix(seed, { config: chromeConfig, fixType: 'suggestion' });
    expect(result.converged).toBe(true);
    expect(result.output.startsWith('Cheng Xiaonong: Russia and China implement a “back-to-back” strategy?\n\n[Epoch Times')).toBe(true);
    expect(result.output.endsWith('too many problems under the table.”\n\nThe Epoch Times')).toBe(true);
    expect(result.output).not.toMatch(/See also|by admin|cookies|Akismet|Editor in charge|\n\.\n/);
    // twelve lines go; the headline loses its keyword trail but stays
    expect(result.output.split('\n\n').length).toBe(seed.split('\n\n').length - 12);
    expect(lintChrome(result.output)).toEqual([]);
  });

  it('is silent on clean English', () => {
    for (const name of ['news-en.txt', 'ted-en.txt']) {
      const file = new URL(`../../../shared/bench/clean/${name}`, import.meta.url);
      if (!existsSync(file)) continue;
      expect(lintChrome(readFileSync(file, 'utf8')).map((d) => d.message)).toEqual([]);
    }
  });
});

describe('page chrome in HTML', () => {
  const page = [
    '<nav><a href="/">Home</a> » <a href="/news">News</a> » World</nav>',
    '<p>by admin</p>',
    '<p>The talks ended in Geneva on Monday after three days of meetings between the two delegations, officials said.</p>',
    '<p>Editor in charge: Zhu Ying</p>',
  ].join('\n');
  const config = { extends: [], rules: { breadcrumb: 'error' as const, 'byline-chrome': 'error' as const, 'editor-credit': 'error' as const } };

  it('deletes only text, never markup, and offers nothing when markup runs through the line', () => {
    const found = lint(page, { syntax: 'html', config });
    expect(found.map((d) => [d.ruleId, page.slice(d.range[0], d.range[1]), d.suggestions?.length ?? 0])).toEqual([
      ['breadcrumb', 'Home</a> » <a href="/news">News</a> » World', 0],
      ['byline-chrome', 'by admin', 1],
      ['editor-credit', 'Editor in charge: Zhu Ying', 1],
    ]);
    expect(fix(page, { syntax: 'html', config, fixType: 'suggestion' }).output).toBe(page.replace('by admin', '').replace('Editor in charge: Zhu Ying', ''));
  });
});
