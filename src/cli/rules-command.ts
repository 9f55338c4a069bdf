import { Chalk } from 'chalk';
import { builtinRules } from '../../rules/index.js';
import { resolve } from 'node:path';
import { loadConfig } from '../config/load.js';
import { didYouMean, resolveConfig } from '../config/resolve.js';
import type { Rule } from '../types.js';
import { EXIT, type CliIO } from './io.js';
import { failure } from './run.js';

/** `mtlint rules [id]`: the rule table, or one rule's docs and examples, from the rules' own data. */
export function rulesCommand(id: string | undefined, format: 'text' | 'json' | 'markdown', io: CliIO, configFile?: string): number {
  const c = new Chalk({ level: io.stdoutIsTTY && !io.env.NO_COLOR ? 1 : 0 });
  let defined: ReadonlyMap<string, Rule> = new Map();
  try {
    defined = resolveConfig(loadConfig({ configFile: configFile && resolve(io.cwd, configFile), from: io.cwd }).config).defined;
  } catch (e) {
    // a config named with --config must work; one found on the way should not hide the rule list
    // (looking up the right id is how a broken config gets fixed)
    if (configFile) return failure(io, e);
    io.stderr(`mtlint: warning: the config's own rules are not listed: ${(e as Error).message}\n`);
  }
  const all = new Map([...builtinRules, ...defined]);
  if (id !== undefined) {
    const rule = all.get(id);
    if (!rule) {
      io.stderr(`mtlint: unknown rule "${id}".${didYouMean(id, all.keys())}\n`);
      return EXIT.failure;
    }
    io.stdout(format === 'json' ? JSON.stringify(ruleJson(rule), null, 2) + '\n' : ruleText(rule, c, format === 'markdown', defined.has(id)));
    return EXIT.ok;
  }
  const rules = [...all.values()];
  if (format === 'json') io.stdout(JSON.stringify(rules.map(ruleJson), null, 2) + '\n');
  // the README's table: the built-in rules
  else if (format === 'markdown') io.stdout(ruleTable([...builtinRules.values()]));
  else {
    const w = Math.max(...rules.map((r) => r.id.length));
    for (const r of rules) {
      const preset = defined.has(r.id) ? 'defined in the config' : r.meta.preset === 'recommended' ? 'recommended' : 'all';
      const tags = [r.meta.category, preset, r.meta.fixable !== 'none' ? `fix: ${r.meta.fixable}` : ''].filter(Boolean).join(', ');
      io.stdout(`${c.bold(r.id.padEnd(w))}  ${r.meta.description} ${c.dim(`(${tags})`)}\n`);
    }
  }
  return EXIT.ok;
}

function ruleJson(r: Rule): object {
  return { id: r.id, ...r.meta, docs: r.docs };
}

/** The README's rule table. */
export function ruleTable(rules: Rule[]): string {
  const rows = rules.map(
    (r) =>
      `| \`${r.id}\` | ${r.meta.category} | ${r.meta.preset} | ${r.meta.fixable} | ${r.meta.precision !== undefined ? `${Math.round(r.meta.precision * 100)}%` : 'n/a'} | ${r.meta.description.replace(/\|/g, '\\|')} |`,
  );
  return ['| rule | category | preset | fix | precision | what it finds |', '| --- | --- | --- | --- | --- | --- |', ...rows].join('\n') + '\n';
}

function ruleText(r: Rule, c: InstanceType<typeof Chalk>, md: boolean, definedInConfig = false): string {
  const h = (s: string): string => (md ? `## ${s}` : c.bold(s));
  const lines = [
    md ? `# ${r.id}` : c.bold.underline(r.id),
    '',
    r.meta.description,
    '',
    `Category: ${r.meta.category}. Default severity: ${r.meta.defaultSeverity}. ${definedInConfig ? 'Defined in the config' : `Preset: ${r.meta.preset}`}. Fix: ${r.meta.fixable}.`,
    ...(r.meta.options && Object.keys(r.meta.options).length ? ['', `Options (defaults): ${JSON.stringify(r.meta.options)}`] : []),
    '',
    h('Why'),
    r.docs.why,
    '',
    h('Flagged'),
    ...r.docs.invalid.map((e) => `  ✗ ${e.text}${e.sourceLanguage ? ` (source language: ${e.sourceLanguage})` : ''}${e.output !== undefined ? `\n    → ${e.output}` : ''}`),
    '',
    h('Not flagged'),
    ...r.docs.valid.map((t) => `  ✓ ${t}`),
    '',
  ];
  return lines.join('\n');
}
