import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cannotWrite, EXIT, type CliIO } from './io.js';

/** The starter configuration `mtlint init` writes. */
export const STARTER_CONFIG = {
  $schema: './node_modules/mtlint/dist/src/config/mtlintrc.schema.json',
  extends: ['mtlint:recommended'],
  sourceLanguage: 'auto',
  rules: {},
  define: {},
  overrides: [],
  ignorePatterns: ['node_modules/**', 'dist/**'],
};

/** `mtlint init`: writes `.mtlintrc.json` unless one exists. */
export function initCommand(force: boolean, io: CliIO): number {
  const file = join(io.cwd, '.mtlintrc.json');
  if (existsSync(file) && !force) {
    io.stderr('mtlint: .mtlintrc.json already exists (use --force to overwrite).\n');
    return EXIT.failure;
  }
  try {
    writeFileSync(file, JSON.stringify(STARTER_CONFIG, null, 2) + '\n');
  } catch (e) {
    io.stderr(`mtlint: ${cannotWrite(file, e)}\n`);
    return EXIT.failure;
  }
  io.stdout(`Wrote ${file}\n`);
  return EXIT.ok;
}
