import { defineRule } from '../src/engine/define-rule.js';
import { matchAll } from '../src/text/matches.js';
import type { Range } from '../src/types.js';

/** Windows-1252 characters of the bytes 0x80-0x9F (the undefined ones decode to the C1 control). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const BYTE_OF = new Map<string, number>();
for (let b = 0; b < 256; b++) BYTE_OF.set(b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b), b);

const CANDIDATE_RE = /[\u0080-\u00FF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201A\u201C-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122\uFFFD]+/g;
/**
 * Where candidates can be: runs of two or more non-ASCII characters, or one U+FFFD or C1 control.
 * A lone curly quote or dash is never mojibake, and this simple class is scanned several times
 * faster than the candidate class, which then looks only inside these regions.
 */
const REGION_RE = /[^\x00-\x7f]{2,}|[\u0080-\u009F\uFFFD]/g;
const UTF8 = new TextDecoder('utf-8', { fatal: true });
const CONTROL_RE = /[\x00-\x08\x0E-\x1F\x7F-\x9F\uFFFD]/;

const isContinuation = (c: string | undefined): boolean => {
  const b = c === undefined ? undefined : BYTE_OF.get(c);
  return b !== undefined && b >= 0x80 && b <= 0xbf;
};

/** A UTF-8 sequence found spelled out in Windows-1252 characters. */
interface Sequence {
  start: number;
  end: number;
  lead: number;
  second: number;
}

/** UTF-8 sequences of `run` read as Windows-1252, in order. */
function sequences(run: string): Sequence[] {
  const out: Sequence[] = [];
  for (let i = 0; i < run.length; ) {
    const lead = BYTE_OF.get(run[i]) ?? 0;
    const n = lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : 0;
    let ok = n > 0;
    for (let k = 1; ok && k <= n; k++) ok = isContinuation(run[i + k]);
    if (ok) {
      const bytes = Uint8Array.from(run.slice(i, i + n + 1), (c) => BYTE_OF.get(c)!);
      try {
        UTF8.decode(bytes);
        out.push({ start: i, end: i + n + 1, lead, second: bytes[1] });
        i += n + 1;
        continue;
      } catch {
        // an overlong form or a surrogate: not UTF-8
      }
    }
    i++;
  }
  return out;
}

/** Re-encodes Windows-1252 characters as bytes and reads them as UTF-8, as often as that succeeds (double encoding). */
function repair(text: string): string {
  let current = text;
  for (let pass = 0; pass < 3; pass++) {
    if (![...current].every((c) => BYTE_OF.has(c))) break;
    try {
      const next = UTF8.decode(Uint8Array.from(current, (c) => BYTE_OF.get(c)!));
      if (next === current) break;
      current = next;
    } catch {
      break;
    }
  }
  return current;
}

/** Whether a group of sequences is mojibake and not a word such as "Brontë…”". */
function convincing(group: Sequence[], run: string): boolean {
  const { lead, second } = group[0];
  const text = run.slice(group[0].start, group[group.length - 1].end);
  if (/[\u0080-\u009F]/.test(text)) return true; // a C1 control never follows a letter in real text: "VeÄ\u008Derek"
  if (lead >= 0xe3 && lead <= 0xef && /^.[\u00A0-\u00BF]|^..[\u00A0-\u00BF]/.test(text)) return true; // "ï¼‘" for "１"
  if (lead === 0xc2 || lead === 0xc3 || lead === 0xe2) return true; // Â Ã â: Latin-1 and punctuation
  if (lead === 0xf0 && second === 0x9f) return true; // ðŸ: emoji
  if (lead === 0xef && (second === 0xbb || second === 0xbf)) return true; // ï»¿ byte-order mark, ï¿½ replacement character
  return group.length >= 2;
}

