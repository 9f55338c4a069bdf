import { flag, swap } from './entry.js';
import type { PhrasePack } from './pack-rule.js';

const YOROSHIKU = 'gaijinpot.com, "What is yoroshiku onegai shimasu?" (2013); steepholm.livejournal.com, "Yoroshiku onegai shimasu!"';

/** Japanese calques and set phrases left in romaji. */
export const jaPack: PhrasePack = {
  language: 'ja',
  anyLanguage: {
    'yoroshiku-romaji': swap(
      'yoroshiku(?: onegai(?: ?shimasu)?)?',
      'I look forward to working with you',
      '"{{match}}" is よろしくお願いします left in romaji: write "{{expected}}", "nice to meet you" or "thanks in advance", as the context asks.',
      'A set phrase with no single English equivalent; its sense depends on the situation. Evidence: ' + YOROSHIKU + '.',
      { invalid: ['My name is Louis. Yoroshiku onegaishimasu.'] },
    ),
    'otsukaresama-romaji': swap(
      'otsukaresama(?: deshita| desu)?',
      'thanks for your hard work',
      '"{{match}}" is お疲れ様 left in romaji: write "{{expected}}" or "good work today".',
      'A greeting between colleagues at the end of work. Evidence: the Japanese-English phrase guides cited for yoroshiku; ' + YOROSHIKU + '.',
    ),
    'itadakimasu-romaji': swap('itadakimasu', "let's eat", '"{{match}}" is いただきます left in romaji: write "{{expected}}".', 'Said before a meal; English has no set phrase. Evidence: Japanese phrase guides.'),
  },
  sourceOnly: {
    'please-treat-me-well': swap(
      'please (?:take care of|treat) me(?: well| kindly)?',
      'I look forward to working with you',
      '"{{match}}" renders よろしくお願いします word for word: write "{{expected}}" or "nice to meet you".',
      'The literal reading ("please treat me well") sounds like a plea in English. Evidence: ' + YOROSHIKU + '.',
      { invalid: ['Tanaka-san bowed and said: Please treat me well.'] },
    ),
    'thank-you-for-your-hard-work': swap(
      'thank you for your hard work',
      'good work today',
      '"{{match}}" renders お疲れ様です, a routine greeting: write "{{expected}}", "thanks" or "see you".',
      'Evidence: Japanese phrase guides; the phrase is a greeting, not praise.',
    ),
    'excuse-me-for-intruding': swap(
      'excuse me for (?:disturbing|intruding|bothering)(?: you)?',
      'thank you for having me',
      '"{{match}}" renders お邪魔します, said on entering a home: write "{{expected}}".',
      'Evidence: Japanese phrase guides.',
    ),
    'honorific-suffix': flag(
      '[A-Z][a-z]+-(?:san|sama|kun|chan|dono|senpai|sensei)',
      '"{{match}}": a Japanese honorific left on the name; drop it or use Mr./Ms. unless the text keeps honorifics on purpose.',
      'Honorific suffixes carry register that English marks differently. Evidence: translation style notes on keigo and honorifics.',
      { invalid: ['Tanaka-san thanked the team before the match.'], valid: ['The Anti-Saloon League met.'] },
    ),
  },
};
