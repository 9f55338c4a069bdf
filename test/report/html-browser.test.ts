import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { lint } from '../../src/engine/lint.js';
import htmlReporter, { CATEGORY_COLOURS } from '../../src/report/html.js';
import type { FileResult, ReportContext } from '../../src/report/types.js';
import { CATEGORIES, type Diagnostic } from '../../src/types.js';

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const seedPath = new URL('../fixtures/seed.txt', import.meta.url).pathname;
const seed = readFileSync(seedPath, 'utf8');
const ctx: ReportContext = { cwd: new URL('../..', import.meta.url).pathname, color: false, rules: builtinRules, version: '0.0.0-test' };

let browser: Browser;
let dir: string;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  dir = mkdtempSync(join(tmpdir(), 'mtlint-html-'));
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Writes the report of `results` to a file and opens it; records console errors and any request for something else. */
async function openReport(name: string, results: FileResult[]): Promise<{ page: Page; problems: string[]; loadMs: number }> {
  const file = join(dir, `${name}.html`);
  writeFileSync(file, htmlReporter(results, ctx));
  const url = pathToFileURL(file).href;
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    if (r.url() !== url) problems.push(`request: ${r.url()}`);
  });
  const started = performance.now();
  await page.goto(url, { waitUntil: 'load' });
  return { page, problems, loadMs: performance.now() - started };
}

/** Index of the selected problem, checked to agree between the list and the text. */
async function selected(page: Page): Promise<number | null> {
  return page.evaluate(() => {
    const li = document.querySelectorAll('#list li.sel');
    const marks = document.querySelectorAll('mark.sel[data-rule-id]');
    if (li.length === 0 && marks.length === 0) return null;
    if (li.length !== 1 || marks.length !== 1) throw new Error(`${li.length} list entries and ${marks.length} marks selected`);
    const i = Number((li[0] as HTMLElement).dataset.i);
    if (marks[0].id !== `m${i}`) throw new Error(`list selects ${i}, text selects ${marks[0].id}`);
    return i;
  });
}

/** Whether mark `m<i>` is inside the visible part of the text pane. */
const inView = (page: Page, i: number): Promise<boolean> =>
  page.evaluate((i) => {
    const r = document.getElementById(`m${i}`)!.getBoundingClientRect();
    const main = document.getElementById('main')!.getBoundingClientRect();
    return r.top >= main.top && r.bottom <= main.bottom;
  }, i);

/** Indexes of list entries shown, and of marks still highlighted (not transparent). */
const shown = (page: Page): Promise<{ list: number[]; marks: number[] }> =>
  page.evaluate(() => ({
    list: [...document.querySelectorAll<HTMLElement>('#list li.it')].filter((li) => getComputedStyle(li).display !== 'none').map((li) => Number(li.dataset.i)),
    marks: [...document.querySelectorAll<HTMLElement>('mark[data-rule-id]')]
      .filter((m) => getComputedStyle(m).backgroundColor !== 'rgba(0, 0, 0, 0)')
      .map((m) => Number(m.dataset.i)),
  }));

const indexes = (ds: Diagnostic[], pred: (d: Diagnostic) => boolean): number[] => ds.flatMap((d, i) => (pred(d) ? [i] : []));
const hex = (rgb: string): string => '#' + (rgb.match(/\d+/g) ?? []).slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join('');

