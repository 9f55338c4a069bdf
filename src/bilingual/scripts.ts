/** Writing systems a source may be in, with the letters that belong to each. */
export const SCRIPTS: ReadonlyArray<{ name: string; language: string; re: RegExp }> = [
  { name: 'Japanese', language: 'ja', re: /[\p{Script=Hiragana}\p{Script=Katakana}]/gu },
  { name: 'Korean', language: 'ko', re: /\p{Script=Hangul}/gu },
  { name: 'Chinese', language: 'zh', re: /\p{Script=Han}/gu },
  { name: 'Cyrillic', language: 'ru', re: /\p{Script=Cyrillic}/gu },
  { name: 'Greek', language: 'el', re: /\p{Script=Greek}/gu },
  { name: 'Arabic', language: 'ar', re: /\p{Script=Arabic}/gu },
  { name: 'Hebrew', language: 'he', re: /\p{Script=Hebrew}/gu },
  { name: 'Thai', language: 'th', re: /\p{Script=Thai}/gu },
  { name: 'Devanagari', language: 'hi', re: /\p{Script=Devanagari}/gu },
];

const LETTER_RE = /\p{L}/gu;
const HAN_RE = /\p{Script=Han}/gu;

function count(text: string, re: RegExp): number {
  re.lastIndex = 0;
  return text.match(re)?.length ?? 0;
}

/** The non-Latin script most of a text's letters are in (Japanese counts its Han with its kana), or undefined. */
export function dominantScript(text: string): { name: string; language: string; share: number; letters: number } | undefined {
  const letters = count(text, LETTER_RE);
  if (letters === 0) return undefined;
  let best: { name: string; language: string; n: number } | undefined;
  for (const s of SCRIPTS) {
    let n = count(text, s.re);
    if (s.language === 'ja' && n > 0) n += count(text, HAN_RE);
    if (n > 0 && (!best || n > best.n)) best = { name: s.name, language: s.language, n };
  }
  if (!best || best.n * 2 < letters) return undefined;
  return { name: best.name, language: best.language, share: best.n / letters, letters };
}

/**
 * The share of a text written in a script (by its language code), by letters; a Han, kana or
 * hangul character weighs as two letters, since it carries about as much as a short word.
 */
export function scriptShare(text: string, language: string): number {
  const letters = count(text, LETTER_RE);
  if (letters === 0) return 0;
  const script = SCRIPTS.find((s) => s.language === language);
  if (!script) return 0;
  let n = count(text, script.re);
  if (language === 'ja') n += count(text, HAN_RE);
  const weight = language === 'zh' || language === 'ja' || language === 'ko' ? 2 : 1;
  return (n * weight) / (letters - n + n * weight);
}

/** Letters and digits: the length measure of the length-ratio check (spaces and punctuation left out). */
export function contentLength(text: string): number {
  return text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
}
