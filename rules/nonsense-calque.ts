import { jaPack } from './packs/ja.js';
import { koPack } from './packs/ko.js';
import { mergeAnyLanguage, packRule } from './packs/pack-rule.js';
import { ruPack } from './packs/ru.js';
import { zhPack } from './packs/zh.js';

export default packRule(
  'nonsense-calque',
  mergeAnyLanguage([zhPack, jaPack, koPack, ruPack]),
  {
    description: 'Word-for-word renderings that make no sense in English, from any source language ("Sexual testing" for 试探性, "people mountain people sea", "skinship", "in the nearest future")',
    why: 'Some source expressions come out of machine translation as English words that mean nothing in English: Chinese 性 read as "sex" where it is the suffix "-ness" ("Sexual testing" for 试探性, "probing"), four-character idioms taken apart ("people mountain, people sea" for 人山人海), romaji and Konglish left in, Russian phrases kept word for word ("in the nearest future"). These phrases do not occur in well-edited English, so they are reported whatever the source language. Each entry names the expression it renders and suggests a wording; the suggestion is never applied by --fix. The entries come from the phrase packs of each language (rules/packs/), in the format of the config\'s "define".',
  },
  { only: 'anyLanguage', preset: 'recommended' },
);