describe('the HTML report of the seed in Chromium', () => {
  const diagnostics = lint(seed, { config: { extends: ['mtlint:all'] } });
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    ({ page, problems } = await openReport('seed', [{ filePath: seedPath, source: seed, diagnostics }]));
  }, 60_000);

  it('loads without console errors and requests nothing', async () => {
    await page.screenshot({ path: join(tmpdir(), 'mtlint-report-seed.png') });
    expect(problems).toEqual([]);
    await expect(page.title()).resolves.toMatch(/^mtlint report: \d+ problems in 1 file$/);
  });

  it('has one data-rule-id element per diagnostic, covering exactly its text', async () => {
    expect(diagnostics.length).toBeGreaterThanOrEqual(3);
    const marks = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-rule-id]')].map((m) => {
        const i = Number(m.dataset.i);
        let text = m.textContent ?? '';
        for (let k = 1; document.getElementById(`m${i}-${k}`); k++) text += document.getElementById(`m${i}-${k}`)!.textContent;
        return { i, rule: m.dataset.ruleId, text, colour: getComputedStyle(m).borderBottomColor };
      }),
    );
    expect(marks.map((m) => m.i).sort((a, b) => a - b)).toEqual(diagnostics.map((_, i) => i));
    for (const m of marks) {
      const d = diagnostics[m.i];
      expect(m.rule).toBe(d.ruleId);
      expect(m.text).toBe(seed.slice(d.range[0], d.range[1]));
      expect(hex(m.colour)).toBe(CATEGORY_COLOURS[d.category]);
    }
    expect(await page.locator('#list li.it').count()).toBe(diagnostics.length);
  });

  it('filters by category, severity and rule', async () => {
    const all = diagnostics.map((_, i) => i);
    expect(await shown(page)).toEqual({ list: all, marks: all });
    const category = diagnostics[0].category;
    const c = CATEGORIES.indexOf(category);
    await page.locator(`#filters input[data-k="c"][value="${c}"]`).uncheck();
    const notCategory = indexes(diagnostics, (d) => d.category !== category);
    expect(await shown(page)).toEqual({ list: notCategory, marks: notCategory });
    expect(await page.locator('#status').textContent()).toContain(`${notCategory.length} of ${diagnostics.length} shown`);

    await page.locator('#filters input[data-k="s"][value="1"]').uncheck();
    const errorsOnly = indexes(diagnostics, (d) => d.category !== category && d.severity === 'error');
    expect(await shown(page)).toEqual({ list: errorsOnly, marks: errorsOnly });

    await page.locator('#filters input[data-k="c"][value="' + c + '"]').check();
    await page.locator('#filters input[data-k="s"][value="1"]').check();
    const ruleBoxes = page.locator('#filters fieldset').nth(2);
    await ruleBoxes.locator('button[data-set="none"]').click();
    expect(await shown(page)).toEqual({ list: [], marks: [] });
    const rule = 'doubled-period';
    await ruleBoxes.locator('label', { hasText: rule }).locator('input').check();
    const onlyRule = indexes(diagnostics, (d) => d.ruleId === rule);
    expect(onlyRule.length).toBe(2);
    expect(await shown(page)).toEqual({ list: onlyRule, marks: onlyRule });
    await ruleBoxes.locator('button[data-set="all"]').click();
    expect(await shown(page)).toEqual({ list: all, marks: all });
  });

  it('moves to the next and previous problem with j/k, n/p and the arrow keys, skipping hidden ones', async () => {
    await page.locator('#main').click({ position: { x: 5, y: 5 } });
    expect(await selected(page)).toBe(null);
    await page.keyboard.press('j');
    expect(await selected(page)).toBe(0);
    await page.keyboard.press('j');
    await page.keyboard.press('n');
    await page.keyboard.press('ArrowDown');
    expect(await selected(page)).toBe(3);
    await page.keyboard.press('k');
    expect(await selected(page)).toBe(2);
    await page.keyboard.press('p');
    await page.keyboard.press('ArrowUp');
    expect(await selected(page)).toBe(0);
    await page.keyboard.press('k');
    expect(await selected(page)).toBe(0);

    const last = diagnostics.length - 1;
    await page.keyboard.press('Escape');
    expect(await selected(page)).toBe(null);
    await page.keyboard.press('k');
    expect(await selected(page)).toBe(last);
    expect(await inView(page, last)).toBe(true);

    // with the category of problem 1 hidden, j from 0 skips every problem of that category
    const hiddenCategory = diagnostics[1].category;
    await page.locator(`#filters input[data-k="c"][value="${CATEGORIES.indexOf(hiddenCategory)}"]`).uncheck();
    await page.keyboard.press('Escape');
    await page.keyboard.press('j');
    const firstShown = diagnostics.findIndex((d) => d.category !== hiddenCategory);
    expect(await selected(page)).toBe(firstShown);
    await page.keyboard.press('j');
    expect(await selected(page)).toBe(diagnostics.findIndex((d, i) => i > firstShown && d.category !== hiddenCategory));
    await page.locator(`#filters input[data-k="c"][value="${CATEGORIES.indexOf(hiddenCategory)}"]`).check();
  });

  it('scrolls the text to a problem clicked in the list, and selects a problem clicked in the text', async () => {
    const target = indexes(diagnostics, (d) => d.ruleId === 'period-comma')[0];
    await page.locator(`#l${target}`).click();
    expect(await selected(page)).toBe(target);
    expect(await inView(page, target)).toBe(true);
    await page.screenshot({ path: join(tmpdir(), 'mtlint-report-seed-selected.png') });
    const other = indexes(diagnostics, (d) => d.ruleId === 'doubled-period')[1];
    expect(await page.locator(`#m${other} mark`).count()).toBe(0);
    await page.locator(`#m${other}`).click();
    expect(await selected(page)).toBe(other);
    expect(problems).toEqual([]);
  });
});

describe('the HTML report of a 1 MB text in Chromium', () => {
  it('builds, loads, filters and navigates in reasonable time', async () => {
    const parts: string[] = [];
    let size = 0;
    for (let i = 0; size < 1_000_000; i++) {
      const copy = seed.replace(/Russia/g, `Russia${i % 7 ? '' : ', ,'}`);
      parts.push(copy);
      size += copy.length + 2;
    }
    const text = parts.join('\n\n');
    const diagnostics = lint(text);
    expect(diagnostics.length).toBeGreaterThan(1000);

    const built = performance.now();
    const page0 = htmlReporter([{ filePath: '/big.txt', source: text, diagnostics }], ctx);
    expect(performance.now() - built).toBeLessThan(3000);
    expect(page0.length).toBeGreaterThan(text.length);

    const { page, problems, loadMs } = await openReport('big', [{ filePath: '/big.txt', source: text, diagnostics }]);
    expect(loadMs).toBeLessThan(15_000);
    expect(await page.locator('[data-rule-id]').count()).toBe(diagnostics.length);
    const timings = await page.evaluate(async () => {
      const frame = (): Promise<number> => new Promise(requestAnimationFrame);
      let t = performance.now();
      (document.querySelector('#filters input[data-k="s"][value="1"]') as HTMLInputElement).click();
      await frame();
      const filter = performance.now() - t;
      t = performance.now();
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'k' }));
      await frame();
      return { filter, key: performance.now() - t };
    });
    expect(timings.filter).toBeLessThan(1000);
    expect(timings.key).toBeLessThan(1000);
    const lastError = diagnostics.map((d) => d.severity).lastIndexOf('error');
    expect(await selected(page)).toBe(lastError);
    expect(await inView(page, lastError)).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);
});
