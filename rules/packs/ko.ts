import { flag, swap } from './entry.js';
import type { PhrasePack } from './pack-rule.js';

const KONGLISH = 'korean15.blogspot.com, "Konglish Lesson #1" (2009); uptempom.blogspot.com, "Konglish" (2021); olandeems.blogspot.com, "Let\'s learn Konglish" (2014)';

/** Korean calques and Konglish. */
export const koPack: PhrasePack = {
  language: 'ko',
  anyLanguage: {
    skinship: swap(
      'skinships?',
      'physical affection',
      '"{{match}}" is Konglish (스킨십): write "{{expected}}" or "physical contact".',
      'Coined in Korean from "skin" + "-ship"; English speakers do not know it. Evidence: ' + KONGLISH + '.',
      { invalid: ['He likes skinship too much.'], valid: ['The ship had a thin skin of ice.'] },
    ),
    'eye-shopping': swap('eye[- ]shopping', 'window shopping', '"{{match}}" is Konglish (아이쇼핑): write "{{expected}}".', 'Evidence: ' + KONGLISH + '.'),
    hwaiting: swap('hwaiting|hwaiteu?ing|paiting', 'you can do it', '"{{match}}" is 화이팅 left in romanisation: write "{{expected}}" or "good luck".', 'A cheer of encouragement. Evidence: ' + KONGLISH + '; winenfood.com, "Mistakes a Korean to English translator can make".'),
    'grand-open': swap('grand open', 'grand opening', '"{{match}}" is Konglish (그랜드 오픈): write "{{expected}}".', 'Evidence: uptempom.blogspot.com, "Konglish" (2021).'),
  },
  sourceOnly: {
    fighting: swap(
      'fighting!',
      'You can do it!',
      '"{{match}}" renders 화이팅, a cheer: write "{{expected}}" or "Good luck!".',
      'The catalog, Appendix A #52; winenfood.com, "Mistakes a Korean to English translator can make"; ' + KONGLISH + '.',
      { invalid: ['Kim-ssi, fighting! We believe in you.'] },
    ),
    'honorific-suffix': flag('[A-Z][a-z]+-(?:ssi|nim)', '"{{match}}": a Korean honorific (씨, 님) left on the name; drop it or use Mr./Ms.', 'Evidence: Korean-English translation style notes on honorifics.'),
    'one-shot': swap("let'?s (?:do )?(?:a )?one[- ]?shot", 'bottoms up', '"{{match}}" is Konglish (원샷): write "{{expected}}".', 'Evidence: olandeems.blogspot.com, "Let\'s learn Konglish" (2014).'),
    'hand-phone': swap('hand ?phones?', 'mobile phone', '"{{match}}" is Konglish (핸드폰): write "{{expected}}" (also Singapore and Malaysian English, hence only for Korean sources).', 'Evidence: k-lingodaily.blogspot.com, "30 Konglish false friends" (2025).'),
    'eat-deliciously': swap('eat(?:s)? (?:it )?deliciously', 'enjoy your meal', '"{{match}}" renders 맛있게 드세요: write "{{expected}}".', 'Evidence: Korean phrase guides.'),
    'have-you-eaten-rice': swap('(?:have you|did you) eat(?:en)? rice', 'how are you', '"{{match}}" renders 밥 먹었어?, a greeting: write "{{expected}}".', 'Evidence: Korean phrase guides.'),
  },
};
