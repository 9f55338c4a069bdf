import { createHash, type Hash } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import writeFileAtomic from 'write-file-atomic';
import type { Diagnostic } from '../types.js';
import type { LintTask, LintTaskResult } from './task.js';

interface Entry {
  key: string;
  diagnostics: Diagnostic[];
  wordCount: number;
  /** Offsets of bad bytes in a streamed file (its invalid-utf8 problems are made from them). */
  invalidUtf8?: number[];
}

/**
 * `--cache`: remembers each file's diagnostics under a key made of its content, its config,
 * its syntax and source language, and mtlint's version; a file whose key is unchanged is not linted again.
 */
export class LintCache {
  private entries: Record<string, Entry> = {};
  private dirty = false;
  /** Each task's key, worked out once before linting: a file edited meanwhile is not stored under its new content. */
  private readonly keys = new WeakMap<LintTask, string>();

  private constructor(
    private readonly file: string,
    private readonly version: string,
  ) {}

  /** Where the cache is kept. */
  get location(): string {
    return this.file;
  }

  static open(file: string, version: string): LintCache {
    const cache = new LintCache(file, version);
    try {
      const data = JSON.parse(readFileSync(file, 'utf8'));
      if (data && data.version === version && typeof data.entries === 'object') cache.entries = data.entries;
    } catch {
      // no cache yet, or an unreadable one: start afresh
    }
    return cache;
  }

  private keyOf(t: LintTask): string {
    const hash = createHash('sha256')
      .update(this.version)
      .update('\0')
      .update(JSON.stringify(t.config))
      .update('\0')
      .update(`${t.relPath ?? ''}\0${t.syntax ?? ''}\0${t.sourceLanguage ?? ''}\0`);
    // a streamed file is hashed from its bytes, a megabyte at a time
    if (t.stream && t.filePath) hashFile(hash, t.filePath);
    else hash.update(t.text);
    return hash.digest('hex');
  }

  get(t: LintTask): Entry | undefined {
    if (!t.filePath) return undefined;
    const key = this.keyOf(t);
    this.keys.set(t, key);
    const e = this.entries[t.filePath];
    return e && e.key === key ? e : undefined;
  }

  set(t: LintTask, r: LintTaskResult): void {
    if (!t.filePath || r.output !== undefined) return;
    const key = this.keys.get(t) ?? this.keyOf(t);
    this.entries[t.filePath] = { key, diagnostics: r.diagnostics, wordCount: r.wordCount, ...(r.invalidUtf8?.length ? { invalidUtf8: r.invalidUtf8 } : {}) };
    this.dirty = true;
  }

  save(): void {
    if (!this.dirty) return;
    writeFileAtomic.sync(this.file, JSON.stringify({ version: this.version, entries: this.entries }));
  }
}

function hashFile(hash: Hash, file: string): void {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(1 << 20);
    for (let n = readSync(fd, buffer, 0, buffer.length, null); n > 0; n = readSync(fd, buffer, 0, buffer.length, null)) hash.update(buffer.subarray(0, n));
  } finally {
    closeSync(fd);
  }
}
