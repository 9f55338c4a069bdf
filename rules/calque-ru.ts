import { packRule } from './packs/pack-rule.js';
import { ruPack } from './packs/ru.js';

export default packRule('calque-ru', ruPack, {
  description: 'Word-for-word renderings of Russian expressions ("in the nearest future", "within the framework of")',
  why: 'Russian prepositional phrases and reflexive verbs are often rendered word for word. Non-English forms ("nearest future", "feel myself fine") are reported by nonsense-calque, in any text; officialese calques ("within the framework of", "on the territory of") only when the source language is Russian.',
  valid: ['The talks took place within the framework of the treaty.'],
  invalid: [{ text: 'The talks took place within the framework of the treaty.', sourceLanguage: 'ru' }],
}, { only: 'sourceOnly' });
