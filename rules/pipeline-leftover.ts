import { defineRule } from '../src/engine/define-rule.js';
import { chromeLines, reportLine, short } from '../src/text/chrome-lines.js';

/** An assistant's preamble or sign-off around a translation. */
const PREAMBLE_RE =
  /^(?:(?:Sure|Certainly|Of course|OK|Okay)[,!.]?\s+)?(?:Here(?:'s| is| are)|Below is|Below are|The following is|This is)\s+(?:the|an?|your|my)\s+(?:[\p{L}-]+\s+){0,5}?(?:translation|translated (?:text|version|article)|English version|rendering)s?\b[^\n]{0,120}?[:：]$/iu;
const TAG_RE =
  /^(?:[[(【]\s*(?:Machine translation|Translation|Translated|Automatic translation|Auto-translated|English translation|Translated by (?:Google|DeepL|machine|AI|ChatGPT|GPT[\w-]*|Bing|Papago|Yandex)[^\])】]{0,30})\s*[\])】]|Translated (?:with|by) (?:www\.)?(?:DeepL|Google Translate|Google|ChatGPT|GPT[\w-]*|Papago|Yandex(?: Translate)?|Bing Translator)(?:\.com)?\b[^\n]{0,40}|(?:This (?:text|article|page|post|content) (?:was|has been|is) (?:automatically |machine[- ])translated|Machine[- ]translated (?:from|by|with))[^\n]{0,160}|(?:English )?translation(?: of the (?:article|text))?\s*[:：]|Translation result\s*[:：]?)$/iu;
/** Sign-offs that only an assistant writes after a translation. */
const SIGNOFF_RE =
  /^(?:(?:I hope|Hope) (?:this|the|that) (?:translation|helps)|(?:Let me know|Please let me know) if (?:you (?:need|want|would like|have)|there)|(?:Note|Translator'?s note|Translation note)\s*[:：]\s*(?:(?:I|The|This) (?:have |has )?(?:translated|translation|kept|left|rendered|used))|If you (?:need|want|would like) (?:any )?(?:changes|adjustments|a different (?:translation|version|tone|style)|further (?:changes|adjustments|help|edits)|me to (?:adjust|change|translate|revise|rephrase)))[^\n]{0,200}$/i;

export default defineRule({
  id: 'pipeline-leftover',
  meta: {
    description: 'Text the translation step wrote and nobody removed: "Here is the English translation of the article:", "Translated with DeepL"',
    category: 'boilerplate',
    defaultSeverity: 'warning',
    fixable: 'suggest',
    preset: 'recommended',
    messages: {
      preamble: 'Leftover from the translation step "{{found}}": not part of the text.',
    },
  },
  docs: {
    why: 'When a chatbot or a translation service is used in a pipeline, its own words can end up in the output: a preamble ("Here is the English translation of the article:"), a "Translated with DeepL" tag or a sign-off ("I hope this translation helps"). Readers should never see them.',
    valid: [
      'Here is the translation that won the prize: a faithful one.',
      'The translation of the article took three weeks.',
      'Note: the figures are in US dollars.',
      'She said the English version of the report was late.',
      'If you want a different element, you should configure that utility.',
    ],
    invalid: [
      { text: 'Here is the English translation of the article:\n\nThe talks ended in Geneva on Monday.' },
      { text: 'The talks ended.\n\nTranslated with DeepL.com (free version)' },
      { text: 'The talks ended.\n\nI hope this translation helps! Let me know if you need any changes.' },
      { text: '[Machine translation]\n\nThe talks ended.' },
    ],
  },
  check(ctx) {
    for (const line of chromeLines(ctx.doc)) {
      if (!line.ownLine || line.words > 60) continue;
      const text = line.text;
      const hit = TAG_RE.test(text) || (line.edge && (PREAMBLE_RE.test(text) || SIGNOFF_RE.test(text)));
      if (hit) reportLine(ctx, line, 'preamble', { found: short(text, 50) });
    }
  },
});
