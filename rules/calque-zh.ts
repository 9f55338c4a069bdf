import { packRule } from './packs/pack-rule.js';
import { zhPack } from './packs/zh.js';

export default packRule('calque-zh', zhPack, {
  description: 'Translationese from Chinese, when the source is Chinese: set phrases rendered word for word ("the masses" for 群众, "relevant departments" for 有关部门, "carry out ... work")',
  why: 'Chinese favours set political phrases and verb-noun frames (进行…工作, 加强…建设) that MT renders word for word. These phrases are grammatical English, so they are reported only when the source language is Chinese (sourceLanguage: zh, or guessed from leftovers); the nonsense renderings ("Sexual testing") are the nonsense-calque rule\'s. Each entry names the expression it renders and suggests an English wording.',
  valid: ['The public was told by the ministry.', 'The masses gathered in the square.'],
  invalid: [{ text: 'The masses welcomed the policy.', sourceLanguage: 'zh' }, { text: 'Relevant departments will carry out inspection work.', sourceLanguage: 'zh' }],
}, { only: 'sourceOnly' });
