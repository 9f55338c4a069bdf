/** Offsets <-> 1-based line/column for a text, treating LF, CRLF and lone CR as line breaks. */
export class LineIndex {
  private readonly starts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    eachLineBreak(text, (_, end) => {
      starts.push(end);
    });
    this.starts = starts;
  }

  /** 0-based line of an offset. */
  lineOf(offset: number): number {
    const s = this.starts;
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** 1-based line and column (UTF-16 code units) of an offset. */
  position(offset: number): { line: number; column: number } {
    const line = this.lineOf(offset);
    return { line: line + 1, column: offset - this.starts[line] + 1 };
  }

  /** Offset of a 0-based line and character, clamped to the text. */
  offsetAt(line: number, character: number): number {
    if (line < 0) return 0;
    if (line >= this.starts.length) return this.text.length;
    const end = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
    return Math.min(this.starts[line] + Math.max(0, character), end);
  }

  /** Start offset of a 0-based line. */
  lineStart(line: number): number {
    return this.starts[Math.min(Math.max(line, 0), this.starts.length - 1)];
  }

  /** End offset of a 0-based line, before its line break. */
  lineEnd(line: number): number {
    const next = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
    let end = next;
    if (end > this.starts[line] && this.text[end - 1] === '\n') end--;
    if (end > this.starts[line] && this.text[end - 1] === '\r') end--;
    return end;
  }

  get lineCount(): number {
    return this.starts.length;
  }
}

/**
 * The line breaks of a text (LF, CRLF or a lone CR) as `[start, end)` ranges, in order: found with
 * `indexOf` when the text has no CR, the common case, else with a regular expression.
 */
export function* lineBreaks(text: string): Generator<[number, number]> {
  if (text.indexOf('\r') < 0) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) yield [i, i + 1];
    return;
  }
  const re = /\r\n?|\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) yield [m.index, m.index + m[0].length];
}

/** Calls `visit(start, end)` for each line break of a text (LF, CRLF or a lone CR), in order: `lineBreaks` without a generator. */
export function eachLineBreak(text: string, visit: (start: number, end: number) => void): void {
  if (text.indexOf('\r') < 0) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) visit(i, i + 1);
    return;
  }
  const re = /\r\n?|\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) visit(m.index, m.index + m[0].length);
}
