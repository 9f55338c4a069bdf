import type { Range } from '../types.js';

/**
 * Maps the prose view of a document back to file offsets.
 * A segment maps `[proseStart, proseStart + proseLength)` onto `[fileStart, fileStart + fileLength)`;
 * text segments have equal lengths, atoms (inline code, links) stand for a longer file span.
 */
export interface Segment {
  proseStart: number;
  proseLength: number;
  fileStart: number;
  fileLength: number;
}

/** Builds the prose string and its map, piece by piece, in file order. */
export class ProseBuilder {
  private parts: string[] = [];
  private length = 0;
  readonly segments: Segment[] = [];

  /** Copy file text `[fileStart, fileStart + text.length)` verbatim. */
  text(text: string, fileStart: number): void {
    if (!text) return;
    this.segments.push({ proseStart: this.length, proseLength: text.length, fileStart, fileLength: text.length });
    this.parts.push(text);
    this.length += text.length;
  }

  /** A stand-in character for a span of the file that is not prose (code, a URL). */
  atom(fileStart: number, fileEnd: number, char = '\uFFFC'): void {
    this.segments.push({ proseStart: this.length, proseLength: char.length, fileStart, fileLength: fileEnd - fileStart });
    this.parts.push(char);
    this.length += char.length;
  }

  /** Separator text that exists only in the prose (a paragraph break between blocks). */
  gap(text: string): void {
    this.parts.push(text);
    this.length += text.length;
  }

  get proseLength(): number {
    return this.length;
  }

  build(): { prose: string; map: OffsetMap } {
    return { prose: this.parts.join(''), map: new OffsetMap(this.segments) };
  }
}

/** Translates prose offsets to file offsets. */
export class OffsetMap {
  /** True when prose and file are the same string. */
  readonly identity: boolean;

  constructor(private readonly segments: Segment[], identityLength?: number) {
    this.identity = identityLength !== undefined;
  }

  static identity(): OffsetMap {
    return new OffsetMap([], 0);
  }

  private find(p: number): number {
    const s = this.segments;
    let lo = 0;
    let hi = s.length - 1;
    if (hi < 0 || p < s[0].proseStart) return -1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid].proseStart <= p) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** File offset of a prose start position. */
  start(p: number): number {
    if (this.identity) return p;
    const i = this.find(p);
    if (i < 0) return this.segments.length ? this.segments[0].fileStart : 0;
    const seg = this.segments[i];
    const d = p - seg.proseStart;
    if (d < seg.proseLength) return seg.proseLength === seg.fileLength ? seg.fileStart + d : seg.fileStart;
    const next = this.segments[i + 1];
    return next ? next.fileStart : seg.fileStart + seg.fileLength;
  }

  /** File offset of a prose end position (exclusive). */
  end(p: number): number {
    if (this.identity) return p;
    if (p <= 0) return this.start(0);
    const i = this.find(p - 1);
    if (i < 0) return this.start(0);
    const seg = this.segments[i];
    const d = p - seg.proseStart;
    if (d <= seg.proseLength) return seg.proseLength === seg.fileLength ? seg.fileStart + d : seg.fileStart + seg.fileLength;
    return seg.fileStart + seg.fileLength;
  }

  /** File range of a prose range; an empty prose range stays empty. */
  range([s, e]: Range): Range {
    if (this.identity) return [s, e];
    if (s === e) {
      const f = s > 0 ? this.end(s) : this.start(s);
      return [f, f];
    }
    return [this.start(s), Math.max(this.start(s), this.end(e))];
  }
}
