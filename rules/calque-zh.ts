import { packRule } from './packs/pack-rule.js';
import { zhPack } from './packs/zh.js';

export default packRule('calque-zh', zhPack, {
  description: 'Word-for-word renderings of Chinese expressions ("Sexual testing" for 试探性, "the masses" for 群众, "relevant departments")',
  why: 'Chinese builds adjectives with 性 and favours set political phrases and four-character idioms; MT renders them word for word. The nonsense ones ("Sexual testing", "people mountain people sea") are reported in any text; the translationese ones ("the masses", "relevant departments", "carry out ... work") only when the source language is Chinese (sourceLanguage: zh, or guessed). Each entry names the expression it renders and suggests an English wording.',
});
