import { defineRule } from '../src/engine/define-rule.js';
import { chromeLines, linesWithMatch, reportLine, reportPiece, short } from '../src/text/chrome-lines.js';

/** Credits no sentence starts with: report them on any line of their own. */
/** Makes each word of a label pattern match with either case of its first letter. */
const anyCase = (pattern: string): string => pattern.replace(/(?<![\\\w])([a-z])/gi, (c) => `[${c.toUpperCase()}${c.toLowerCase()}]`);

const STRONG_LABEL = anyCase(String.raw`(?:Editor[- ]in[- ]charge|Responsible editors?|Executive editors?|Duty editors?|Editors? on duty|Chief editors?|Editor[- ]in[- ]chief|Text editors?|Copy editors?|Art editors?|Video editors?|Source editors?|Final (?:review|editor|reviewer)|Proofread(?:er|ers|ing| by)|Reviewed by|Reviewers?|Review(?:ing)? editors?|Typesett(?:ing|er)|Typeset by|Layout(?: design)?|Compiled by|Compilers?|Planners?|Planning|Producers?|Produced by|Supervisors?|Supervised by|Auditors?|Audit|Interns?|Trainee reporters?|Correspondents?|Reporters?)`);
/** Credits that may begin a line of an interview or a play: only at the page's edges. */
const WEAK_LABEL = anyCase(String.raw`(?:Editors?|Edited by|Authors?|Writers?|Text|Translators?|Translat(?:ed|ion) by|Photograph(?:er|y)|Designers?|Design|Illustrat(?:or|ion)|Contributors?)`);
/** A list of 1-4 names: capitalised words, initials, CJK names, joined by commas, slashes, "and". */
const NAMES = String.raw`(?:[\p{Lu}\p{Script=Han}][\p{L}'’.-]*(?:\s+[\p{Lu}\p{Script=Han}][\p{L}'’.-]*){0,3})(?:\s*(?:[,，、/&|;；]|\band\b)\s*[\p{Lu}\p{Script=Han}][\p{L}'’.-]*(?:\s+[\p{Lu}\p{Script=Han}][\p{L}'’.-]*){0,3}){0,5}`;
const EMAIL = String.raw`(?:\s*\(?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\)?)?`;
const CREDIT = (label: string): string => String.raw`${label}\s*[:：|]\s*${NAMES}${EMAIL}`;
const STRONG_LINE_RE = new RegExp(String.raw`^[\[【(（]?${CREDIT(STRONG_LABEL)}[\]】)）]?(?:\s+[\[【(（]?${CREDIT(`(?:${STRONG_LABEL}|${WEAK_LABEL})`)}[\]】)）]?)*$`, 'u');
const WEAK_LINE_RE = new RegExp(String.raw`^[\[【(（]?${CREDIT(WEAK_LABEL)}[\]】)）]?(?:\s+[\[【(（]?${CREDIT(`(?:${STRONG_LABEL}|${WEAK_LABEL})`)}[\]】)）]?)*$`, 'u');
/** "Reporter Kim Chul-soo kim@yna.co.kr", "China News Financial Reporter Xia Bin". */
const TITLE_NAME_RE = new RegExp(String.raw`^(?:[\p{Lu}][\p{L}.&'-]*\s+){0,5}(?:Reporters?|Correspondents?|Staff writers?)\s+${NAMES}${EMAIL}$`, 'u');
/** A credit in brackets at the end of a paragraph or inside a metadata line: "(Editor: Wang Jinxue)". */
const BRACKETED_LABEL = `(?:${STRONG_LABEL}|${anyCase('Editors?|Edited by|Translators?')})`;
const BRACKETED_RE = new RegExp(String.raw`[\[【(（]${CREDIT(BRACKETED_LABEL)}[\]】)）]`, 'gu');
/** Where a bracketed credit can start: an opening bracket and a label. */
const BRACKETED_START_RE = new RegExp(String.raw`[\[【(（]${BRACKETED_LABEL}`, 'g');

/** What every credit line has: a label's colon or bar, or a reporter's title (the long patterns are not even compiled without one). */
const mayBeCredit = (text: string): boolean => text.includes(':') || text.includes('：') || text.includes('|') || CREDIT_TITLE_RE.test(text);
const CREDIT_TITLE_RE = /Reporter|Correspondent|Staff writer/;

export default defineRule({
  id: 'editor-credit',
  meta: {
    description: 'A scraped editor or reporter credit line, as in "Editor in charge: Zhu Ying" or "(Editor: Wang Jinxue)"',
    category: 'boilerplate',
    defaultSeverity: 'warning',
    fixable: 'suggest',
    preset: 'recommended',
    messages: {
      credit: 'Scraped staff credit "{{found}}": page chrome, not part of the text.',
    },
  },
  docs: {
    why: 'Chinese, Korean and Japanese news pages end with the credits of the editor in charge (责任编辑), proofreader and reporter. Translated with the article they become lines like "Editor in charge: Zhu Ying", which are not part of the text.',
    valid: [
      'Reporter: Why did you leave the party?',
      'Editor: Thank you for coming.',
      'The editor in charge said the paper would not apologise.',
      'Author: The committee agreed on the draft.',
      'Reporters asked him about the plan.',
    ],
    invalid: [
      { text: 'The talks ended.\n\nEditor in charge: Zhu Ying' },
      { text: 'Responsible editor: Li Xufeng, Wang Jinxue' },
      { text: 'The talks ended. (Editor: Zhang Hongyu)' },
      { text: 'The talks ended.\n\nReporter Kim Chul-soo kim@yna.co.kr' },
      { text: 'The talks ended.\n\nAuthor: Cheng Xiaonong' },
    ],
  },
  check(ctx) {
    const bracketed = linesWithMatch(ctx.doc, BRACKETED_START_RE);
    for (const line of chromeLines(ctx.doc)) {
      const text = line.text;
      if (line.ownLine && line.words <= 30 && mayBeCredit(text) && (STRONG_LINE_RE.test(text) || TITLE_NAME_RE.test(text) || (line.edge && WEAK_LINE_RE.test(text)))) {
        reportLine(ctx, line, 'credit', { found: short(text) });
        continue;
      }
      if (!bracketed.has(line.index)) continue;
      BRACKETED_RE.lastIndex = 0;
      for (let m = BRACKETED_RE.exec(text); m; m = BRACKETED_RE.exec(text)) {
        const start = line.textStart + m.index;
        reportPiece(ctx, line, [start, start + m[0].length], 'credit', false, { found: m[0] });
      }
    }
  },
});
