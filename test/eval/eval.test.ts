import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import yargs from 'yargs';
import evalCommand, { runEval } from '../../src/cli/commands/eval.js';
import type { CliIO } from '../../src/cli/io.js';
import { resolveConfig } from '../../src/config/resolve.js';
import { categoriesOf, detectFormat, LabelError, mqmTexts, parseSpanLabels, spanTexts } from '../../src/eval/labels.js';
import { evalJson, formatEval } from '../../src/eval/report.js';
import { evaluate, overlaps } from '../../src/eval/score.js';

const dir = fileURLToPath(new URL('../fixtures/eval/', import.meta.url));
const read = (name: string): string => readFileSync(dir + name, 'utf8');
const SPAN_RULES = ['breadcrumb', 'related-links', 'editor-credit', 'byline-chrome', 'doubled-period'];
const MQM_RULES = ['breadcrumb', 'doubled-period', 'source-line'];
const only = (ids: string[]) => resolveConfig({ extends: [], rules: Object.fromEntries(ids.map((id) => [id, 'error' as const])) });

function spanFixture() {
  const labels = parseSpanLabels(read('labels.jsonl'), 'labels.jsonl');
  const contents = new Map(['page.txt', 'clean.txt'].map((f) => [f, read(f)] as const));
  return spanTexts(labels, contents, 'labels.jsonl');
}

function bufferIO(): CliIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { cwd: dir, out, err, stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), readStdin: async () => '', stdoutIsTTY: false, env: {} };
}

describe('label formats', () => {
  it('detects the format from the first record', () => {
    expect(detectFormat(read('labels.jsonl'))).toBe('spans');
    expect(detectFormat(read('mqm.jsonl'))).toBe('mqm');
    expect(detectFormat('\n{"file": "a.txt"}\n')).toBe('spans');
    expect(() => detectFormat('{"text": "x"}', 'x.jsonl')).toThrow('x.jsonl:1: unknown format');
    expect(() => detectFormat('', 'x.jsonl')).toThrow('x.jsonl: no records');
  });

  it('names the line of a bad record', () => {
    expect(() => parseSpanLabels('{"file": "a.txt"}\n\nnot json', 'l.jsonl')).toThrow(/^l\.jsonl:3: not JSON/);
    expect(() => parseSpanLabels('{"file": "a.txt", "start": 5, "end": 2, "category": "spacing"}', 'l.jsonl')).toThrow('l.jsonl:1: "start" and "end" must be integers with 0 <= start <= end');
    expect(() => parseSpanLabels('{"file": "a.txt", "start": 0, "end": 2}', 'l.jsonl')).toThrow('l.jsonl:1: "category" must be a non-empty string');
    const labels = parseSpanLabels('{"file": "a.txt", "start": 0, "end": 9, "category": "spacing"}', 'l.jsonl');
    expect(() => spanTexts(labels, new Map([['a.txt', 'short']]), 'l.jsonl')).toThrow(LabelError);
    expect(() => spanTexts(labels, new Map([['a.txt', 'short']]), 'l.jsonl')).toThrow('l.jsonl:1: span 0-9 runs past the end of "a.txt" (5 UTF-16 code units)');
  });

  it('reads spans and files declared without errors', () => {
    const texts = spanFixture();
    expect(texts.map((t) => [t.id, t.spans.length, t.units.map((u) => [u.start, u.end, u.clean, u.group])])).toEqual([
      ['page.txt', 4, [[0, 153, false, 'unlabelled']]],
      ['clean.txt', 0, [[0, 78, true, 'unlabelled']]],
    ]);
    expect(texts[0].spans[1]).toEqual({ start: 46, end: 49, label: 'punctuation', categories: ['punctuation'] });
  });

  it('joins MQM segments into documents, counts identical spans once and skips source-side spans', () => {
    const texts = mqmTexts(read('mqm.jsonl'));
    expect(texts.map((t) => t.id)).toEqual(['demo/sysA/d1', 'demo/refB/d1']);
    const [a, ref] = texts;
    expect(a.text).toBe('Home » News » World\n\nThe talks ended. . Then they left.\n\nSource: Xinhua');
    expect(a.spans).toEqual([
      { start: 36, end: 39, label: 'Fluency/Punctuation', categories: ['punctuation', 'spacing', 'quotes-brackets'] },
      { start: 45, end: 49, label: 'Accuracy/Mistranslation', categories: ['calque', 'numbering'] },
      { start: 57, end: 71, label: 'Accuracy/Addition', categories: ['boilerplate', 'repetition'] },
    ]);
    expect(a.units.map((u) => [u.id, u.start, u.end, u.clean, u.group])).toEqual([
      ['demo/sysA/1', 0, 19, true, 'MT'],
      ['demo/sysA/2', 21, 55, false, 'MT'],
      ['demo/sysA/3', 57, 71, false, 'MT'],
    ]);
    expect(ref.units).toEqual([{ id: 'demo/refB/2', start: 0, end: 32, clean: true, group: 'human refB' }]);
    expect(mqmTexts(read('mqm.jsonl'), { systems: ['refB'] }).map((t) => t.id)).toEqual(['demo/refB/d1']);
    expect(mqmTexts(read('mqm.jsonl'), { unit: 'segment' }).map((t) => t.text)).toEqual([
      'Home » News » World', 'Source: Xinhua', 'The talks ended. . Then they left.', 'The talks ended. Then they left.',
    ]);
  });

  it('keeps only the spans enough raters agree on with minRaters', () => {
    const spans = (minRaters: number) => mqmTexts(read('mqm.jsonl'), { minRaters })[0].spans.map((x) => x.label);
    expect(spans(1)).toEqual(['Fluency/Punctuation', 'Accuracy/Mistranslation', 'Accuracy/Addition']);
    expect(spans(2)).toEqual(['Accuracy/Addition']);
    expect(spans(3)).toEqual([]);
    // the segment stays labelled: its raters did mark errors
    expect(mqmTexts(read('mqm.jsonl'), { minRaters: 3 })[0].units.map((u) => u.clean)).toEqual([true, false, false]);
  });

  it('maps labels onto rule categories', () => {
    expect(categoriesOf('spacing')).toEqual(['spacing']);
    expect(categoriesOf('Accuracy/Untranslated')).toEqual(['untranslated']);
    expect(categoriesOf('Terminology/Inconsistent')).toEqual([]);
  });
});

