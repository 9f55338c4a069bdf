import { flag, swap } from './entry.js';
import type { PhrasePack } from './pack-rule.js';

const LUTS = 'iraluts.blogspot.com, "8 more mistakes Russian learners of English often make" (2017)';
const VOA = 'voanews.com, "What Americans think when they hear common English mistakes"';

/** Russian calques. */
export const ruPack: PhrasePack = {
  language: 'ru',
  anyLanguage: {
    'nearest-future': swap('(?:the )?nearest future', 'the near future', '"{{match}}" renders в ближайшем будущем: write "{{expected}}".', 'Evidence: ' + LUTS + ', #3.', {
      invalid: ['The law will be changed in the nearest future.'],
      valid: ['The nearest station is closed.'],
    }),
    'feel-myself': flag(
      'feel(?:s|ing)? (?:myself|himself|herself|themselves|ourselves|yourself) (?:well|bad|badly|good|fine|better|worse|sick|ill|comfortable|uncomfortable|confident|safe)',
      '"{{match}}" renders чувствовать себя: drop the pronoun ("feel fine").',
      'Evidence: ' + VOA + '; ' + LUTS + ', #1.',
    ),
    'congratulations-with': swap('congratulations with', 'congratulations on', '"{{match}}" renders поздравляю с: write "{{expected}}".', 'Evidence: "Top 30 mistakes Russians make speaking English" (2013), #12.'),
    'and-etc': swap('and etc\\.?', 'etc.', '"{{match}}": etc. already means "and so on"; write "{{expected}}".', 'Evidence: mdco.ru, "Typical mistakes of Russian speakers in English", #2.'),
  },
  sourceOnly: {
    'in-the-framework-of': swap('(?:with)?in the framework of', 'as part of', '"{{match}}" renders в рамках: write "{{expected}}" or "under".', 'Officialese calque of в рамках. Evidence: Russian-English translation manuals on causal and prepositional phrases.', {
      invalid: ['Order № 5 was signed within the framework of the program.'],
    }),
    'on-the-territory-of': swap('on the territory of', 'in', '"{{match}}" renders на территории: write "{{expected}}".', 'Evidence: Russian-English translation manuals; Kazantsev, Russian Entomol. J. 31(1), 2022, on calqued territorial terms.'),
    'criminal-case-opened': flag('(?:a )?criminal case (?:was|has been|had been|is) (?:opened|initiated|instituted)', '"{{match}}" renders возбуждено уголовное дело: write "a criminal investigation was opened".', 'Evidence: Russian-English legal translation manuals.'),
    'undertake-measures': swap('undert(?:ake|akes|ook|aken|aking) measures', 'take measures', '"{{match}}" renders предпринять меры: write "{{expected}}".', 'Evidence: Russian-English translation manuals.'),
  },
};
