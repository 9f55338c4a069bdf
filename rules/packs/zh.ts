import type { DeclarativeRule } from '../../src/config/types.js';
import { flag, swap } from './entry.js';
import type { PhrasePack } from './pack-rule.js';

type Entry = DeclarativeRule;

const PINKHAM = "Joan Pinkham, The Translator's Guide to Chinglish (reading notes at elootrans.com)";

/** Chinese calques that read as nonsense in any English text: run whatever the source language. */
const anyLanguage: Record<string, Entry> = {
  'sexual-testing': swap(
    'sex(?:ual)? (?:testing|probing)|(?:testing|probing) sex(?:ual)?',
    'probing',
    '"{{match}}" renders 试探性 ("probing, tentative"): 性 is the suffix "-ness", not sex; write "{{expected}}".',
    '性 turns a word into an adjective or abstract noun (可能性 possibility, 试探性 tentative). MT reads it as "sex". Evidence: contextualchinese.com, entry 性; the founding article ("Sexual testing is an attempt to force the other party"). Next to health words (STI, HIV, clinic, screening, infection) "sexual testing" is real English and is not reported.',
    {
      invalid: [
        'Sexual testing is an attempt to force the other party to make concessions.',
        'The military exercise near the strait was a sexual probing of the new government.',
      ],
      valid: [
        'The clinic offers sexual health testing and advice.',
        'Sexual testing for STIs is free at the clinic.',
        'The clinic offers sexual testing.',
        'Regular sexual testing is advised for anyone with a new partner, since many infections show no symptoms.',
      ],
    },
  ),
  'breakthrough-sexual': swap(
    'breakthrough sex(?:ual)?|sex(?:ual)? breakthrough',
    'breakthrough',
    '"{{match}}" renders 突破性 ("breakthrough, major"): 性 is a suffix, not sex; write "{{expected}}".',
    '突破性进展 is "a breakthrough" or "major progress". Evidence: contextualchinese.com, entry 性.',
    { invalid: ['The talks achieved breakthrough sexual progress this week.'] },
  ),
  'people-mountain-people-sea': swap(
    'people mountain,? people sea',
    'huge crowds',
    '"{{match}}" is 人山人海 word for word: write "{{expected}}".',
    'A four-character idiom meaning a huge crowd. Evidence: studycli.org, Chinese idioms.',
    { invalid: ['On the holiday the square was people mountain people sea.'] },
  ),
  'horse-horse-tiger-tiger': swap(
    'horse horse,? tiger tiger',
    'so-so',
    '"{{match}}" is 马马虎虎 word for word: write "{{expected}}" (or "careless").',
    '马马虎虎 means "so-so" or "careless". Evidence: wenxuecity.com blog on Chinglish idioms.',
  ),
  'good-good-study': swap(
    'good good study,? day day up',
    'study hard and make progress every day',
    '"{{match}}" is 好好学习，天天向上 word for word: write "{{expected}}".',
    'A school slogan. Evidence: pjstar.com, "19 Chinese expressions".',
  ),
  'sheeps-head-dog-meat': flag(
    "(?:hang(?:s|ing)? (?:up )?)?(?:a )?sheep'?s head\\W+(?:\\w+\\W+){0,3}(?:sell(?:s|ing)? )?dog meat",
    '"{{match}}" is 挂羊头卖狗肉 word for word: it means false advertising, "bait and switch".',
    'Evidence: studycli.org, Chinese idioms.',
  ),
  'one-arrow-two-birds': swap(
    'one arrow,? two (?:birds|eagles|vultures)',
    'kill two birds with one stone',
    '"{{match}}" is 一箭双雕 word for word: the English idiom is "{{expected}}".',
    'Evidence: studycli.org, Chinese idioms.',
  ),
  'speed-cutting-area': swap(
    'speed cutting area',
    'fast-track ruling area',
    '"{{match}}" renders 速裁区 ("fast-track ruling area") word by word.',
    'A court sign criticised online. Evidence: China Daily, "Court translations criticized online", 2018.',
  ),
  'deeply-thoroughly-study': swap(
    'deeply and thoroughly stud(?:y|ied|ies|ying)',
    'study closely',
    '"{{match}}" is 深入学习 word for word: write "{{expected}}".',
    'Evidence: contextualchinese.com, entry 宣传 and related political vocabulary.',
  ),
};