export default defineRule({
  id: 'mojibake',
  meta: {
    description: 'UTF-8 text decoded as Windows-1252 or Latin-1, as in "doesnâ€™t" or "cafÃ©", and the replacement character U+FFFD',
    category: 'encoding',
    defaultSeverity: 'error',
    fixable: 'safe',
    preset: 'recommended',
    messages: {
      mojibake: 'Mojibake "{{found}}": UTF-8 read as Windows-1252; it should read "{{fixed}}".',
      bom: 'Mojibake "{{found}}": a byte-order mark read as Windows-1252; remove it.',
      brokenQuote: 'Mojibake "{{found}}": a closing quote whose last byte was lost.',
      latin1: 'Control character {{code}} where Windows-1252 has "{{fixed}}": the text was decoded as Latin-1.',
      replacement: 'Replacement character "\uFFFD": a character was lost when the text was decoded.',
    },
  },
  docs: {
    why: 'When UTF-8 bytes are read as Windows-1252 every accented letter, curly quote and dash turns into two or three odd characters ("â€™" for "’"). Scrapers and translation pipelines do this often, sometimes twice. When the bytes read back as clean UTF-8 the fix is certain; otherwise it is only offered.',
    valid: [
      'The café served crème brûlée.',
      'Emily Brontë… wrote novels.',
      'It costs £5, or about €6.',
      'São Paulo and Ålesund.',
      'He said “très” and left.',
    ],
    invalid: [
      { text: 'It doesnâ€™t work.', output: 'It doesn’t work.' },
      { text: 'The cafÃ© was closed.', output: 'The café was closed.' },
      { text: 'It doesnÃ¢â‚¬â„¢t work.', output: 'It doesn’t work.' },
      { text: 'He said â€œyesâ€\uFFFD and left.', output: 'He said “yesâ€\uFFFD and left.' },
      { text: 'A lost character \uFFFD here.' },
      { text: 'Attila VeÄ\u008Derek wrote it.', output: 'Attila Večerek wrote it.' },
    ],
  },
  check(ctx) {
    const { prose } = ctx.doc;
    for (const region of matchAll(REGION_RE, prose)) {
      for (const { m, start: at } of matchAll(CANDIDATE_RE, region.m[0])) {
          const run = m[0];
          const base = region.start + at;
        const covered: Range[] = [];
        const seqs = sequences(run);
        for (let i = 0; i < seqs.length; ) {
          let j = i + 1;
          while (j < seqs.length && seqs[j].start === seqs[j - 1].end) j++;
          const group = seqs.slice(i, j);
          i = j;
          if (!convincing(group, run)) continue;
          const s = group[0].start;
          const e = group[group.length - 1].end;
          covered.push([s, e]);
          const found = run.slice(s, e);
          const fixed = repair(found).replace(/^\uFEFF$/, '');
          const clean = !CONTROL_RE.test(fixed);
          const fix = { title: fixed === '' ? 'Remove it' : `Replace with "${fixed}"`, edits: [{ range: [base + s, base + e] as Range, text: fixed }] };
          ctx.report({
            range: [base + s, base + e],
            messageId: fixed === '' ? 'bom' : 'mojibake',
            data: { found, fixed },
            ...(clean ? { fix } : { suggestions: [fix] }),
          });
        }
        const inSequence = (k: number): boolean => covered.some(([s, e]) => k >= s && k < e);
        for (let k = 0; k < run.length; k++) {
          if (inSequence(k)) continue;
          const c = run[k];
          if (c === 'â' && run[k + 1] === '€' && !isContinuation(run[k + 2])) {
            const end = run[k + 2] === '\uFFFD' || run[k + 2] === '\u009D' ? k + 3 : k + 2;
            ctx.report({
              range: [base + k, base + end],
              messageId: 'brokenQuote',
              data: { found: run.slice(k, end) },
              suggestions: [{ title: 'Replace with "”"', edits: [{ range: [base + k, base + end], text: '”' }] }],
            });
            k = end - 1;
          } else if (c === '\uFFFD') {
            ctx.report({ range: [base + k, base + k + 1], messageId: 'replacement' });
          } else if (c >= '\u0080' && c <= '\u009F' && CP1252_HIGH[c.charCodeAt(0) - 0x80] !== c) {
            const fixed = CP1252_HIGH[c.charCodeAt(0) - 0x80];
            ctx.report({
              range: [base + k, base + k + 1],
              messageId: 'latin1',
              data: { code: `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`, fixed },
              fix: { title: `Replace with "${fixed}"`, edits: [{ range: [base + k, base + k + 1], text: fixed }] },
            });
          }
        }
      }
    }
  },
});
