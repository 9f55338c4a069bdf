import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/engine/lint.js';
import type { Diagnostic } from '../src/types.js';

/**
 * Clean, well-edited English (written for mtlint) must give no findings with the recommended
 * preset: every rule in it has to stay silent on abbreviations, initials, decimals, times,
 * ellipses, quotations, URLs, e-mail addresses, lists, headings and code.
 */
const markdown = readFileSync(new URL('./fixtures/clean-en.md', import.meta.url), 'utf8');

/** The fixture as plain text: fenced code blocks removed, inline code replaced by a word. */
const plain = markdown.replace(/^```[^\n]*\n[\s\S]*?^```[ \t]*\n/gm, '').replace(/`[^`\n]+`/g, 'code');

const recommended = { extends: ['mtlint:recommended'] };
const show = (text: string, found: Diagnostic[]) =>
  found.map((d) => `${d.ruleId} ${d.line}:${d.column} ${d.message} «${text.slice(Math.max(0, d.range[0] - 20), d.range[1] + 20)}»`);

describe('clean English fixture', () => {
  it('is large and varied enough to stand for clean English', () => {
    expect(Buffer.byteLength(markdown)).toBeGreaterThanOrEqual(30 * 1024);
    const features: Array<[string, RegExp]> = [
      ['abbreviations', /U\.S\. .*e\.g\.,.*i\.e\.,/s],
      ['titles and company suffixes', /Mr\. .*Dr\. .*Inc\./s],
      ['times', /\b\d{1,2}:\d\d [ap]\.m\./],
      ['initials', /\bJ\. K\. [A-Z]/],
      ['decimals', /\b\d+\.\d+\b/],
      ['three ellipses', /\w\.\.\. .*….* \. \. \. /s],
      ['curly quotations with nested single quotes', /“[^”]*‘[^’]*’[^”]*”/],
      ['straight quotations with nested single quotes', /"[^"\n]*'[^'\n]*'[^"\n]*"/],
      ['a multi-paragraph quotation', /\n\n“[^”\n]*\n\n“/],
      ['URLs and e-mail addresses', /https:\/\/\S+.*\b[\w.]+@[\w.-]+\.org/s],
      ['headings', /^#{1,3} \w/m],
      ['bulleted and numbered lists', /^- \w[^]*^1\. \w/m],
      ['a table', /^\|---\|/m],
      ['fenced code with garble inside', /```text\n[^`]*strategy\. \.[^`]*```/],
      ['inline code with garble inside', /`[^`\n]*2021\]Russia[^`\n]*`/],
    ];
    for (const [name, re] of features) expect(re.test(markdown), name).toBe(true);
    expect(plain).not.toContain('```');
    expect(plain).not.toContain('2021]Russia');
  });

  it('gives no findings as Markdown', () => {
    const found = lint(markdown, { config: recommended, syntax: 'markdown' });
    expect(show(markdown, found)).toEqual([]);
  });

  it('gives no findings as plain text with the code taken out', () => {
    const found = lint(plain, { config: recommended, syntax: 'text' });
    expect(show(plain, found)).toEqual([]);
  });

  it('would show garble if the code were linted as prose', () => {
    const unmasked = markdown.replace(/^```[^\n]*\n/gm, '\n').replace(/`/g, '');
    const found = lint(unmasked, { config: recommended, syntax: 'text' });
    const rules = new Set(found.map((d) => d.ruleId));
    for (const id of ['doubled-period', 'period-comma', 'stray-quote', 'cjk-punctuation', 'repeated-word']) expect(rules, id).toContain(id);
  });
});
