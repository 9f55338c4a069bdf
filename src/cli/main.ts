#!/usr/bin/env node
import yargs, { type Argv } from 'yargs';
import { hideBin } from 'yargs/helpers';
import { SYNTAXES } from '../formats/index.js';
import { folderExtensions } from './files.js';
import { EXIT, processIO } from './io.js';
import { VERSION } from './version.js';
import evalCommand from './commands/eval.js';
import lspCommand from './commands/lsp.js';

const io = processIO();

const toList = (v: unknown): string[] | undefined => (v === undefined ? undefined : Array.isArray(v) ? v.map(String) : [String(v)]);

/** Builds the yargs parser; exported for tests. */
export function cli(argv: string[]): Argv {
  return yargs(argv)
    .scriptName('mtlint')
    .usage('$0 [paths|globs..] [options]\n\nLint machine-translated English: find MT garble and say how to fix it.')
    .command(
      '$0 [patterns..]',
      `Lint files, folders (recursing into ${folderExtensions().map((e) => `.${e}`).join(' ')} and locale .json) or globs`,
      (y) =>
        y
          .positional('patterns', { type: 'string', array: true, default: [], describe: 'Files, folders or globs' })
          .option('stdin', { type: 'boolean', describe: 'Lint text from standard input' })
          .option('stdin-filename', { type: 'string', describe: 'File name for --stdin (picks the syntax and config)' })
          .option('config', { alias: 'c', type: 'string', describe: 'Use this config file instead of looking for one' })
          .option('rule', { type: 'string', requiresArg: true, describe: 'Set a rule, e.g. --rule repeated-word:off' })
          .option('format', { alias: 'f', type: 'string', default: 'stylish', describe: 'Output format (stylish, json, compact, ...)' })
          .option('output-file', { alias: 'o', type: 'string', describe: 'Write the report to a file' })
          .option('quiet', { type: 'boolean', describe: 'Report errors only' })
          .option('max-warnings', { type: 'string', requiresArg: true, describe: 'Exit 1 when there are more warnings than this (-1: no limit)' })
          .option('color', { type: 'boolean', describe: 'Force colour on (--color) or off (--no-color)' })
          .option('syntax', { type: 'string', choices: SYNTAXES as string[], describe: 'Input syntax, instead of guessing from the extension' })
          .option('source-lang', { type: 'string', describe: 'Source language of the translation: zh, ja, ko, ru, de, ... or auto' })
          .option('fix', { type: 'boolean', describe: 'Apply safe fixes to the files' })
          .option('fix-dry-run', { type: 'boolean', describe: 'Compute fixes without writing; JSON output carries "output"' })
          .option('fix-type', { type: 'string', choices: ['safe', 'suggestion', 'all'], default: 'safe', describe: 'Which fixes to apply' })
          .option('diff', { type: 'boolean', describe: 'Print a unified diff of what --fix would change instead of a report' })
          .option('ignore-path', { type: 'string', describe: 'Ignore file to use instead of .mtlintignore' })
          .option('ignore', { type: 'boolean', default: true, describe: 'Honour ignore files and ignorePatterns (--no-ignore to lint everything)' })
          .option('jobs', { type: 'string', requiresArg: true, describe: 'Lint on this many threads (default: the number of cores)' })
          .option('cache', { type: 'boolean', describe: 'Skip files whose content, config and mtlint version are unchanged' })
          .option('cache-location', { type: 'string', default: '.mtlintcache', describe: 'Where --cache keeps its data' })
          .option('changed-since', { type: 'string', describe: 'Lint only files git says changed since this ref' })
          .option('timing', { type: 'boolean', describe: 'Print the rules that took the most time (to stderr)' })
          .option('min-score', { type: 'string', requiresArg: true, describe: 'Exit 1 when the quality score (0-100) is below this' })
          .option('baseline', { type: 'string', describe: 'Report only findings that are not in this baseline file' })
          .option('update-baseline', { type: 'string', describe: "Record today's findings in this baseline file" })
          .option('print-config', { type: 'string', describe: 'Print the configuration that applies to a file, and exit' }),
      async (args) => {
        if (args.printConfig !== undefined) {
          const { printConfig } = await import('./print-config.js');
          process.exitCode = printConfig(args.printConfig, { config: args.config, rule: toList(args.rule) }, io);
          return;
        }
        let numbers: { maxWarnings?: number; jobs?: number; minScore?: number };
        try {
          numbers = {
            maxWarnings: numberOption('max-warnings', args.maxWarnings, (n) => Number.isInteger(n) && n >= -1, 'a whole number (-1 for no limit)'),
            jobs: numberOption('jobs', args.jobs, (n) => Number.isInteger(n) && n >= 1, 'a whole number of 1 or more'),
            minScore: numberOption('min-score', args.minScore, (n) => n >= 0 && n <= 100, 'a number from 0 to 100'),
          };
        } catch (e) {
          io.stderr(`mtlint: ${(e as Error).message}\n`);
          process.exitCode = EXIT.failure;
          return;
        }
        const { runLint } = await import('./run.js');
        process.exitCode = await runLint(
          {
            patterns: (args.patterns as string[]) ?? [],
            stdin: args.stdin,
            stdinFilename: args.stdinFilename,
            config: args.config,
            rule: toList(args.rule),
            format: args.format,
            outputFile: args.outputFile,
            quiet: args.quiet,
            maxWarnings: numbers.maxWarnings,
            color: args.color,
            syntax: args.syntax as never,
            sourceLang: args.sourceLang,
            fix: args.fix,
            fixDryRun: args.fixDryRun,
            fixType: args.fixType as never,
            diff: args.diff,
            ignorePath: args.ignorePath,
            ignore: args.ignore,
            jobs: numbers.jobs,
            cache: args.cache,
            cacheLocation: args.cacheLocation,
            changedSince: args.changedSince,
            timing: args.timing,
            minScore: numbers.minScore,
            baseline: args.baseline,
            updateBaseline: args.updateBaseline,
          },
          io,
        );
      },
    )
    .command(evalCommand)
    .command(lspCommand)
    .command(
      'rules [id]',
      'List the rules, or show one rule with its explanation and examples',
      (y) =>
        y
          .positional('id', { type: 'string' })
          .option('format', { alias: 'f', type: 'string', choices: ['text', 'json', 'markdown'], default: 'text' })
          .option('config', { alias: 'c', type: 'string', describe: 'Also list the rules this config defines (default: the one found from the current folder)' }),
      async (args) => {
        const { rulesCommand } = await import('./rules-command.js');
        process.exitCode = rulesCommand(args.id, args.format as 'text' | 'json' | 'markdown', io, args.config);
      },
    )
    .command(
      'batch',
      'Stream JSON Lines ({ "id", "text", "syntax"?, "sourceLanguage"? }) from stdin; one JSON line of results per record, in order',
      (y) =>
        y
          .option('config', { alias: 'c', type: 'string', describe: 'Config file (default: found from the current folder)' })
          .option('jobs', { type: 'string', requiresArg: true, describe: 'Lint threads (default: the number of cores)' })
          .option('chunk', { type: 'number', default: 2000, describe: 'Records held in memory at once' })
          .option('source-lang', { type: 'string', describe: 'Default source language for records without one' }),
      async (args) => {
        const { runBatch } = await import('./batch.js');
        let jobs: number | undefined;
        try {
          jobs = numberOption('jobs', args.jobs, (n) => Number.isInteger(n) && n >= 1, 'a whole number of 1 or more');
        } catch (e) {
          io.stderr(`mtlint: ${(e as Error).message}\n`);
          process.exitCode = EXIT.failure;
          return;
        }
        process.exitCode = await runBatch({ config: args.config, jobs, chunk: args.chunk, sourceLang: args.sourceLang }, io, process.stdin);
      },
    )
    .command(
      'init',
      'Write a starter .mtlintrc.json in the current folder',
      (y) => y.option('force', { type: 'boolean', describe: 'Overwrite an existing file' }),
      async (args) => {
        const { initCommand } = await import('./init-command.js');
        process.exitCode = initCommand(Boolean(args.force), io);
      },
    )
    .version(VERSION)
    .alias('v', 'version')
    .help()
    .alias('h', 'help')
    .strict()
    .fail((msg, err, y) => {
      if (err) throw err;
      io.stderr(`${y.help() && ''}mtlint: ${withoutCamelCopies(msg)}\nRun \`mtlint --help\` for usage.\n`);
      process.exit(EXIT.failure);
    })
    .wrap(Math.min(100, process.stdout.columns || 100));
}

