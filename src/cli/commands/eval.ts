import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import type { ResolvedConfig } from '../../config/resolve.js';
import type { Config } from '../../config/types.js';
import type { EvalText } from '../../eval/labels.js';
import type { EvalShow } from '../../eval/report.js';
import { EXIT, processIO, type CliIO } from '../io.js';

// The engine, the rules and the config loader load when the command runs, not when the CLI
// starts: registering this module costs `mtlint --help` nothing.
const engine = async () => {
  const [labels, report, score, load, resolveMod, errors] = await Promise.all([
    import('../../eval/labels.js'),
    import('../../eval/report.js'),
    import('../../eval/score.js'),
    import('../../config/load.js'),
    import('../../config/resolve.js'),
    import('../../config/errors.js'),
  ]);
  return { ...labels, ...report, ...score, ...load, ...resolveMod, ...errors };
};
type Engine = Awaited<ReturnType<typeof engine>>;

/** The options of `mtlint eval`. */
export interface EvalArgs {
  inputs: string[];
  config?: string;
  preset?: 'recommended' | 'all';
  rule?: string[];
  system?: string[];
  unit?: 'document' | 'segment';
  minRaters?: number;
  show?: string[];
  limit?: number;
  format?: 'text' | 'json';
}

const SHOW: readonly EvalShow[] = ['misses', 'false-alarms'];
const list = (v: string[] | undefined): string[] => (v ?? []).flatMap((s) => String(s).split(',')).map((s) => s.trim()).filter(Boolean);

/** Reads one labels file and the texts it points to; ids are paths relative to the working folder. */
function readInput(e: Engine, file: string, args: EvalArgs, io: CliIO): { texts: EvalText[]; format: string } {
  const path = resolve(io.cwd, file);
  const jsonl = readFileSync(path, 'utf8');
  const format = e.detectFormat(jsonl, file);
  if (format === 'mqm') return { texts: e.mqmTexts(jsonl, { systems: list(args.system), unit: args.unit, minRaters: args.minRaters }, file), format };
  const labels = e.parseSpanLabels(jsonl, file);
  const contents = new Map<string, string>();
  for (const l of labels) {
    if (contents.has(l.file)) continue;
    try {
      contents.set(l.file, readFileSync(resolve(dirname(path), l.file), 'utf8').replace(/^\uFEFF/, ''));
    } catch (err) {
      throw new e.LabelError(`cannot read "${l.file}": ${(err as Error).message}`, file, l.line);
    }
  }
  const texts = e.spanTexts(labels, contents, file).map((t) => {
    const id = relative(io.cwd, resolve(dirname(path), t.file ?? t.id)) || t.id;
    return { ...t, id, units: t.units.map((u) => ({ ...u, id })) };
  });
  return { texts, format };
}

/** The configuration to measure: the config file's, then --preset, or only the --rule ids. */
function evalConfig(e: Engine, args: EvalArgs, io: CliIO): { config: Config; dir: string } {
  const loaded = args.config ? e.loadConfig({ configFile: resolve(io.cwd, args.config) }) : e.loadConfig({ from: resolve(io.cwd, args.inputs[0]) });
  let config = loaded.config;
  const rules = list(args.rule);
  if (rules.length) config = { ...config, extends: [], rules: Object.fromEntries(rules.map((id) => [id, 'error' as const])), overrides: undefined };
  else if (args.preset) config = { ...config, extends: [`mtlint:${args.preset}`] };
  return { config, dir: loaded.file ? loaded.dir : io.cwd };
}

/** Runs `mtlint eval`; returns the exit code (0, or 2 when the input or the config is wrong). */
export async function runEval(args: EvalArgs, io: CliIO): Promise<number> {
  const show = list(args.show);
  const unknown = show.filter((s) => !SHOW.includes(s as EvalShow));
  if (unknown.length) {
    io.stderr(`mtlint eval: unknown --show value "${unknown[0]}": expected ${SHOW.join(', ')}\n`);
    return EXIT.failure;
  }
  const e = await engine();
  try {
    const started = performance.now();
    const { config, dir } = evalConfig(e, args, io);
    const texts: EvalText[] = [];
    const inputs: string[] = [];
    for (const file of args.inputs) {
      const read = readInput(e, file, args, io);
      texts.push(...read.texts);
      inputs.push(`${file} (${read.format})`);
    }
    // one resolution for all texts unless overrides make it depend on the file
    const once = config.overrides?.length ? undefined : e.resolveConfig(config);
    const perFile = new Map<string, ResolvedConfig>();
    const resolveFor = (t: EvalText): ResolvedConfig => {
      if (once) return once;
      const rel = relative(dir, resolve(io.cwd, t.id));
      let r = perFile.get(rel);
      if (!r) perFile.set(rel, (r = e.resolveConfig(config, rel)));
      return r;
    };
    const result = e.evaluate(texts, { resolve: resolveFor });
    const seconds = (performance.now() - started) / 1000;
    const options = { inputs, seconds, show: show as EvalShow[], limit: args.limit ?? 20 };
    io.stdout(args.format === 'json' ? `${JSON.stringify(e.evalJson(result, options), null, 2)}\n` : e.formatEval(result, options));
    return EXIT.ok;
  } catch (err) {
    if (err instanceof e.LabelError || err instanceof e.ConfigError || (err as NodeJS.ErrnoException).code !== undefined) {
      io.stderr(`mtlint eval: ${(err as Error).message}\n`);
      return EXIT.failure;
    }
    throw err;
  }
}

/** `mtlint eval <inputs..>`: precision, recall and false alarms of the rules on labelled text. */
const evalCommand: CommandModule<object, EvalArgs> = {
  command: 'eval <inputs..>',
  describe: 'Measure the rules on labelled text: span JSON Lines or MQM JSON Lines',
  builder: (y: Argv) =>
    y
      .positional('inputs', { type: 'string', array: true, demandOption: true, describe: 'Label files (JSON Lines); the format is detected' })
      .option('config', { alias: 'c', type: 'string', describe: 'Use this config file instead of looking for one' })
      .option('preset', { type: 'string', choices: ['recommended', 'all'], describe: 'Measure this preset' })
      .option('rule', { type: 'string', array: true, requiresArg: true, describe: 'Measure only this rule (repeatable)' })
      .option('system', { type: 'string', array: true, requiresArg: true, describe: 'MQM: keep only this system (repeatable), e.g. refB' })
      .option('unit', { type: 'string', choices: ['document', 'segment'], default: 'document', describe: "MQM: lint a system's document as one text, or each segment alone" })
      .option('min-raters', { type: 'number', default: 1, describe: 'MQM: count only spans that at least this many raters marked' })
      .option('show', { type: 'string', array: true, describe: 'List examples: misses, false-alarms (comma-separated)' })
      .option('limit', { type: 'number', default: 20, describe: 'Examples per list (0: all)' })
      .option('format', { alias: 'f', type: 'string', choices: ['text', 'json'], default: 'text', describe: 'Output format' }) as unknown as Argv<EvalArgs>,
  handler: async (args) => {
    process.exitCode = await runEval(args, processIO());
  },
};

export default evalCommand;
