import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { glob, isDynamicPattern } from 'tinyglobby';
import { EXTENSIONS, isLocaleJsonPath } from '../formats/index.js';

/** What file discovery found. */
export interface FileSet {
  files: string[];
  /** Problems that make the run fail (exit 2): missing files, globs matching nothing. */
  errors: string[];
  /** Things a user should know (explicitly named files that are ignored). */
  warnings: string[];
}

const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

/** Extensions linted when a folder is given (JSON only when named explicitly). */
export function folderExtensions(): string[] {
  return Object.keys(EXTENSIONS).filter((e) => e !== '.json').map((e) => e.slice(1));
}

/** The ignore rules: `.mtlintignore` in `cwd` (gitignore syntax) and the config's `ignorePatterns`. */
export function loadIgnore(cwd: string, ignorePatterns: string[] = [], ignorePath?: string): Ignore {
  const ig = ignore();
  const file = ignorePath ? resolve(cwd, ignorePath) : join(cwd, '.mtlintignore');
  if (existsSync(file)) ig.add(readFileSync(file, 'utf8'));
  ig.add(ignorePatterns);
  return ig;
}

function isIgnored(ig: Ignore, cwd: string, file: string): boolean {
  const rel = relative(cwd, file).replace(/\\/g, '/');
  if (!rel || rel.startsWith('..') || isAbsolute(rel)) return false;
  return ig.ignores(rel);
}

/** Expands paths, folders and globs into a sorted, de-duplicated list of files. */
export async function collectFiles(patterns: string[], cwd: string, ig: Ignore): Promise<FileSet> {
  const found = new Set<string>();
  const errors: string[] = [];
  const warnings: string[] = [];
  const exts = folderExtensions();
  const extGlob = exts.length === 1 ? `*.${exts[0]}` : `*.{${exts.join(',')}}`;
  for (const pattern of patterns) {
    const abs = resolve(cwd, pattern);
    if (existsSync(abs)) {
      let st;
      try {
        st = statSync(abs);
      } catch (e) {
        errors.push(`Cannot read "${pattern}": ${(e as Error).message}`);
        continue;
      }
      if (st.isDirectory()) {
        const matches = await glob([`**/${extGlob}`, '**/*.json'], { cwd: abs, absolute: true, dot: false, ignore: ALWAYS_IGNORED, followSymbolicLinks: false });
        const kept = matches.filter((f) => (!f.endsWith('.json') || isLocaleJsonPath(relative(abs, f))) && !isIgnored(ig, cwd, f));
        kept.forEach((f) => found.add(f));
        continue;
      }
      if (isIgnored(ig, cwd, abs)) {
        warnings.push(`File ignored because of a matching ignore pattern: ${pattern}`);
        continue;
      }
      found.add(abs);
      continue;
    }
    if (lstatExists(abs)) {
      errors.push(`Cannot read "${pattern}": it is a broken symbolic link.`);
      continue;
    }
    if (isDynamicPattern(pattern)) {
      const matches = await glob(pattern, { cwd, absolute: true, dot: false, ignore: ALWAYS_IGNORED, onlyFiles: true });
      const kept = matches.filter((f) => !isIgnored(ig, cwd, f));
      if (kept.length === 0) errors.push(`No files matching the pattern "${pattern}" were found.`);
      kept.forEach((f) => found.add(f));
      continue;
    }
    errors.push(`No such file or folder: "${pattern}".`);
  }
  return { files: [...found].sort(), errors, warnings };
}

function lstatExists(p: string): boolean {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

/** Files git reports as added, copied, modified or renamed since `ref`, plus untracked files (absolute paths). */
export function changedSince(ref: string, cwd: string): Set<string> {
  const git = (args: string[]): string => {
    const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`--changed-since ${ref}: git ${args[0]} failed: ${(r.stderr || r.error?.message || '').trim()}`);
    return r.stdout;
  };
  const top = git(['rev-parse', '--show-toplevel']).trim();
  const names = [
    ...git(['diff', '--name-only', '--diff-filter=ACMRT', ref, '--']).split('\n'),
    ...git(['ls-files', '--others', '--exclude-standard', '--full-name']).split('\n'),
  ].filter(Boolean);
  return new Set(names.map((n) => resolve(top, n)).flatMap((p) => (existsSync(p) ? [p, realpathSync(p)] : [])));
}
