#!/usr/bin/env node
/**
 * The `mtlint` command. On a small file most of the run is start-up, and most of start-up is V8
 * parsing and compiling the command line, so this launcher runs the bundled command line (one
 * CommonJS file the build makes from main.ts, see src/build/bundle.ts) through V8's code cache:
 * the first run stores the compiled code in the temp folder when it exits (after running, so the
 * functions it used are in it too), and later runs reuse it instead of compiling again. Node 22
 * has this built in (`module.enableCompileCache`); Node 20, which mtlint supports, does not.
 * Any trouble with the cache (no temp folder, a cache V8 rejects) only means compiling as usual.
 * Without the bundle (a build without its bundle step) this imports main.js. This file is
 * CommonJS (`.cts`): Node starts its ES module loader only if something needs it, which saves
 * another 15 ms.
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

const bundle = join(__dirname, 'mtlint-bundle.cjs');

if (existsSync(bundle)) runBundle(bundle);
else void import('./main.js');

function runBundle(file: string): void {
  const source = readFileSync(file, 'utf8').replace(/^#!.*/, '');
  // a cache made by a run that linted nothing (--version, --help, a usage error) holds little of
  // the code a lint needs: it is kept as "partial" and replaced by the first run that lints
  const full = codeCachePath(file, source);
  const partial = full?.replace(/\.bin$/, '-partial.bin');
  let cachedData: Buffer | undefined;
  let usedFull = false;
  for (const candidate of [full, partial]) {
    try {
      if (candidate && !cachedData) {
        cachedData = readFileSync(candidate);
        usedFull = candidate === full;
      }
    } catch {
      // not there yet
    }
  }
  const script = new Script(Module.wrap(source), { filename: file, cachedData });
  // a script cannot import() without a Node flag: the bundle borrows this module's import() for
  // the language server, an ES module loaded on demand (src/cli/commands/lsp.ts)
  const shared = globalThis as { __mtlintImport?: (url: string) => Promise<unknown>; __mtlintLinted?: boolean };
  shared.__mtlintImport = (url) => import(url);
  if (full && partial && (!usedFull || script.cachedDataRejected)) {
    process.once('exit', () => {
      if (shared.__mtlintLinted) {
        saveCodeCache(script, full);
        rmSync(partial, { force: true });
      } else if (!cachedData || script.cachedDataRejected) saveCodeCache(script, partial);
    });
  }
  const bundled = { exports: {} };
  script.runInThisContext()(bundled.exports, createRequire(file), bundled, file, dirname(file));
}

/** A cache file's name: the bundle's content hash, the Node version and the architecture. */
const CACHE_NAME_RE = /^[0-9a-f]{16}-v[\d.]+-\w+(?:-partial)?\.bin$/;

/**
 * Where the code cache of this bundle lives: a private folder in the temp folder, one file per
 * bundle content and Node version. V8 checks only the source's length before using cached code,
 * so the name carries a hash of the content: a new release never runs an old one's code.
 */
function codeCachePath(file: string, source: string): string | undefined {
  try {
    const uid = process.getuid?.() ?? 0;
    const dir = join(tmpdir(), `mtlint-code-cache-${uid}`);
    // not `recursive`: Node 20's recursive mkdir never returns for a path under /proc
    try {
      mkdirSync(dir, { mode: 0o700 });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') return undefined;
    }
    // never load code another user could have written, nor follow a link elsewhere
    const stat = lstatSync(dir);
    if (!stat.isDirectory() || (process.getuid && (stat.uid !== uid || (stat.mode & 0o077) !== 0))) return undefined;
    const hash = createHash('sha256').update(source).digest('hex').slice(0, 16);
    return join(dir, `${hash}-${process.version}-${process.arch}.bin`);
  } catch {
    return undefined;
  }
}

/** Caches kept: one per build of mtlint in use (an update leaves its predecessor's behind). */
const KEEP = 4;

function saveCodeCache(script: Script, cacheFile: string): void {
  try {
    const temp = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(temp, script.createCachedData(), { mode: 0o600 });
    renameSync(temp, cacheFile);
    const dir = dirname(cacheFile);
    // only our own cache files, and temporary files an interrupted run left over an hour ago
    const names = readdirSync(dir);
    const old = names
      .filter((f) => CACHE_NAME_RE.test(f))
      .map((f) => ({ f, t: statSync(join(dir, f)).mtimeMs }))
      .sort((a, b) => b.t - a.t)
      .slice(KEEP);
    const stale = names.filter((f) => /\.bin\.\d+\.tmp$/.test(f) && statSync(join(dir, f)).mtimeMs < Date.now() - 3_600_000).map((f) => ({ f }));
    for (const { f } of [...old, ...stale]) rmSync(join(dir, f), { force: true });
  } catch {
    // a cache that cannot be written is only a slower next start
  }
}
