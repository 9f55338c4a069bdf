import { defineRule } from '../src/engine/define-rule.js';
import { mayContain } from '../src/text/charset.js';

// zero-width and bidi controls, C0 controls but tab and line breaks, DEL, and the C1 controls
// that no Windows-1252 character maps to (the others are mojibake: see the mojibake rule)
const RE = /[\u200B-\u200F\u2060-\u2064\uFEFF\u202A-\u202E\u2066-\u2069\u061C\u180E\x00-\x08\x0B\x0C\x0E-\x1F\x7F\x81\x8D\x8F\x90\x9D]+/g;
/** Scripts whose spelling uses joiners (Persian, Indic) or that need direction marks (Arabic, Hebrew). */
const JOINING_SCRIPT_RE = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}]/u;
const SCRIPT_MARKS_RE = /^[\u200C\u200D\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]+$/;
const EMOJI_BEFORE_RE = /[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\uFE0F]$/u;
const EMOJI_AFTER_RE = /^\p{Extended_Pictographic}/u;

const NAMES: Record<number, string> = {
  0x200b: 'zero-width space', 0x200c: 'zero-width non-joiner', 0x200d: 'zero-width joiner', 0x200e: 'left-to-right mark',
  0x200f: 'right-to-left mark', 0x2060: 'word joiner', 0xfeff: 'zero-width no-break space', 0x202a: 'bidi embedding',
  0x202b: 'bidi embedding', 0x202c: 'bidi pop', 0x202d: 'bidi override', 0x202e: 'bidi override', 0x2066: 'bidi isolate',
  0x2067: 'bidi isolate', 0x2068: 'bidi isolate', 0x2069: 'bidi isolate', 0x061c: 'Arabic letter mark', 0x180e: 'Mongolian vowel separator',
};

const describe = (c: string): string => {
  const code = c.codePointAt(0)!;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return `${hex} (${NAMES[code] ?? (code >= 0x2061 && code <= 0x2064 ? 'invisible operator' : 'control character')})`;
};

/** One of RE's characters: every match is a run of them. */
const CHARS = new RegExp(RE.source.slice(0, -1));

export default defineRule({
  id: 'invisible-chars',
  meta: {
    description: 'Zero-width, bidi and control characters hidden in the text, as in "Bei\\u200bjing"',
    category: 'encoding',
    defaultSeverity: 'error',
    fixable: 'safe',
    preset: 'recommended',
    messages: { invisible: 'Invisible character {{name}}: remove it.' },
  },
  docs: {
    why: 'Zero-width spaces, byte-order marks, bidi overrides and control characters come from copied web pages and translation APIs. Nobody sees them, but they split words for search and spell checking, break string comparison and can reorder what a reader sees.',
    valid: [
      'Beijing is the capital.',
      'A family emoji 👨\u200D👩\u200D👧 keeps its joiners.',
      'Columns\tseparated\tby tabs are fine.',
      'The Persian word می\u200Cخواهم keeps its non-joiner.',
      '\uFEFFA byte-order mark at the very start is the file\'s business.',
    ],
    invalid: [
      { text: 'Bei\u200Bjing is the capital.', output: 'Beijing is the capital.' },
      { text: 'in\u200Bvo\uFEFFice', output: 'invoice' },
      { text: 'the total\u0007 was', output: 'the total was' },
    ],
  },
  check(ctx) {
    if (!mayContain(ctx.doc, CHARS)) return;
    const { prose } = ctx.doc;
    RE.lastIndex = 0;
    for (let m = RE.exec(prose); m; m = RE.exec(prose)) {
      let start = m.index;
      const end = start + m[0].length;
      if (start === 0 && prose[0] === '\uFEFF') {
        start = 1;
        if (start === end) continue;
      }
      const run = prose.slice(start, end);
      // a joiner inside an emoji sequence (👨‍👩‍👧) is part of the emoji
      if (/^\u200D+$/.test(run) && EMOJI_BEFORE_RE.test(prose.slice(Math.max(0, start - 2), start)) && EMOJI_AFTER_RE.test(prose.slice(end, end + 2))) continue;
      // ZWNJ in Persian, ZWJ in Devanagari, an RLM beside Arabic or Hebrew: part of that script's text
      // an undefined Windows-1252 byte after a mojibake lead ("VeÄ\u008Derek") is the mojibake rule's
      if (/^[\x81\x8D\x8F\x90\x9D]$/.test(run) && /[\u00C2-\u00F4]/.test(prose[start - 1] ?? '')) continue;
      if (SCRIPT_MARKS_RE.test(run) && (JOINING_SCRIPT_RE.test(prose[start - 1] ?? '') || JOINING_SCRIPT_RE.test(prose[end] ?? ''))) continue;
      ctx.report({
        range: [start, end],
        messageId: 'invisible',
        data: { name: [...new Set(run)].map(describe).join(', ') },
        fix: { title: 'Remove the invisible characters', edits: [{ range: [start, end], text: '' }] },
      });
    }
  },
});
