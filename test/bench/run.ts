/**
 * `npm run bench`: mtlint's benchmark. Builds a deterministic corpus (real English with MT garble
 * injected at known rates) and reports throughput, peak memory, start-up time and worker speed-up,
 * each beside a baseline measured in the same run: reading the same bytes and running one
 * precompiled regular expression over them in this Node process.
 *
 *   node dist/test/bench/run.js [--quick] [--sizes 1,10,100] [--skip startup,workers,adversarial] [--adversarial-size N]
 *
 * Besides the table it prints where the time goes on the first corpus: the shared analysis
 * (paragraphs, sentences, words, masks, lines) apart, then the rules that took the most time.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lint, runRules } from '../../src/engine/lint.js';
import { toSourceText } from '../../src/formats/index.js';
import { Document } from '../../src/text/document.js';
import { resolveConfig } from '../../src/config/resolve.js';
import { defaultJobs } from '../../src/cli/pool.js';
import { builtinRules } from '../../rules/index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const BIN = join(ROOT, 'dist', 'src', 'cli', 'mtlint.cjs');
const MB = 1 << 20;
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const sizesArg = args[args.indexOf('--sizes') + 1];
const SIZES = args.includes('--sizes') && sizesArg ? sizesArg.split(',').map(Number) : quick ? [1, 10] : [1, 10, 100];
const skip = new Set(args.includes('--skip') ? (args[args.indexOf('--skip') + 1] ?? '').split(',') : []);
const adversarialArg = args.includes('--adversarial-size') ? Number(args[args.indexOf('--adversarial-size') + 1]) : undefined;

/** Deterministic pseudo-random numbers (mulberry32), so every run lints the same corpus. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Real, well-edited English: the clean bench texts when present, else the bundled fixtures. */
function sourceParagraphs(): string[] {
  const shared = join(ROOT, '..', 'shared', 'bench', 'clean');
  const texts = existsSync(shared)
    ? readdirSync(shared).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(shared, f), 'utf8'))
    : [readFileSync(join(ROOT, 'test', 'fixtures', 'clean-en.md'), 'utf8').replace(/```[^]*?```/g, '')];
  return texts.flatMap((t) => t.split(/\n\s*\n/)).map((p) => p.trim()).filter((p) => p.split(/\s+/).length >= 8);
}