describe('scoring', () => {
  it('counts overlap of half-open ranges, and empty ranges that touch', () => {
    expect(overlaps([0, 5], [4, 8])).toBe(true);
    expect(overlaps([0, 5], [5, 8])).toBe(false);
    expect(overlaps([5, 5], [0, 5])).toBe(true);
    expect(overlaps([0, 3], [4, 4])).toBe(false);
  });

  it('gives exact precision, recall and false alarms on the span fixture', () => {
    const resolved = only(SPAN_RULES);
    const r = evaluate(spanFixture(), { resolve: () => resolved });
    expect([r.texts, r.units, r.words]).toEqual([2, 2, 41]);
    expect(r.overall).toEqual({ predicted: 5, hits: 3, precision: 0.6, gold: 4, found: 3, recall: 0.75, f1: expect.closeTo(2 / 3, 10) });
    expect(r.categories.map((c) => [c.category, c.predicted, c.hits, c.gold, c.found])).toEqual([
      ['boilerplate', 4, 2, 2, 2],
      ['punctuation', 1, 1, 2, 1],
    ]);
    expect(r.rules.map((x) => [x.ruleId, x.predicted, x.hits, x.gold, x.found, x.f1, x.cleanFalseAlarms])).toEqual([
      ['breadcrumb', 1, 1, 2, 1, expect.closeTo(2 / 3, 10), 0],
      ['byline-chrome', 1, 0, 2, 0, 0, 1],
      ['doubled-period', 1, 1, 2, 1, expect.closeTo(2 / 3, 10), 0],
      ['editor-credit', 1, 0, 2, 0, 0, 0],
      ['related-links', 1, 1, 2, 1, expect.closeTo(2 / 3, 10), 0],
    ]);
    expect(r.clean).toEqual([{ group: 'unlabelled', units: 1, words: 15, falseAlarms: 1, perThousandWords: 1000 / 15, unitsFlagged: 1 }]);
    expect(r.misses.map((m) => [m.unit, m.range, m.found, m.label])).toEqual([['page.txt', [31, 36], 'ended', 'punctuation']]);
    expect(r.falseAlarms.map((m) => [m.unit, m.range, m.found, m.ruleId])).toEqual([
      ['page.txt', [126, 152], 'Editor in charge: Zhu Ying', 'editor-credit'],
      ['clean.txt', [69, 77], 'by admin', 'byline-chrome'],
    ]);
  });

  it('scores MQM per segment, with false alarms split into human and MT texts', () => {
    const resolved = only(MQM_RULES);
    const r = evaluate(mqmTexts(read('mqm.jsonl')), { resolve: () => resolved });
    expect(r.overall).toEqual({ predicted: 3, hits: 2, precision: 2 / 3, gold: 2, found: 2, recall: 1, f1: 0.8 });
    expect(r.clean).toEqual([
      { group: 'human refB', units: 1, words: 6, falseAlarms: 0, perThousandWords: 0, unitsFlagged: 0 },
      { group: 'MT', units: 1, words: 3, falseAlarms: 1, perThousandWords: 1000 / 3, unitsFlagged: 1 },
      { group: 'all', units: 2, words: 9, falseAlarms: 1, perThousandWords: 1000 / 9, unitsFlagged: 1 },
    ]);
    // offsets of examples are in the segment, not in the joined document
    expect(r.falseAlarms.map((m) => [m.unit, m.range, m.ruleId])).toEqual([['demo/sysA/1', [0, 19], 'breadcrumb']]);
  });

  it('prints the tables and the requested examples', () => {
    const resolved = only(SPAN_RULES);
    const text = formatEval(evaluate(spanFixture(), { resolve: () => resolved }), { inputs: ['labels.jsonl (spans)'], show: ['misses'], limit: 5 });
    expect(text).toContain('Overall: 5 reports, precision 60.0% (3 on a labelled span), recall 75.0% (3 of 4 spans in the rules\' categories), F1 66.7%');
    expect(text).toContain('breadcrumb      boilerplate        1     1     100.0%      2      1   50.0%  66.7%         0');
    expect(text).toContain('unlabelled      1     15        1            66.67     1 (100.0%)');
    expect(text).toContain('Misses (1)\n  page.txt 31-36  punctuation  Home » News » World The talks ⟦ended⟧ in Geneva. . The next round starts in M…');
    expect(text).not.toContain('False alarms (');
  });
});

