/** Languages with their own packs and rules. */
export const SOURCE_LANGUAGES = ['zh', 'ja', 'ko', 'ru', 'de', 'fr', 'es', 'und'] as const;

const SAMPLE_CHARS = 200_000;

/** Residue a translation from each language leaves in English that has no foreign script left. */
const RESIDUE: Array<{ language: string; re: RegExp }> = [
  // honorific suffixes and romanised set phrases: Tanaka-san, Sato-sensei, itadakimasu
  { language: 'ja', re: /\b[A-Z][a-z]+-(?:san|sama|kun|chan|senpai|sensei|dono)\b|\b(?:[Ii]tadakimasu|[Oo]tsukaresama|[Yy]oroshiku onegai|[Gg]ochisousama)\b/g },
  // Kim-ssi, Park-nim, hwaiting, oppa/unnie/noona/hyung/sunbae addressed to a person
  { language: 'ko', re: /\b[A-Z][a-z]+-(?:ssi|nim)\b|\b(?:[Hh]waiting|[Oo]ppa|[Uu]nnie|[Nn]oona|[Hh]yung|[Ss]unbae|[Ss]unbaenim)\b/g },
  // 责任编辑, 原标题, （完）, 万/亿 rendered as words, 性 read as "sex", 人山人海
  {
    language: 'zh',
    re: /^[^\w\n\r\u2028\u2029]*(?:Editor in charge|Responsible editor|Original title)\s*[:：]|^\((?:Finish|End|Complete)\)$|\b\d[\d.,]*\s+(?:ten thousand|hundred million)\s+(?:yuan|RMB|people|tons|mu)\b|\bsexual (?:testing|probing)\b|\bbreakthrough sexual\b|\bpeople mountain,? people sea\b/gim,
  },
  // Russian numero sign and guillemets
  { language: 'ru', re: /№\s*\d|«[^»\n]{1,80}»/gu },
];

/**
 * Guesses the source language of machine-translated English from what the translation left
 * behind: kana, hangul, Han characters and CJK punctuation, Cyrillic; failing those, residue
 * in Latin letters (honorific suffixes, editor credit lines, calques that only one language
 * produces). Returns `und` when nothing points anywhere.
 */
export function guessSourceLanguage(text: string): string {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  if (/[\u3040-\u30ff]/.test(sample)) return 'ja';
  if (/[\uac00-\ud7af\u1100-\u11ff]/.test(sample)) return 'ko';
  if (/[\u4e00-\u9fff\u3000-\u303f\uff01-\uff0f\uff1a-\uff20]|[A-Z][a-z]+·[A-Z]/.test(sample)) return 'zh';
  if ((sample.match(/[\u0400-\u04ff]{3,}/g)?.length ?? 0) >= 5) return 'ru';
  let best = 'und';
  let bestCount = 0;
  for (const { language, re } of RESIDUE) {
    const count = sample.match(re)?.length ?? 0;
    if (count > bestCount) {
      best = language;
      bestCount = count;
    }
  }
  return best;
}
