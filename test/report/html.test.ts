import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { lint } from '../../src/engine/lint.js';
import htmlReporter, { escapeHtml, fixPreview, highlightText, type Highlight } from '../../src/report/html.js';
import { scoreResults } from '../../src/report/score.js';
import type { FileResult, ReportContext } from '../../src/report/types.js';
import type { Diagnostic } from '../../src/types.js';

const seedPath = new URL('../fixtures/seed.txt', import.meta.url).pathname;
const seed = readFileSync(seedPath, 'utf8');
const ctx: ReportContext = { cwd: new URL('../..', import.meta.url).pathname, color: false, rules: builtinRules, version: '9.9.9' };

const hl = (start: number, end: number, index: number, ruleId = `r${index}`): Highlight => ({ range: [start, end], index, ruleId, classes: `k${index}` });
const open = (i: number, id = `r${i}`): string => `<mark id="m${i}" class="hl k${i}" data-i="${i}" data-rule-id="${id}">`;

/** A diagnostic as the engine makes it, for hand-made results. */
function diagnostic(over: Partial<Diagnostic> & Pick<Diagnostic, 'range'>): Diagnostic {
  return { ruleId: 'doubled-period', category: 'punctuation', severity: 'error', message: 'm', line: 1, column: over.range[0] + 1, endLine: 1, endColumn: over.range[1] + 1, ...over };
}

describe('highlightText', () => {
  it('wraps each range in one mark with its rule id', () => {
    expect(highlightText('in strategy. . Then', [hl(11, 14, 0, 'doubled-period')]).html).toBe(
      `<div class="para">in strategy${open(0, 'doubled-period')}. .</mark> Then</div>`,
    );
  });

  it('nests a range inside another', () => {
    expect(highlightText('abcdef', [hl(2, 4, 1), hl(0, 6, 0)]).html).toBe(`<div class="para">${open(0)}ab${open(1)}cd</mark>ef</mark></div>`);
  });

  it('gives two problems on the same range one element each', () => {
    const { html } = highlightText('abc', [hl(0, 3, 0), hl(0, 3, 1)]);
    expect(html).toBe(`<div class="para">${open(0)}${open(1)}abc</mark></mark></div>`);
  });

  it('continues a crossing range in a piece without data-rule-id', () => {
    const { html, continuations } = highlightText('abcdef', [hl(0, 4, 0), hl(2, 6, 1)]);
    expect(html).toBe(`<div class="para">${open(0)}ab${open(1)}cd</mark></mark><mark id="m1-1" class="hl k1 cont" data-i="1">ef</mark></div>`);
    expect([...continuations]).toEqual([[1, 1]]);
  });

  it('reopens every range still open above one that ends', () => {
    // [0,3) holds [1,5) which holds [2,7): closing [0,3) reopens both
    const { html, continuations } = highlightText('abcdefgh', [hl(0, 3, 0), hl(1, 5, 1), hl(2, 7, 2)]);
    expect(html).toBe(
      `<div class="para">${open(0)}a${open(1)}b${open(2)}c</mark></mark></mark>` +
        '<mark id="m1-1" class="hl k1 cont" data-i="1"><mark id="m2-1" class="hl k2 cont" data-i="2">de</mark></mark>' +
        '<mark id="m2-2" class="hl k2 cont" data-i="2">fg</mark>h</div>',
    );
    expect([...continuations]).toEqual([[1, 1], [2, 2]]);
    expect(html.match(/data-rule-id=/g)).toHaveLength(3);
  });

  it('shows an empty range as an empty mark', () => {
    expect(highlightText('ab', [hl(1, 1, 0), hl(0, 2, 1)]).html).toBe(
      `<div class="para">${open(1)}a<mark id="m0" class="hl k0 empty" data-i="0" data-rule-id="r0"></mark>b</mark></div>`,
    );
  });

  it('escapes the text and the rule id, and shows control characters as pictures', () => {
    const { html } = highlightText('<b>&"\'\u0000\u0007', [hl(0, 3, 0, 'x"><script>')]);
    expect(html).toBe(
      '<div class="para"><mark id="m0" class="hl k0" data-i="0" data-rule-id="x&quot;&gt;&lt;script&gt;">&lt;b&gt;</mark>&amp;&quot;&#39;\u2400\u2407</div>',
    );
  });

  it('never cuts a surrogate pair, and clamps ranges to the text', () => {
    expect(highlightText('a😀b', [hl(1, 2, 0)]).html).toBe(`<div class="para">a${open(0)}😀</mark>b</div>`);
    expect(highlightText('a😀b', [hl(2, 4, 0)]).html).toBe(`<div class="para">a😀${open(0)}b</mark></div>`);
    expect(highlightText('ab', [hl(1, 9, 0), hl(-3, 0, 1)]).html).toBe(
      `<div class="para"><mark id="m1" class="hl k1 empty" data-i="1" data-rule-id="r1"></mark>a${open(0)}b</mark></div>`,
    );
  });

  it('cuts long text into blocks at blank lines, but never inside a mark', () => {
    const para = 'word '.repeat(500).trim();
    const text = `${para}\n\n${para}\n\n${para}`;
    const gapEnd = para.length + 2;
    expect(highlightText(text, []).html.match(/<div class="para">/g)).toHaveLength(3);
    const { html } = highlightText(text, [hl(gapEnd - 4, gapEnd + 4, 0)]);
    expect(html.match(/<div class="para">/g)).toHaveLength(2);
    expect(html).toContain(`${open(0)}rd\n\nword</mark>`);
    expect(html.indexOf('</div><div class="para">')).toBeGreaterThan(html.indexOf('</mark>'));
  });
});