describe('mtlint eval command', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });

  it('writes the JSON report, with example lists cut to --limit', async () => {
    const io = bufferIO();
    const code = await runEval({ inputs: ['labels.jsonl'], rule: ['breadcrumb,related-links', 'editor-credit', 'byline-chrome', 'doubled-period'], format: 'json', limit: 1 }, io);
    expect(code).toBe(0);
    const json = JSON.parse(io.out.join(''));
    expect(Object.keys(json)).toEqual(['inputs', 'seconds', 'texts', 'units', 'words', 'overall', 'categories', 'rules', 'clean', 'missCount', 'falseAlarmCount', 'misses', 'falseAlarms']);
    expect(json.inputs).toEqual(['labels.jsonl (spans)']);
    expect(json.overall).toMatchObject({ predicted: 5, hits: 3, precision: 0.6, gold: 4, found: 3, recall: 0.75 });
    expect(json.rules.map((r: { ruleId: string }) => r.ruleId)).toEqual(['breadcrumb', 'byline-chrome', 'doubled-period', 'editor-credit', 'related-links']);
    expect([json.missCount, json.falseAlarmCount, json.misses.length, json.falseAlarms.length]).toEqual([1, 2, 1, 1]);
    expect(json.falseAlarms[0]).toEqual({
      text: 'page.txt', unit: 'page.txt', range: [126, 152], found: 'Editor in charge: Zhu Ying',
      context: '…lso Russia closes its ports | Ukraine ⟦Editor in charge: Zhu Ying⟧ ', ruleId: 'editor-credit',
      message: 'Scraped staff credit "Editor in charge: Zhu Ying": page chrome, not part of the text.',
    });
    expect(evalJson(evaluate(spanFixture(), { resolve: () => only(SPAN_RULES) }), { inputs: [] }).seconds).toBeUndefined();
  });

  it('filters MQM systems and fails with exit 2 on bad input', async () => {
    const io = bufferIO();
    expect(await runEval({ inputs: ['mqm.jsonl'], rule: MQM_RULES, system: ['refB'], format: 'json' }, io)).toBe(0);
    expect(JSON.parse(io.out.join('')).clean).toEqual([{ group: 'human refB', units: 1, words: 6, falseAlarms: 0, perThousandWords: 0, unitsFlagged: 0 }]);

    const bad = bufferIO();
    expect(await runEval({ inputs: ['missing.jsonl'] }, bad)).toBe(2);
    expect(bad.err.join('')).toMatch(/^mtlint eval: ENOENT/);
    const unknownRule = bufferIO();
    expect(await runEval({ inputs: ['labels.jsonl'], rule: ['no-such-rule'] }, unknownRule)).toBe(2);
    expect(unknownRule.err.join('')).toContain('unknown rule "no-such-rule"');
    const badShow = bufferIO();
    expect(await runEval({ inputs: ['labels.jsonl'], show: ['hits'] }, badShow)).toBe(2);
    expect(badShow.err.join('')).toBe('mtlint eval: unknown --show value "hits": expected misses, false-alarms\n');
  });

  it('runs as a yargs command module', async () => {
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    expect(evalCommand.command).toBe('eval <inputs..>');
    await yargs(['eval', `${dir}mqm.jsonl`, '--rule', 'breadcrumb', '--rule', 'doubled-period', '--rule', 'source-line', '--show', 'false-alarms'])
      .command(evalCommand)
      .strict()
      .parseAsync();
    const out = written.join('');
    expect(out).toContain('Overall: 3 reports, precision 66.7% (2 on a labelled span), recall 100.0% (2 of 2 spans in the rules\' categories), F1 80.0%');
    expect(out).toContain('False alarms (1)\n  demo/sysA/1 0-19  breadcrumb  ⟦Home » News » World⟧');
    expect(process.exitCode).toBe(0);
  });
});