/** Chinese calques that are grammatical English but translationese: run when the source is Chinese. */
const sourceOnly: Record<string, Entry> = {
  'the-masses': swap(
    'the (?:broad )?masses(?: of (?:the )?people)?',
    'the public',
    '"{{match}}" renders 群众 (ordinary people): write "{{expected}}" or "people".',
    '群众 is neutral; "the masses" sounds Marxist or condescending in English. Evidence: ' + PINKHAM + ', tid 4822 ("The masses\' eyes are snow-bright" for "The public is perceptive").',
    { valid: ['Mass transit serves the public.'] },
  ),
  'relevant-departments': swap(
    '(?:the )?relevant (?:departments?|authorities|units)|(?:the )?(?:departments|authorities) concerned',
    'the authorities',
    '"{{match}}" renders 有关部门: name the agency, or write "{{expected}}".',
    '有关部门 leaves the agency unnamed on purpose; the English reads as a gap. Evidence: China Digital Times lexicon, "Relevant department".',
  ),
  'accelerate-the-pace': swap('accelerat\\w* the pace of', 'accelerate', '"{{match}}" renders 加快…步伐: write "{{expected}}" with the noun.', PINKHAM + ', tids 4500, 4767.'),
  'mutual-cooperation': swap('mutual(?:ly)? cooperat\\w*', 'cooperation', '"{{match}}" is a redundant twin: cooperation is mutual; write "{{expected}}".', PINKHAM + ', tids 4767, 4520.'),
  'make-improvements': swap('make (?:an? )?improvements? (?:in|to|on)', 'improve', '"{{match}}" is a noun-heavy calque: write "{{expected}}".', PINKHAM + ', tids 4148, 4500.'),
  'conduct-investigation': swap('conduct\\w* an? investigation(?: (?:into|of|on))?', 'investigate', '"{{match}}" renders 进行调查: write "{{expected}}".', PINKHAM + ', tid 4500.'),
  'carry-out-work': flag(
    'carr(?:y|ied|ies|ying) out (?:\\w+ ){0,3}(?:work|research|inspections?|investigations?|activities)',
    '"{{match}}" renders 进行/开展 + noun: use the noun\'s own verb (research, inspect, investigate).',
    PINKHAM + ', tids 4148, 3999.',
  ),
  'the-work-of': flag('the work of \\w+ing', '"{{match}}": drop "the work of" (工作 is filler here).', PINKHAM + ', tid 4148.'),
  'promote-the-work': flag('promot\\w* the work of', '"{{match}}": drop "the work of" and promote the thing itself.', PINKHAM + ', tid 4073.'),
  'serious-natural-disaster': swap('serious natural disasters?', 'natural disaster', '"{{match}}": the adjective adds nothing; write "{{expected}}".', PINKHAM + ', tid 4767.'),
  'future-plans': swap('future plans?', 'plans', '"{{match}}": plans are about the future; write "{{expected}}".', PINKHAM + ', tid 3994.'),
  'greatly-improve': flag('greatly (?:improv|enhanc|rais)\\w*', '"{{match}}" renders 大大提高: the plain verb is stronger.', PINKHAM + ', tid 3994.'),
  'enthusiastically-support': swap('enthusiastically support\\w*', 'support', '"{{match}}" renders 热情支持: write "{{expected}}".', PINKHAM + ', tid 3994.'),
  'completely-eliminate': swap('completely eliminat\\w*', 'eliminate', '"{{match}}": eliminating is complete; write "{{expected}}".', PINKHAM + ', tid 3994.'),
  'actively-promote': swap('actively promot\\w*', 'promote', '"{{match}}" renders 积极推进: write "{{expected}}".', PINKHAM + ', tid 3994.'),
  'deepen-reform': swap('deepen\\w* (?:the )?reforms?', 'further reform', '"{{match}}" renders 深化改革: write "{{expected}}".', PINKHAM + ', tid 4132.'),
  'strengthen-construction': flag('strengthen\\w* (?:the )?(?:\\w+ )?construction', '"{{match}}" renders 加强…建设: write "improve" or "build" with the noun.', PINKHAM + ', tid 4132.'),
  'infrastructure-construction': swap('infrastructure construction', 'infrastructure', '"{{match}}" renders 基础设施建设: write "{{expected}}" (or "building infrastructure").', PINKHAM + ', tid 4132.'),
  'attach-great-importance': swap('attach\\w* great importance to', 'prioritize', '"{{match}}" renders 高度重视: write "{{expected}}".', PINKHAM + ', tid 4268.'),
  'do-a-good-job': flag('do (?:a )?good job (?:in|of)', '"{{match}}" renders 做好: write "do X well".', PINKHAM + ', tid 4268.'),
  'make-great-efforts': flag('make (?:great|every) efforts? to', '"{{match}}" renders 大力/努力: the plain verb is enough.', PINKHAM + ', tid 4268.'),
  'follow-a-policy': flag('follow\\w* a policy of', '"{{match}}": use the verb the policy names.', PINKHAM + ', tid 4268.'),
  'pay-attention-to-promoting': swap('pay\\w* attention to promoting', 'promote', '"{{match}}": write "{{expected}}".', PINKHAM + ', tid 4073.'),
  'valuable-treasure': swap('valuable treasures?', 'treasure', '"{{match}}": treasure is valuable; write "{{expected}}".', PINKHAM + ', tid 4073.'),
  'agricultural-harvest': swap('agricultural harvests?', 'harvest', '"{{match}}": write "{{expected}}".', PINKHAM + ', tid 3999.'),
  'living-standards-of-the-people': swap('living standards (?:for|of) the people', "people's living standards", '"{{match}}" renders 人民生活水平: write "{{expected}}".', PINKHAM + ', tids 4148, 4520.'),
  'improve-the-level': flag('improve the level of', '"{{match}}" renders 提高…水平: raise or improve the thing itself.', PINKHAM + ', tid 4069.'),
  'return-back': swap('return(?:s|ed|ing)? back', 'return', '"{{match}}": return means back; write "{{expected}}".', PINKHAM + ', tid 3963.'),
  'absolutely-essential': swap('absolutely essential', 'essential', '"{{match}}": write "{{expected}}".', PINKHAM + ', tid 4132.'),
  'big-in-size': swap('big in size', 'big', '"{{match}}": write "{{expected}}".', PINKHAM + ', tid 4132.'),
  'advance-planning': swap('advance planning', 'planning', '"{{match}}": planning is in advance; write "{{expected}}".', PINKHAM + ', tid 4822.'),
  'propaganda-work': swap('(?:publicity and )?propaganda work', 'publicity', '"{{match}}" renders 宣传工作, which is neutral: write "{{expected}}" or "promotion".', '宣传 means publicity or promotion without the English sense of deceit. Evidence: contextualchinese.com, entry 宣传; nicjam.es, "xuanchuan".'),
  'it-is-said-that': swap('it is said that', 'reportedly', '"{{match}}" renders 据说: write "{{expected}}".', 'Evidence: wtoqc.net translation forum, thread 64100.'),
  'peasants': swap('peasants?', 'farmers', '"{{match}}" renders 农民, which is neutral: write "{{expected}}".', 'Evidence: wtoqc.net translation forum, thread 64100.'),
  'till-now': swap('till now', 'so far', '"{{match}}" renders 直到现在: write "{{expected}}".', 'Evidence: wtoqc.net translation forum, thread 64100.'),
  'bring-happiness': flag('br(?:ing|ings|ought) (?:\\w+ )?(?:happiness|pressure)', '"{{match}}" renders 带来: use a specific verb.', 'Evidence: kdictionary.com, "15 Chinglish pitfalls".'),
  'it-is-learned-that': swap('it is (?:learned|learnt|understood|reported) that', 'reportedly', '"{{match}}" renders 据悉/据了解: write "{{expected}}".', 'Evidence: wanyu.app, HSK 6 grammar 据悉.'),
  'add-oil': swap('add oil', 'come on', '"{{match}}" renders 加油 as a cheer: write "{{expected}}" or "go for it".', 'Evidence: studycli.org, Chinese idioms. Kept to Chinese sources because "add oil" is literal in cooking.'),
  'carry-forward': swap('(?:forcefully|vigorously) carr(?:y|ied|ies|ying) forward', 'promote', '"{{match}}" renders 大力弘扬: write "{{expected}}" or "uphold".', 'Evidence: contextualchinese.com, entry 宣传.'),
  'engage-in-work': flag('engag\\w+ in (?:\\w+ )?(?:work|activities|construction)', '"{{match}}" renders 搞/从事: use the plain verb.', 'Evidence: free-chinese.com, entry 搞.'),
};

/** The Chinese calque pack (catalog Appendix A). "an important think tank" said of a person is the rule person-as-think-tank. */
export const zhPack: PhrasePack = {
  language: 'zh',
  anyLanguage,
  sourceOnly,
  unless: {
    // 试探性 is said of diplomacy and war; next to health words, "sexual testing" is the clinic's English
    'sexual-testing':
      'STIs?|STDs?|HIV|sexually transmitted|sexual health|clinics?|health ?care|health|medical|medicine|screenings?|infections?|infectious|chlamydia|gonorrh?o?ea|syphilis|hepatitis|herpes|HPV|symptoms?|patients?|doctors?|nurses?|GPs?|hospitals?|pharmac(?:y|ies)|condoms?|contracepti(?:on|ves?)|pregnan(?:cy|t)|vaccin(?:e|es|ation)|diagnos(?:is|es|tic)|swabs?|lab(?:oratory)? results?|test results?',
  },
};
