import { packRule } from './packs/pack-rule.js';
import { koPack } from './packs/ko.js';

export default packRule('calque-ko', koPack, {
  description: 'Konglish and word-for-word renderings of Korean expressions ("skinship", "Fighting!" for 화이팅)',
  why: 'Korean uses English-looking words with Korean meanings (Konglish) and set cheers and greetings that MT renders literally. Konglish coinages ("skinship", "eye shopping") are reported by nonsense-calque, in any text; the others only when the source language is Korean.',
  valid: ['Call my handphone.', 'Have you eaten rice today?'],
  invalid: [{ text: 'Call my handphone.', sourceLanguage: 'ko' }],
}, { only: 'sourceOnly' });
