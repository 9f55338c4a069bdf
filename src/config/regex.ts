import type { RE2JS } from 're2js';
import { lazyModule } from '../formats/lazy.js';

// RE2 is needed only for patterns users define: loaded on first use, it costs nothing at start-up
const re2 = lazyModule<typeof import('re2js')>('re2js');

/** One match of a pattern. */
export interface Match {
  start: number;
  end: number;
  text: string;
}

/** A compiled pattern that finds all its matches in linear time. */
export interface Matcher {
  matchAll(text: string): Iterable<Match>;
}

/** Compiles a user-supplied pattern with RE2 semantics (no backtracking): linear time on any input. */
export function compileUserPattern(source: string, ignoreCase: boolean): Matcher {
  const { RE2JS } = re2();
  const re = RE2JS.compile(source, (ignoreCase ? RE2JS.CASE_INSENSITIVE : 0) | RE2JS.MULTILINE);
  return {
    *matchAll(text: string) {
      const m = re.matcher(text);
      while (m.find()) {
        const start = m.start();
        const end = m.end();
        if (end > start) yield { start, end, text: text.slice(start, end) };
      }
    },
  };
}

/** Compiles a vetted built-in pattern with the native engine. */
export function compileBuiltinPattern(source: string, ignoreCase: boolean): Matcher {
  // the `u` flag only where needed: with `i` it turns off V8's fast scanning (20-30x slower)
  const unicode = /[^\x00-\x7f]|\\[pPu]/.test(source);
  const re = new RegExp(source, `g${ignoreCase ? 'i' : ''}m${unicode ? 'u' : ''}`);
  return {
    *matchAll(text: string) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        yield { start: m.index, end: m.index + m[0].length, text: m[0] };
      }
    },
  };
}

/** Checks that a user pattern is valid RE2 syntax; returns the parser's message when not. */
export function userPatternError(source: string): string | undefined {
  try {
    re2().RE2JS.compile(source);
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}

/** A set of alternatives matched in one pass; each match says which alternative it was. */
export interface AlternationMatcher {
  matchAll(text: string): Iterable<Match & { alternative: number }>;
}

/** Compiles alternatives into one pass, on word boundaries. */
export function compileAlternatives(sources: string[], ignoreCase: boolean, user: boolean): AlternationMatcher {
  const wrap = (s: string): string => `(?:^|\\b)(?:${s})(?:\\b|$)`;
  const compile = user ? compileUserPattern : compileBuiltinPattern;
  const combined = compile(sources.map((s) => `(?:${s})`).map(wrap).join('|'), ignoreCase);
  const whole = sources.map((s) =>
    user
      ? ((re: RE2JS) => (t: string) => re.matches(t))(re2().RE2JS.compile(`(?:${s})`, ignoreCase ? re2().RE2JS.CASE_INSENSITIVE : 0))
      : ((re: RegExp) => (t: string) => re.test(t))(new RegExp(`^(?:${s})$`, `${ignoreCase ? 'i' : ''}${/[^\x00-\x7f]|\\[pPu]/.test(s) ? 'u' : ''}`)),
  );
  return {
    *matchAll(text: string) {
      for (const m of combined.matchAll(text)) {
        const alternative = whole.findIndex((test) => test(m.text));
        yield { ...m, alternative: alternative < 0 ? 0 : alternative };
      }
    },
  };
}