describe('fixPreview', () => {
  const fix = (edits: Array<[number, number, string]>, applicability: 'safe' | 'suggest' = 'safe') => ({
    title: 't',
    applicability,
    edits: edits.map(([s, e, text]) => ({ range: [s, e] as [number, number], text })),
  });

  it('shows removed text in del and inserted text in ins, with some context', () => {
    expect(fixPreview('It ended. . Then it went on and on and on and on.', fix([[9, 11, '']]))).toEqual({
      before: 'It ended.<del> .</del> Then it went on and on …',
      after: 'It ended. Then it went on and on …',
    });
    expect(fixPreview('x，y', fix([[1, 2, ', ']]))).toEqual({ before: 'x<del>，</del>y', after: 'x<ins>, </ins>y' });
  });

  it('stops the context at line breaks and shows removed line breaks', () => {
    expect(fixPreview('A long first line here.\nSee also  Headline\nNext line', fix([[24, 43, '']], 'suggest'))).toEqual({
      before: '…<del>See also  Headline↵</del>Next line',
      after: '…Next line',
    });
  });

  it('shows every edit of a fix in order, escaped', () => {
    expect(fixPreview('say <b> and “q”', fix([[14, 15, '"'], [12, 13, '"']]))).toEqual({
      before: 'say &lt;b&gt; and <del>“</del>q<del>”</del>',
      after: 'say &lt;b&gt; and <ins>&quot;</ins>q<ins>&quot;</ins>',
    });
  });

  it('shortens a long removed span in the middle', () => {
    const long = 'x'.repeat(200);
    const { before } = fixPreview(long, fix([[0, 200, '']]));
    expect(before).toBe(`<del>${'x'.repeat(39)}…${'x'.repeat(39)}</del>`);
  });
});

describe('escapeHtml', () => {
  it('escapes markup characters and replaces control characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>\u0000\u001b\u007f\t\n`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;\u2400\u241b\u2421\t\n');
  });
});

describe('htmlReporter', () => {
  const diagnostics = lint(seed, { config: { extends: ['mtlint:all'] } });
  const results: FileResult[] = [{ filePath: seedPath, source: seed, diagnostics }];
  const page = htmlReporter(results, ctx);

  it('has one data-rule-id element and one list entry per diagnostic on the seed', () => {
    expect(diagnostics.length).toBeGreaterThanOrEqual(3);
    expect(page.match(/data-rule-id="/g)).toHaveLength(diagnostics.length);
    const ids = [...page.matchAll(/<mark id="m(\d+)"[^>]*data-rule-id="([^"]*)"/g)].map((m) => [Number(m[1]), m[2]]).sort((a, b) => (a[0] as number) - (b[0] as number));
    expect(ids).toEqual(diagnostics.map((d, i) => [i, d.ruleId]));
    expect(page.match(/<li id="l\d+" class="it /g)).toHaveLength(diagnostics.length);
  });

  it('shows each fix of the seed as a before/after pair', () => {
    expect(page).toContain('<div class="t">fix: <b>Remove the extra period</b></div><code class="b">…st in military strategy.<del> .</del>…</code><code class="a">…st in military strategy.…</code>');
    expect(page).toContain('<div class="t">fix: <b>Keep &quot;.&quot;</b></div><code class="b">… of no less than 300,000<del>. ,</del> The total population ex…</code><code class="a">… of no less than 300,000<ins>.</ins> The total population ex…</code>');
  });

  it('shows counts and the quality score, overall and per file', () => {
    const score = scoreResults(results).total.score.toFixed(2);
    expect(page.match(new RegExp(`quality <b>${score.replace('.', '\\.')}</b>/100`, 'g'))).toHaveLength(2);
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    expect(page).toContain(`<span class="n s0">${errors} error${errors === 1 ? '' : 's'}</span>`);
    expect(page).toContain('<h2>test/fixtures/seed.txt</h2>');
  });

  it('loads nothing from elsewhere', () => {
    expect(page).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
    expect(page).not.toMatch(/<link\b|\bsrc=|@import|url\(|https?:\/\//i);
  });

  it('escapes file names, messages, fix titles and the text', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const source = `a ${evil} b. . </script>`;
    const out = htmlReporter(
      [
        {
          filePath: `/elsewhere/${evil}.txt`,
          source,
          diagnostics: [
            diagnostic({ range: [2, 30], ruleId: 'house/x', message: `Bad ${evil}`, suggestions: [{ title: evil, applicability: 'suggest', edits: [{ range: [2, 30], text: '</script>' }] }] }),
          ],
        },
      ],
      ctx,
    );
    expect(out).not.toContain('<img');
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(out.match(/<\/script>/g)).toHaveLength(2); // the data block and the script
    expect(out).toContain('<ins>&lt;/script&gt;</ins>');
  });

  it('numbers problems across files and makes a page for no files at all', () => {
    const two = htmlReporter(
      [
        { filePath: '/a.txt', source: 'x. .', diagnostics: [diagnostic({ range: [1, 4] })] },
        { filePath: '/b.txt', source: 'y, , z. .', diagnostics: [diagnostic({ range: [1, 4], ruleId: 'doubled-comma' }), diagnostic({ range: [6, 9] })] },
        { filePath: '/c.txt', source: '', diagnostics: [] },
      ],
      { ...ctx, cwd: '/' },
    );
    expect([...two.matchAll(/<mark id="(m\d+)"/g)].map((m) => m[1])).toEqual(['m0', 'm1', 'm2']);
    expect(two).toContain('<details class="file" id="f2"><summary><h2>c.txt</h2>');
    expect(two).toContain('"items":[[0,0,1,0],[0,0,0,0],[0,0,1,0]]');
    const none = htmlReporter([], ctx);
    expect(none).toContain('No files were linted.');
    expect(none).toContain('<title>mtlint report: 0 problems in 0 files</title>');
  });
});
