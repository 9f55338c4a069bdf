import { packRule } from './packs/pack-rule.js';
import { jaPack } from './packs/ja.js';

export default packRule('calque-ja', jaPack, {
  description: 'Word-for-word renderings of Japanese set phrases ("Please treat me well" for よろしくお願いします) and romaji left in',
  why: 'Japanese greetings and set phrases have no word-for-word English equivalent; MT renders them literally or leaves them in romaji. Romaji phrases ("yoroshiku onegaishimasu") are reported by nonsense-calque, in any text; literal renderings and honorific suffixes only when the source language is Japanese (sourceLanguage: ja, or guessed from kana or honorifics).',
  valid: ['Please treat me well, she joked.', 'Thank you for your hard work on the report.'],
  invalid: [{ text: 'Please treat me well.', sourceLanguage: 'ja' }],
}, { only: 'sourceOnly' });
