import { defineRule } from '../src/engine/define-rule.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
// 2023 year 5 month 3 day | 5 month 3 day | 2023 year 5 month | 2023 year
const RE =
  /\b(?:((?:1[89]|20)\d\d)[ \t]+years?[ \t]+)?(\d{1,2})[ \t]+months?[ \t]+(\d{1,2})[ \t]+(?:days?|date|number)\b|\b((?:1[89]|20)\d\d)[ \t]+years?[ \t]+(\d{1,2})[ \t]+months?\b|\b((?:1[89]|20)\d\d)[ \t]+year\b(?![-'’]|[ \t]+(?:old|olds|period|plan|anniversary|history|mark|term|span|cycle|contract|deal|lease|high|low|average|budget|review|end)\b)/g;
/** Words after which "2023 year" is an English compound ("the 2023 year", "fiscal 2023 year"). */
const DETERMINER_BEFORE = /\b(?:the|a|this|that|each|every|its|their|our|his|her|fiscal|financial|school|academic|model|calendar|tax)[ \t]+$/i;

export default defineRule({
  id: 'cjk-date-calque',
  meta: {
    description: 'A Chinese, Japanese or Korean date with 年/月/日 left as words, as in "in 2023 year" or "5 month 3 day"',
    category: 'numbering',
    defaultSeverity: 'error',
    fixable: 'safe',
    preset: 'recommended',
    messages: { date: '"{{found}}" is a word-for-word 年/月/日 date: write "{{fixed}}".' },
  },
  docs: {
    why: 'Chinese, Japanese and Korean write dates as 2023年5月3日, literally "2023 year 5 month 3 day". Translation systems sometimes keep the counters as words. English writes "May 3, 2023".',
    valid: [
      'In 2023 the economy grew.',
      'The 2023 year-end report is out.',
      'The 2023 year was hard for farmers.',
      'A 2023 year old tree? No, a 300-year-old tree.',
      'He served 5 months and 3 days in prison.',
    ],
    invalid: [
      { text: 'The law took effect in 2023 year.', output: 'The law took effect in 2023.' },
      { text: 'The talks began on 5 month 3 day.', output: 'The talks began on May 3.' },
      { text: 'It opened on 2021 year 12 month 23 day in Beijing.', output: 'It opened on December 23, 2021 in Beijing.' },
      { text: 'Since 2019 year 7 month, prices rose.', output: 'Since July 2019, prices rose.' },
    ],
  },
  check(ctx) {
    const { prose } = ctx.doc;
    RE.lastIndex = 0;
    for (let m = RE.exec(prose); m; m = RE.exec(prose)) {
      const [found, year, month, day, yearOfMonth, monthOnly, yearOnly] = m;
      let fixed: string | undefined;
      if (month !== undefined) {
        const mm = Number(month);
        const dd = Number(day);
        if (mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31) fixed = `${MONTHS[mm - 1]} ${dd}${year ? `, ${year}` : ''}`;
      } else if (monthOnly !== undefined) {
        const mm = Number(monthOnly);
        if (mm >= 1 && mm <= 12) fixed = `${MONTHS[mm - 1]} ${yearOfMonth}`;
      } else if (!DETERMINER_BEFORE.test(prose.slice(Math.max(0, m.index - 20), m.index))) fixed = yearOnly;
      if (fixed === undefined) continue;
      const start = m.index;
      const end = start + found.length;
      ctx.report({
        range: [start, end],
        messageId: 'date',
        data: { found, fixed },
        fix: { title: `Write "${fixed}"`, edits: [{ range: [start, end], text: fixed }] },
      });
    }
  },
});