/** The garble injected, one kind per sentence chosen, each at a known rate. */
const GARBLE: Array<{ name: string; rate: number; apply: (s: string, r: () => number) => string }> = [
  { name: 'doubled period', rate: 0.01, apply: (s) => s.replace(/\.$/, '. .') },
  { name: 'period-comma', rate: 0.005, apply: (s) => s.replace(/\.$/, '. ,') },
  { name: 'CJK comma', rate: 0.005, apply: (s) => s.replace(/, /, '，') },
  { name: 'repeated word', rate: 0.005, apply: (s) => s.replace(/\b(the|of|and) /, '$1 $1 ') },
  { name: 'mojibake', rate: 0.003, apply: (s) => s.replace(/’/, 'â€™').replace(/'/, 'â€™') },
  { name: 'lone fragment', rate: 0.003, apply: (s) => `${s} Up.` },
  { name: 'calque', rate: 0.002, apply: (s) => `${s} Relevant departments carried out sexual testing.` },
];

/** A corpus of about `bytes` bytes: paragraphs of real English, garbled at the rates above, with chrome lines. */
function buildCorpus(bytes: number, seed: number): { text: string; injected: number } {
  const r = rng(seed);
  const paragraphs = sourceParagraphs();
  const out: string[] = [];
  let size = 0;
  let injected = 0;
  while (size < bytes) {
    const p = paragraphs[Math.floor(r() * paragraphs.length)];
    const sentences = p.split(/(?<=[.!?])\s+(?=[A-Z“"])/);
    const garbled = sentences.map((s) => {
      for (const g of GARBLE) {
        if (r() < g.rate) {
          injected++;
          return g.apply(s, r);
        }
      }
      return s;
    });
    let para = garbled.join(' ');
    if (r() < 0.01) {
      para = `See also  ${paragraphs[Math.floor(r() * paragraphs.length)].split(/\s+/).slice(0, 8).join(' ')} | News\n\n${para}`;
      injected++;
    }
    out.push(para);
    size += para.length + 2;
  }
  return { text: out.join('\n\n') + '\n', injected };
}

function time<T>(fn: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}

/** The baseline: read the bytes and run one precompiled regular expression over them. */
function baseline(file: string): number {
  const re = /\.[ \t]*\./g;
  return time(() => {
    const text = readFileSync(file, 'utf8');
    let n = 0;
    re.lastIndex = 0;
    while (re.exec(text)) n++;
    return n;
  }).ms;
}

const warmed = new Set<string>();

/**
 * Lints a file in this process (one core) and returns the time, including reading it (median of three). The first
 * call per preset lints another 2 MB first (twice), so that compiling and optimizing the code and loading the models
 * (start-up, measured on its own) is not counted as throughput.
 */
function lintFile(file: string, preset: 'recommended' | 'all'): { ms: number; problems: number } {
  const resolved = resolveConfig({ extends: [`mtlint:${preset}`] });
  if (!warmed.has(preset)) {
    // V8 keeps optimizing for a while: with 256 KB of warm-up the 1 MB row still paid for it
    const warmUp = buildCorpus(2 * MB, 99).text;
    for (let i = 0; i < 2; i++) lint(warmUp, { resolved, filePath: file });
    warmed.add(preset);
  }
  // the median of three runs (one above 20 MB): a single run of 1 MB is too short to trust
  const runs = Array.from({ length: statSync(file).size > 20 * MB ? 1 : 3 }, () => time(() => lint(readFileSync(file, 'utf8'), { resolved, filePath: file })));
  return { ms: median(runs.map((r) => r.ms)), problems: runs[0].value.length };
}

/**
 * Peak resident memory of the command line linting the file (`mtlint -f json`), as users run it:
 * a large plain-text file is read and linted a megabyte at a time. Also the time, start-up included.
 */
function peakMemory(file: string, preset: string): { mb: number; ms: number } {
  const dir = dirname(file);
  const config = join(dir, `.mtlintrc-${preset}.json`);
  writeFileSync(config, JSON.stringify({ extends: [`mtlint:${preset}`] }));
  const rssFile = join(dir, 'rss.txt');
  const args = ['-c', config, '-f', 'json', '-o', join(dir, 'out.json'), file];
  const script = `
    process.argv.splice(1, Infinity, ${JSON.stringify(BIN)}, ...${JSON.stringify(args)});
    process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));
    import(${JSON.stringify(BIN)});`;
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', maxBuffer: 1 << 20 });
  const ms = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(r.stderr);
  return { mb: Number(readFileSync(rssFile, 'utf8')) / 1024, ms };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function runCli(argv: string[], cwd: string, prefix: string[] = []): number {
  const t0 = performance.now();
  const [command, ...args] = [...prefix, process.execPath, BIN, ...argv];
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`mtlint ${argv.join(' ')} exited ${r.status}: ${r.stderr}`);
  return performance.now() - t0;
}

/** Inputs that make a careless pattern rescan the text from every position: runs of one mark, one endless token or line. */
const ADVERSARIAL: Record<string, (n: number) => string> = {
  spaces: (n) => ' '.repeat(n),
  tabs: (n) => ' \t'.repeat(n / 2),
  periods: (n) => '.'.repeat(n),
  'spaced periods': (n) => '. '.repeat(n / 2),
  quotes: (n) => '“”"\''.repeat(n / 4),
  apostrophes: (n) => "'".repeat(n),
  'one giant line': (n) => 'word, '.repeat(n / 6),
  'no breaks, one sentence': (n) => 'a '.repeat(n / 2),
  'one giant token': (n) => 'a'.repeat(n),
  'dotted token': (n) => 'Word.'.repeat(n / 5),
  'dashed token': (n) => '_a-'.repeat(n / 3),
  digits: (n) => '1'.repeat(n),
  brackets: (n) => '(['.repeat(n / 2),
  'closing brackets': (n) => ')]'.repeat(n / 2),
  'nested brackets': (n) => '( '.repeat(n / 4) + ' )'.repeat(n / 4),
  'repeated word': (n) => 'the '.repeat(n / 4),
  CJK: (n) => '中文，'.repeat(n / 3),
  'line breaks': (n) => '\n'.repeat(n),
  'dot lines': (n) => '.\n'.repeat(n / 2),
  'chrome lines': (n) => 'See also | News » World\n'.repeat(n / 24),
  'guillemet, then spaces': (n) => `«${' '.repeat(n - 2)}»`,
};

/** Where the time goes on one text: the shared analysis apart, then each rule (best of three runs). */
function profile(text: string, preset: 'recommended' | 'all'): { analysis: Array<[string, number]>; rules: Array<[string, number]> } {
  const resolved = resolveConfig({ extends: [`mtlint:${preset}`] });
  const analysis = new Map<string, number>();
  const rules = new Map<string, number>();
  const best = (m: Map<string, number>, k: string, ms: number): void => void m.set(k, Math.min(m.get(k) ?? Infinity, ms));
  for (let run = 0; run < 3; run++) {
    const doc = new Document(toSourceText(text, 'text'));
    const steps: Array<[string, () => unknown]> = [
      ['paragraphs', () => doc.paragraphs()],
      ['masks', () => doc.masks()],
      ['words', () => doc.wordIndex()],
      ['sentences', () => doc.sentences()],
      ['lines', () => doc.lines()],
      ['line index', () => doc.lineIndex],
    ];
    for (const [name, step] of steps) best(analysis, name, time(step).ms);
    const timing = new Map<string, number>();
    runRules(doc, resolved, { timing });
    for (const [rule, ms] of timing) best(rules, rule, ms);
  }
  const sorted = (m: Map<string, number>): Array<[string, number]> => [...m].sort((a, b) => b[1] - a[1]);
  return { analysis: sorted(analysis), rules: sorted(rules) };
}

interface AdversarialRow {
  input: string;
  rule: string;
  small: number;
  large: number;
  ratio: number;
  /** Problems the rule reported on the large input: reporting costs time of its own. */
  problems: number;
}

const OUTSIDE_RULES = '(outside the rules)';

/** Per rule: time on an adversarial input of size n and 10n; a ratio far above 10 means superlinear. */
function adversarial(n: number): AdversarialRow[] {
  const resolved = resolveConfig({ extends: ['mtlint:all'] });
  const rows: AdversarialRow[] = [];
  for (const [name, make] of Object.entries(ADVERSARIAL)) {
    const measure = (size: number): { timing: Map<string, number>; problems: Map<string, number> } => {
      const timing = new Map<string, number>();
      const problems = new Map<string, number>();
      const text = make(size);
      const t0 = performance.now();
      const found = lint(text, { resolved, timing, syntax: 'text' });
      // the work outside the rules (format adapter, source-language guess, directives, sorting) as one more row
      timing.set(OUTSIDE_RULES, performance.now() - t0 - [...timing.values()].reduce((a, b) => a + b, 0));
      for (const d of found) problems.set(d.ruleId, (problems.get(d.ruleId) ?? 0) + 1);
      return { timing, problems };
    };
    measure(n / 10); // warm up
    // the small size is timed three times (best kept): a millisecond of noise would make a ratio of it
    const runs = [measure(n / 10), measure(n / 10), measure(n / 10)];
    const large = measure(n);
    for (const [rule, ms] of large.timing) {
      const s = Math.min(...runs.map((r) => r.timing.get(rule) ?? 0));
      rows.push({ input: name, rule, small: s, large: ms, ratio: s >= 1 ? ms / s : NaN, problems: large.problems.get(rule) ?? 0 });
    }
  }
  return rows;
}

async function main(): Promise<void> {
  const dir = join(tmpdir(), 'mtlint-bench');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const lines: string[] = [];
  const say = (s = ''): void => {
    lines.push(s);
    console.log(s);
  };
  const startupLine = skip.has('startup') ? undefined : startup(dir);
  say(`mtlint benchmark on ${process.version}, ${builtinRules.size} rules, ${new Date().toISOString().slice(0, 10)}`);
  say();
  say('| input | preset | mtlint MB/s (1 core) | baseline MB/s (read + 1 regex) | ratio to baseline | problems | peak RSS |');
  say('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
  const perSize: Record<string, number> = {};
  for (const size of SIZES) {
    const { text, injected } = buildCorpus(size * MB, size);
    const file = join(dir, `corpus-${size}mb.txt`);
    writeFileSync(file, text);
    const mb = Buffer.byteLength(text) / MB;
    const base = median([baseline(file), baseline(file), baseline(file)]);
    for (const preset of ['recommended', 'all'] as const) {
      if (size >= 100 && preset === 'all' && quick) continue;
      const run = size >= 100 ? peakMemory(file, preset) : undefined;
      const m = run ? { ms: run.ms, problems: NaN } : lintFile(file, preset);
      const mem = run ? `${run.mb.toFixed(0)} MB (${(run.mb / mb).toFixed(1)}x the file)` : '';
      perSize[`${preset}-${size}`] = m.ms;
      say(`| ${size} MB (${injected} injected) | ${preset} | ${(mb / (m.ms / 1000)).toFixed(2)} | ${(mb / (base / 1000)).toFixed(0)} | ${(m.ms / base).toFixed(0)}x | ${Number.isNaN(m.problems) ? '' : m.problems} | ${mem} |`);
    }
  }
  const first = buildCorpus(SIZES[0] * MB, SIZES[0]).text;
  for (const preset of ['recommended', 'all'] as const) {
    const { analysis, rules } = profile(first, preset);
    const total = [...analysis, ...rules].reduce((sum, [, ms]) => sum + ms, 0);
    say();
    say(`Where the time goes, ${preset}, ${SIZES[0]} MB (best of 3, ${total.toFixed(0)} ms in all): shared analysis ${analysis.map(([k, ms]) => `${k} ${ms.toFixed(1)}`).join(', ')} ms;`);
    say(`slowest rules: ${rules.slice(0, 12).map(([k, ms]) => `${k} ${ms.toFixed(1)}`).join(', ')} ms.`);
  }
  if (perSize['recommended-1'] && perSize['recommended-10']) {
    say();
    say(`Scaling, recommended: 10x the input took ${(perSize['recommended-10'] / perSize['recommended-1']).toFixed(1)}x the time (1 MB -> 10 MB).`);
  }

  if (startupLine) {
    say();
    say(startupLine);
  }
  if (!skip.has('workers')) workers(dir, say);
  if (!skip.has('adversarial')) adversarialTable(adversarialArg ?? (quick ? 200_000 : 1_000_000), say);
  writeFileSync(join(dir, 'results.md'), lines.join('\n') + '\n');
  console.log(`\n(results also in ${join(dir, 'results.md')})`);
}

/** Start-up: one small file, the whole process, median of 7 (measured first, from a small process: spawning from one holding the corpora costs more). */
function startup(dir: string): string {
  const small = join(dir, 'small.txt');
  writeFileSync(small, 'The ministry said the talks ended. .\n');
  runCli([small], dir);
  const wall = median(Array.from({ length: 7 }, () => runCli([small], dir)));
  const nodeOnly = median(Array.from({ length: 7 }, () => {
    const t0 = performance.now();
    spawnSync(process.execPath, ['-e', '0']);
    return performance.now() - t0;
  }));
  // the bundled sample article (8 KB) has sentences for the part-of-speech tagger, which loads on first use
  const sample = join(ROOT, 'test', 'fixtures', 'seed.txt');
  const withTagger = median(Array.from({ length: 7 }, () => runCli([sample], dir)));
  return (
    `Start-up: linting one small file takes ${wall.toFixed(0)} ms wall (node alone: ${nodeOnly.toFixed(0)} ms); ` +
    `the sample article (test/fixtures/seed.txt, 8 KB), which needs the part-of-speech tagger, ${withTagger.toFixed(0)} ms.`
  );
}

/**
 * The worker pool: 2,000 files, --jobs 1 against the default (all cores), on a tree of short files
 * (about 1 MB in all, the issue's case) and on one of 5 KB files (about 10 MB).
 */
function workers(dir: string, say: (s?: string) => void): void {
  const { text: treeText } = buildCorpus(16 * MB, 7);
  const paras = treeText.split('\n\n');
  for (const [name, perFile] of [['tree', 0], ['tree-5kb', 5000]] as const) {
    const tree = join(dir, name);
    let k = 0;
    let bytes = 0;
    for (let i = 0; i < 2000; i++) {
      const sub = join(tree, `d${i % 20}`);
      mkdirSync(sub, { recursive: true });
      let text = perFile === 0 ? paras.slice((i * 3) % paras.length, ((i * 3) % paras.length) + 3).join('\n\n') : '';
      while (text.length < perFile) text += `${paras[k++ % paras.length]}\n\n`;
      writeFileSync(join(sub, `f${i}.txt`), text);
      bytes += Buffer.byteLength(text);
    }
    const run = (jobs: string[], out: string, prefix: string[] = []): number => runCli(['-f', 'json', '-o', join(dir, out), ...jobs, tree], dir, prefix);
    // one core: the whole process pinned to one CPU (V8 compiles and collects garbage on other
    // threads, so --jobs 1 alone already keeps more than one core busy)
    const pin = spawnSync('taskset', ['-c', '0', 'true']).status === 0 ? ['taskset', '-c', '0'] : [];
    const oneCore = median([0, 1, 2].map(() => run(['--jobs', '1'], 'o1.json', pin)));
    const jobs1 = median([0, 1, 2].map(() => run(['--jobs', '1'], 'o3.json')));
    const all = median([0, 1, 2].map(() => run([], 'o2.json')));
    const jobs2 = median([0, 1, 2].map(() => run(['--jobs', '2'], 'o4.json')));
    const same = ['o2.json', 'o3.json', 'o4.json'].every((f) => readFileSync(join(dir, f), 'utf8') === readFileSync(join(dir, 'o1.json'), 'utf8'));
    const warm = warmUp(tree, pin);
    say(
      `Worker pool, 2,000 files of ${(bytes / MB).toFixed(1)} MB: one core${pin.length ? ' (taskset -c 0)' : ''} ${oneCore.toFixed(0)} ms; all cores: --jobs 1 ${jobs1.toFixed(0)} ms (${(oneCore / jobs1).toFixed(2)}x), ` +
        `default (--jobs ${defaultJobs()}) ${all.toFixed(0)} ms (${(oneCore / all).toFixed(2)}x), --jobs 2 ${jobs2.toFixed(0)} ms (${(oneCore / jobs2).toFixed(2)}x); output identical: ${same}. ` +
        `Warm-up, which every lint thread pays: one thread lints these files in ${warm.first.toFixed(0)} ms the first time (loading the tagger: ${warm.tagger.toFixed(0)} ms) and in ${warm.second.toFixed(0)} ms the second.`,
    );
  }
}

/**
 * How much of a thread's work on a tree is warming up: a fresh process (on one core) lints every
 * file twice, in the process, and times each pass; the first also loads the tagger and lets V8
 * compile and optimize the code.
 */
function warmUp(tree: string, prefix: string[]): { first: number; second: number; tagger: number } {
  const dist = join(ROOT, 'dist', 'src');
  const script = `
    import { readFileSync, readdirSync } from 'node:fs';
    import { join } from 'node:path';
    const { lintDocument } = await import(${JSON.stringify(join(dist, 'engine', 'lint.js'))});
    const { resolveConfig } = await import(${JSON.stringify(join(dist, 'config', 'resolve.js'))});
    const { taggerStatus } = await import(${JSON.stringify(join(dist, 'nlp', 'load.js'))});
    const root = ${JSON.stringify(tree)};
    const files = readdirSync(root).flatMap((d) => readdirSync(join(root, d)).map((f) => join(root, d, f)));
    const resolved = resolveConfig({ extends: ['mtlint:recommended'] });
    const pass = () => { const t0 = performance.now(); for (const f of files) lintDocument(readFileSync(f, 'utf8'), { resolved, filePath: f }); return performance.now() - t0; };
    const first = pass();
    const second = pass();
    console.log(JSON.stringify({ first, second, tagger: taggerStatus().loadMs }));`;
  const [command, ...args] = [...prefix, process.execPath, '--input-type=module', '-e', script];
  const r = spawnSync(command, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as { first: number; second: number; tagger: number };
}


/** Adversarial inputs, per rule: the rules furthest from linear, and the slowest. */
function adversarialTable(n: number, say: (s?: string) => void): void {
  const rows = adversarial(n);
  const worst = rows.filter((r) => !Number.isNaN(r.ratio)).sort((a, b) => b.ratio - a.ratio).slice(0, 8);
  const slowest = [...rows].sort((a, b) => b.large - a.large).slice(0, 5);
  say();
  say(`Adversarial inputs (${n / 1000} KB vs ${n / 10000} KB; ratio 10 is linear; rules under 1 ms on the small input are left out):`);
  say('| input | rule | ms small | ms large | ratio | problems (large) |');
  say('| --- | --- | ---: | ---: | ---: | ---: |');
  for (const r of worst) say(`| ${r.input} | ${r.rule} | ${r.small.toFixed(1)} | ${r.large.toFixed(1)} | ${r.ratio.toFixed(1)} | ${r.problems} |`);
  say(`Slowest on adversarial input: ${slowest.map((r) => `${r.rule} on ${r.input} ${r.large.toFixed(0)} ms (${r.problems} problems)`).join('; ')}.`);
}

await main();
