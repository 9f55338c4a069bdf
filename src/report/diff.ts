import { sep } from 'node:path';
import { formatPatch, structuredPatch, type StructuredPatch } from 'diff';

/** One file's text before and after fixing. */
export interface FileChange {
  /** The path relative to the directory `git apply` will run in (the cwd); `/` or the platform separator. */
  path: string;
  before: string;
  after: string;
  /**
   * The file starts with a byte order mark that `before`/`after` do not contain (the CLI strips
   * it when decoding). It is put back so that a hunk touching line 1 still matches the file.
   */
  bom?: boolean;
}

/** Options of `unifiedDiff`. */
export interface UnifiedDiffOptions {
  /** Unchanged lines shown around each change (default 3, as git). */
  context?: number;
}

/** The path as git writes it: forward slashes, no leading `./`. */
function gitPath(path: string): string {
  const slashed = sep === '\\' ? path.replace(/\\/g, '/') : path;
  return slashed.replace(/^(?:\.\/)+/, '');
}

/**
 * A git-style unified diff (`diff --git a/… b/…`) of every file whose text changed, which
 * `git apply` (or `patch -p1`) applies. Line endings are kept byte for byte (a CRLF line is
 * diffed with its CR), a missing final newline is marked `\ No newline at end of file`, and
 * names with special characters are C-quoted as git does. Returns '' when nothing changed.
 */
export function unifiedDiff(changes: readonly FileChange[], options: UnifiedDiffOptions = {}): string {
  const context = options.context ?? 3;
  const patches: string[] = [];
  for (const change of changes) {
    if (change.before === change.after) continue;
    const path = gitPath(change.path);
    const bom = change.bom ? '\uFEFF' : '';
    const patch: StructuredPatch = structuredPatch(`a/${path}`, `b/${path}`, bom + change.before, bom + change.after, undefined, undefined, { context });
    patches.push(formatPatch({ ...patch, isGit: true }));
  }
  return patches.join('');
}
