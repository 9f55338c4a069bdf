import { defineRule } from '../src/engine/define-rule.js';

/** Pinyin of Chinese common nouns (administrative units, offices) that MT leaves untranslated, with their meaning. */
const COMMON_NOUNS: Record<string, string> = {
  jiedao: 'sub-district', shequ: 'community', juweihui: "residents' committee", cunweihui: 'village committee',
  danwei: 'work unit', xingzheng: 'administrative', weiyuanhui: 'committee', zhengfu: 'government', fayuan: 'court',
  jianchayuan: 'procuratorate', gonganju: 'public security bureau', paichusuo: 'police station', renmin: "people's",
  zhongxin: 'centre', bumen: 'department', gongsi: 'company', jituan: 'group', daxue: 'university', yiyuan: 'hospital',
  xiangzhen: 'township', zhenfu: 'town government', shiwei: 'municipal party committee', shengwei: 'provincial party committee',
  xianwei: 'county party committee', guanweihui: 'management committee', bangongshi: 'office', zhihuibu: 'headquarters',
  guanliju: 'administration bureau', jiancha: 'inspection', shenpan: 'trial', tingshen: 'hearing',
};
/** One syllable of Hanyu Pinyin, without tone marks. */
const SYLLABLE = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|ve|er|a|o|e|i|u|v)';
const SINGLE_SYLLABLE_RE = new RegExp(`^${SYLLABLE}$`, 'i');
/** Syllables that end an office name: 庭 tribunal, 局 bureau, 处 division, 科 section, 所 station, 站 station, 委 committee. */
const OFFICE_SYLLABLES = new Set(['ting', 'ju', 'chu', 'ke', 'suo', 'zhan', 'wei', 'yuan', 'hui']);
const INSTITUTION = '(?:Office|Committee|Bureau|Court|Tribunal|Station|Department|Center|Centre|Administration|Council|Hall|Division|Section)';

const WORD_RUN_RE = new RegExp(
  String.raw`\b(?<common>${Object.keys(COMMON_NOUNS).map((k) => k[0].toUpperCase() + k.slice(1)).join('|')})\s+${INSTITUTION}\b|\b(?<run>(?:[A-Z][a-z]{0,5}[ \t]+){2,3}[A-Z][a-z]{0,5})\b`,
  'g',
);

export default defineRule({
  id: 'pinyin-leak',
  meta: {
    description: 'Pinyin for a Chinese common noun (an office, an administrative unit) treated as a name: "the Jiedao Office", "Xing Zheng Ting"',
    category: 'untranslated',
    defaultSeverity: 'warning',
    fixable: 'none',
    preset: 'all',
    messages: {
      common: '"{{match}}": "{{word}}" is pinyin for "{{meaning}}", a common noun, not a name: translate it.',
      run: '"{{match}}" is a run of single pinyin syllables ending in "{{word}}" (an office word): translate the title instead of spelling it out.',
    },
  },
  docs: {
    why: 'MT and hurried translators sometimes spell a Chinese common noun in pinyin as if it were a name: 街道办 becomes "the Jiedao Office", 行政庭 "Xing Zheng Ting". Place and personal names in pinyin are correct and are not reported.',
    valid: [
      'The Haidian District Court heard the case.',
      'Xi Jinping met Li Qiang in Beijing.',
      'The Chaoyang Police Station is nearby.',
      'Wang Xiao Ming said he would come.',
    ],
    invalid: [
      { text: 'Residents complained to the Jiedao Office about the noise.' },
      { text: 'The case went to the Xing Zheng Ting of the city court.' },
    ],
  },
  check(ctx) {
    const prose = ctx.doc.prose;
    WORD_RUN_RE.lastIndex = 0;
    for (let m = WORD_RUN_RE.exec(prose); m; m = WORD_RUN_RE.exec(prose)) {
      const g = m.groups!;
      const range: [number, number] = [m.index, m.index + m[0].length];
      if (g.common) {
        ctx.report({ range, messageId: 'common', data: { match: m[0], word: g.common, meaning: COMMON_NOUNS[g.common.toLowerCase()] } });
        continue;
      }
      const syllables = g.run.split(/\s+/);
      const last = syllables[syllables.length - 1].toLowerCase();
      if (syllables.length < 3 || !OFFICE_SYLLABLES.has(last) || !syllables.every((s) => SINGLE_SYLLABLE_RE.test(s))) continue;
      ctx.report({ range, messageId: 'run', data: { match: m[0], word: syllables[syllables.length - 1] } });
    }
  },
});
