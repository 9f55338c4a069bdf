/** One match of a global regular expression, with its half-open range. */
export interface RegexMatch {
  m: RegExpExecArray;
  start: number;
  end: number;
}

/**
 * Every match of a global (`g`) regular expression in `text`, from the start, with its range.
 * The scan loop the rules share; an empty match moves on by one character.
 */
export function* matchAll(re: RegExp, text: string): Generator<RegexMatch> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    yield { m, start: m.index, end: m.index + m[0].length };
  }
}
