/** Languages with their own packs and rules. */
export const SOURCE_LANGUAGES = ['zh', 'ja', 'ko', 'ru', 'de', 'fr', 'es', 'und'] as const;

/**
 * Guesses the source language of machine-translated English from what the translation left
 * behind: kana, hangul, Han characters and CJK punctuation, Cyrillic.
 */
export function guessSourceLanguage(text: string): string {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  if (/[\u3040-\u30ff]/.test(sample)) return 'ja';
  if (/[\uac00-\ud7af\u1100-\u11ff]/.test(sample)) return 'ko';
  if (/[\u4e00-\u9fff\u3000-\u303f\uff01-\uff0f\uff1a-\uff20]|[A-Z][a-z]+·[A-Z]/.test(sample)) return 'zh';
  if ((sample.match(/[\u0400-\u04ff]{3,}/g)?.length ?? 0) >= 5 || /«[^»]{1,80}»/.test(sample)) return 'ru';
  return 'und';
}
