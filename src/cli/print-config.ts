import { relative, resolve } from 'node:path';
import { resolveConfig } from '../config/resolve.js';
import { EXIT, type CliIO } from './io.js';
import { ConfigResolver, failure, parseRuleFlags } from './run.js';

/** `--print-config FILE`: the config file found, and every rule that applies to FILE with severity and options. */
export function printConfig(file: string, opts: { config?: string; rule?: string[] }, io: CliIO): number {
  try {
    const resolver = new ConfigResolver({ configFile: opts.config, ruleFlags: parseRuleFlags(opts.rule), cwd: io.cwd });
    const abs = resolve(io.cwd, file);
    const loaded = resolver.forFile(abs);
    const resolved = resolveConfig(loaded.config, relative(loaded.dir, abs), loaded.file);
    const out = {
      configFile: loaded.file ?? null,
      sourceLanguage: resolved.sourceLanguage,
      ignorePatterns: loaded.config.ignorePatterns ?? [],
      rules: Object.fromEntries(resolved.rules.map((r) => [r.rule.id, Object.keys(r.options).length ? [r.severity === 'error' ? 'error' : 'warn', r.options] : r.severity === 'error' ? 'error' : 'warn'])),
    };
    io.stdout(JSON.stringify(out, null, 2) + '\n');
    return EXIT.ok;
  } catch (e) {
    return failure(io, e);
  }
}