/** yargs names an unknown --foo-bar twice, also as fooBar: keep the spelling the user typed. */
function withoutCamelCopies(msg: string): string {
  const m = /^(Unknown arguments?: )(.*)$/.exec(msg);
  if (!m) return msg;
  const names = m[2].split(', ');
  const kept = names.filter((n) => !names.some((k) => k !== n && k.includes('-') && k.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()) === n));
  return `${kept.length === 1 ? 'Unknown argument: ' : 'Unknown arguments: '}${kept.join(', ')}`;
}

/** A numeric option as typed (yargs would turn "abc" into NaN and "" into 0): its number, or an error quoting it. */
function numberOption(name: string, raw: unknown, ok: (n: number) => boolean, what: string): number | undefined {
  if (raw === undefined) return undefined;
  const text = String(Array.isArray(raw) ? raw[raw.length - 1] : raw);
  // plain decimal numbers only: Number() would also take 0x2, 1e1 and " 2 "
  const n = /^-?\d+(?:\.\d+)?$/.test(text) ? Number(text) : NaN;
  if (!ok(n)) throw new Error(`--${name} takes ${what}, got ${JSON.stringify(text)}.`);
  return n;
}

// (no top-level await: the bundle is a CommonJS file, see src/build/bundle.ts)
Promise.resolve()
  .then(() => cli(hideBin(process.argv)).parseAsync())
  .catch((e: unknown) => {
    // a bug in mtlint, not in the user's input: say so, and exit 2 as for any failure
    io.stderr(`mtlint: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = EXIT.failure;
  });
