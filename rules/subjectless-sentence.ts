import { defineRule } from '../src/engine/define-rule.js';
import { isFiniteVerb, isNominal, tagRange, tagRanges, verbForm, type TaggedToken } from '../src/nlp/pos.js';
import { isTitleLike, proseSentences, type ProseSentence } from '../src/nlp/prefilter.js';
import type { Block, Document } from '../src/text/document.js';

/** Adverbs and conjunctions that may stand before the verb of a subject-less clause. */
const LEAD_RE = /^(?:(?:[Aa]nd|[Bb]ut|[Aa]lso|[Tt]hen|[Ss]till|[Ff]urther|[Ff]urthermore|[Ll]ater|[Aa]gain|[Oo]nce again|[Mm]oreover|[Ee]ven|[Nn]ot only|[A-Z]?[a-z]{2,}ly)\s+){0,3}/;
/** Irregular past forms MT leaves without a subject. */
const IRREGULAR_PAST = new Set([
  'said', 'told', 'made', 'took', 'gave', 'went', 'came', 'saw', 'knew', 'thought', 'found', 'held', 'kept', 'left',
  'met', 'put', 'set', 'sent', 'spoke', 'wrote', 'became', 'began', 'brought', 'bought', 'built', 'chose', 'drew',
  'fell', 'felt', 'fought', 'forgot', 'grew', 'heard', 'led', 'lost', 'meant', 'paid', 'ran', 'rose', 'sought',
  'sold', 'stood', 'struck', 'taught', 'threw', 'understood', 'won', 'withdrew', 'overlooked',
]);
/** Capitalised words ending in -s or -ed that are not verbs. */
const NOT_VERBS = new Set([
  'this', 'his', 'its', 'is', 'as', 'does', 'us', 'yes', 'thus', 'perhaps', 'sometimes', 'always',
  'besides', 'regardless', 'nevertheless', 'afterwards', 'towards', 'various', 'others', 'whereas', 'unless',
  'indeed', 'hundred', 'red', 'bed', 'seed', 'speed', 'need', 'feed', 'greed', 'weed', 'numerous', 'famous',
  'serious', 'previous', 'obvious', 'nowadays', 'less', 'yours', 'ours', 'theirs', 'hers', 'whose', 'series',
  'news', 'species', 'united', 'tedious', 'jesus', 'texas', 'paris', 'athens', 'christmas', 'chaos', 'bus', 'mrs', 'messrs',
]);
/** A verb or auxiliary right after the first word: that word was the subject ("Officials said", "Prices have"). */
const SUBJECT_FOLLOWS_RE = /^(?:[a-z]{2,}ed|is|are|was|were|has|have|had|will|would|can|could|may|might|must|shall|should|do|does|did)$/;
/** Set phrases of spoken English that drop the subject on purpose. */
const IDIOMATIC_START_RE = /^(?:turns out|seems|sounds|makes sense|goes to show|goes without|remains to be seen|stands to reason|says who|needless|suffice|thanks|beats me|looks like|feels like|guess|figures)\b/i;
/** Participles that open an adjunct before a main clause, or a caption. */
const PARTICIPLE_ADJUNCT_RE = /^(?:licensed|licenced|distributed|copyrighted|based|compared|located|born|known|followed|accompanied|led|powered|published|written|edited|translated|adapted|excerpted|reprinted|updated|posted|released|filed|photographed|sponsored|supported|organized|organised|hosted|produced|directed|presented|given|called|named|dubbed|founded|established|asked|faced|armed)$/;

/** Participles that open a caption when a preposition or adverb follows ("Made with ❤", "Used internally", "Measured on an M1"). */
const CAPTION_PARTICIPLE_RE = /^(?:made|built|designed|used|measured|tested|inspired|maintained|developed|crafted|created|generated|bundled|shipped|benchmarked|verified|checked|signed)$/;

/** Code in the file (a code span or fence, an HTML code element): technical documentation, where "Returns…", "Throws…" describe an API. */
const CODE_RE = /`[^`\n]+`|^ {0,3}(?:```|~~~)|<code[\s>]/m;
/** A plural auxiliary after the -s word: it was a noun subject ("Writes to different files are executed"). */
const PLURAL_VERB_RE = /^(?:are|were|have|do)$/;
const RELATIVE_RE = /^(?:that|which|who|whom|whose|where|when|if|because|as)$/;

export default defineRule({
  id: 'subjectless-sentence',
  meta: {
    description: 'A sentence that starts with a finite past or third-person verb and has no subject: pro-drop residue',
    category: 'fragment',
    defaultSeverity: 'warning',
    fixable: 'none',
    preset: 'recommended',
    precision: 1,
    messages: {
      missing: 'No subject before "{{verb}}": the source language dropped it and the translation did not restore it; add one ("It {{verb}}", "The ministry {{verb}}").',
    },
  },
  docs: {
    why: 'Chinese and Japanese leave out a subject that the context makes clear. Machine translation often keeps the gap, producing a sentence that starts with a finite verb such as "Insisted" or "Also pointed out". Imperatives use the base form ("Take the train.") and are fine. The dropped subject is the one of the sentence before, so a sentence is reported only after a clause with a subject; API references ("Returns the list. Throws an error if…"), changelogs and captions ("Licensed under the MIT License", "Made with…") have none, and a file with code in it is documentation, where a third-person verb ("Throws…") describes an API.',
    valid: [
      'Germany has ignored the United States. It stubbornly insisted on importing gas from Russia.',
      'Take the second road on the left after the bridge.',
      'Founded in 1998, the company grew quickly in Asia.',
      'Asked whether he agreed, Putin said no to the reporters.',
      'Blacklisted companies have difficulty accessing U.S. markets.',
      'Turns out the whole thing was a misunderstanding after all.',
      'Reported by the Xinhua News Agency from Beijing.',
      'Officials said the plan would be delayed until March.',
      '1. Increased the budget for rural schools by ten percent.',
      '"Stopped at the border for hours," she said of the trip.',
      'Spurs signed the right-back from Sporting on deadline day.',
      'Returns the number of items in the list. Throws a `TypeError` if the list is closed.',
      'Returns the number of items in the list. Throws an error if the list is closed.',
      'Copyright © 2024 Example Corp. Licensed under the MIT License.',
      'The package has no dependencies. Distributed under the Apache License.',
      'The parser is small. Made with care in Berlin by a team of two.',
      'The parser reads the file. Writes to different files are still executed in parallel.',
      'Parser options.\n\nConverts the text to a tree.',
    ],
    invalid: [
      { text: 'In order to use natural gas, Germany has ignored the United States. Stubbornly insisted on importing large amounts of natural gas from Russia.' },
      { text: 'The minister spoke at length. Also pointed out that the plan had failed.' },
      { text: 'This is the mutual trust index.\n\nRefers to the proportion of people who agree that most people can be trusted.' },
      { text: 'But it goes a step further. Basically embeds the logic gates directly into the parts.' },
    ],
  },
  check(ctx) {
    const { doc } = ctx;
    const sentences = proseSentences(doc);
    let order: Map<Block, number> | undefined;
    let technical: boolean | undefined;
    const prose = doc.prose;
    // the sentences that pass the cheap tests, tagged together (see tagRanges), then judged in order
    const candidates: Array<{ k: number; lead: string }> = [];
    for (let k = 0; k < sentences.length; k++) {
      const s = sentences[k];
      if (!mayOpenWithVerb(prose, s.start, s.end)) continue;
      if (s.quoted || s.listItem || /[?!]["”’)]?$/.test(s.text) || /^["“‘'(]/.test(s.text)) continue;
      const lead = LEAD_RE.exec(s.text)![0];
      const [, word, next] = /^([A-Za-z]+)\s*([A-Za-z]*)/.exec(s.text.slice(lead.length)) ?? [];
      if (!word || !isVerbLike(word.toLowerCase(), lead === '' ? word : null)) continue;
      if (!/^(?:has|had|was|were)$/i.test(word) && (SUBJECT_FOLLOWS_RE.test(next) || IRREGULAR_PAST.has(next.toLowerCase()))) continue;
      if (IDIOMATIC_START_RE.test(s.text.slice(lead.length))) continue;
      if (doc.wordCountIn(s.start, s.end) < 4 || (s.count === 1 && isTitleLike(doc, s.paragraph))) continue;
      candidates.push({ k, lead });
    }
    tagRanges(doc, candidates.map(({ k }) => sentences[k]));
    for (const { k, lead } of candidates) {
      const s = sentences[k];
      const tokens = tagRange(doc, s.start, s.end);
      const verb = subjectlessVerb(tokens);
      if (!verb) continue;
      // pro-drop carries over the subject of the sentence before; API references and changelogs have none to carry
      order ??= new Map(doc.paragraphs().map((p, i) => [p, i]));
      // an opening adverb ("Basically embeds…") stands for the context when the text starts there (a segment linted alone)
      if (!followsSubject(doc, sentences[k - 1], s, order) && !(k === 0 && lead !== '')) continue;
      if (verbForm(verb) === 'third-person' && (technical ??= CODE_RE.test(doc.text))) continue;
      ctx.report({ range: [s.start, verb.end], messageId: 'missing', data: { verb: verb.lower } });
    }
  },
});

/** Words that `LEAD_RE` may take as a lead before the verb ("Also", "Then", "Not only", an -ly adverb). */
const LEAD_WORD_RE = /^(?:[Aa]nd|[Bb]ut|[Aa]lso|[Tt]hen|[Ss]till|[Ff]urther|[Ff]urthermore|[Ll]ater|[Aa]gain|[Oo]nce|[Mm]oreover|[Ee]ven|[Nn]ot|[A-Z]?[a-z]{2,}ly)$/;

/**
 * The first test of every sentence, reading its first word in place (no slice of the sentence): false when the
 * sentence cannot open with a verb as `check` reads it. It must not start with an ASCII letter ("“Stopped…" and
 * "1. Increased…" never pass the word test); its first word is then either a lead ("Also", "Then", an -ly
 * adverb: the full test decides) or the word `isVerbLike` judges.
 */
function mayOpenWithVerb(prose: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && isAsciiLetter(prose.charCodeAt(i))) i++;
  const length = i - start;
  if (length === 0) return false;
  // most first words ("The", "In", "This") are ruled out by their length and end, with no string made
  const last = prose.charCodeAt(i - 1) | 0x20;
  const before = length > 1 ? prose.charCodeAt(i - 2) | 0x20 : 0;
  const spaceAfter = i < end && WHITESPACE_RE.test(prose[i]);
  const maybeLead = spaceAfter && (LEAD_KEYS.has(key(length, prose.charCodeAt(start) | 0x20)) || (length >= 4 && last === 0x79 && before === 0x6c));
  const maybeVerb =
    (last === 0x64 && before === 0x65 && length >= 4) || (last === 0x73 && length >= 3 && before !== 0x73 && before !== 0x75) || IRREGULAR_KEYS.has(key(length, last));
  if (!maybeLead && !maybeVerb) return false;
  const word = prose.slice(start, i);
  if (spaceAfter && LEAD_WORD_RE.test(word)) return true;
  return isVerbLike(word.toLowerCase(), word);
}

/** A word's length and one of its letters (lower case), as one number. */
const key = (length: number, letter: number): number => length * 128 + letter;
/** Length and first letter of each word `LEAD_WORD_RE` takes besides -ly adverbs. */
const LEAD_KEYS = new Set(['and', 'but', 'also', 'then', 'still', 'further', 'furthermore', 'later', 'again', 'once', 'moreover', 'even', 'not'].map((w) => key(w.length, w.charCodeAt(0))));
/** Length and last letter of each irregular past form and of has, had, was, were (`isVerbLike`). */
const IRREGULAR_KEYS = new Set([...IRREGULAR_PAST, 'has', 'had', 'was', 'were'].map((w) => key(w.length, w.charCodeAt(w.length - 1))));

const WHITESPACE_RE = /\s/;

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Cheap test before tagging: an -ed or -s word, or an irregular past form. */
function isVerbLike(lower: string, first: string | null): boolean {
  if (NOT_VERBS.has(lower)) return false;
  if (first !== null && first !== first[0] + first.slice(1).toLowerCase()) return false;
  return /[a-z]{2}ed$/.test(lower) || /[a-z][^su']s$/.test(lower) || IRREGULAR_PAST.has(lower) || /^(?:has|had|was|were)$/.test(lower);
}

/** The verb of a clause that opens with a finite past or third-person verb and no subject, if any. */
function subjectlessVerb(tokens: readonly TaggedToken[]): TaggedToken | undefined {
  let i = 0;
  while (i < tokens.length && (tokens[i].pos === 'ADV' || tokens[i].pos === 'CCONJ' || (tokens[i].pos === 'PART' && tokens[i].lower === 'not'))) i++;
  let verb = tokens[i];
  if (!verb) return undefined;
  if (verb.pos === 'AUX' && /^(?:has|had|was|were)$/.test(verb.lower)) {
    let j = i + 1;
    while (tokens[j]?.pos === 'ADV') j++;
    if (tokens[j]?.pos !== 'VERB') return undefined;
    verb = tokens[i];
  } else if (verb.pos !== 'VERB') return undefined;
  const form = verbForm(verb);
  if (form !== 'past' && form !== 'third-person') return undefined;
  if (PARTICIPLE_ADJUNCT_RE.test(verb.lower)) return undefined;
  const next = tokens[i + 1];
  if (form === 'past' && CAPTION_PARTICIPLE_RE.test(verb.lower) && (next?.pos === 'ADP' || next?.pos === 'ADV')) return undefined;
  if (!next || ['NOUN', 'PROPN', 'ADJ', 'NUM', 'PUNCT'].includes(next.pos) || next.lower === 'by') return undefined;
  // "Spurs signed", "Flies fly": the first word was the subject, tagged as a verb
  if (verb.pos === 'VERB' && isFiniteVerb(tokens, i + 1)) return undefined;
  if (form === 'third-person' && pluralVerbFollows(tokens, i + 1)) return undefined;
  if (mainClauseAfterComma(tokens, i + 1)) return undefined;
  return verb;
}

/**
 * Whether the sentence before `s` (in its paragraph, or ending the paragraph right before it) is a clause with a subject
 * whose subject the source language would carry over: not verb-initial itself ("Returns the list. Throws an error if…"),
 * not a caption or a heading, and with a finite verb.
 */
function followsSubject(doc: Document, prev: ProseSentence | undefined, s: ProseSentence, order: Map<Block, number>): boolean {
  if (!prev || prev.listItem) return false;
  if (prev.paragraph !== s.paragraph && order.get(prev.paragraph)! !== order.get(s.paragraph)! - 1) return false;
  // the cheap test of check(): the sentence before opens with a verb too ("Returns `true` if…", tagged as a noun)
  const [, word, next] = /^([A-Za-z]+)\s*([A-Za-z]*)/.exec(prev.text.slice(LEAD_RE.exec(prev.text)![0].length)) ?? [];
  if (word && isVerbLike(word.toLowerCase(), word) && !SUBJECT_FOLLOWS_RE.test(next) && !IRREGULAR_PAST.has(next.toLowerCase())) return false;
  const tokens = tagRange(doc, prev.start, prev.end).filter((t) => !doc.isMasked(t.start, t.end));
  let i = 0;
  while (i < tokens.length && ['ADV', 'CCONJ', 'INTJ', 'PUNCT'].includes(tokens[i].pos)) i++;
  if (!tokens[i] || tokens[i].pos === 'VERB' || tokens[i].pos === 'AUX') return false;
  for (let j = i + 1; j < tokens.length; j++) if (isFiniteVerb(tokens, j)) return true;
  return false;
}

/** Whether the clause goes on to a plural verb before any comma or relative word: the -s word was a plural noun. */
function pluralVerbFollows(tokens: readonly TaggedToken[], from: number): boolean {
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.pos === 'PUNCT' || RELATIVE_RE.test(t.lower)) return false;
    if (isFiniteVerb(tokens, i)) return PLURAL_VERB_RE.test(t.lower);
  }
  return false;
}

/** Whether a comma after `from` is followed by a subject and its finite verb (a participial adjunct before a main clause). */
function mainClauseAfterComma(tokens: readonly TaggedToken[], from: number): boolean {
  for (let i = from; i < tokens.length; i++) {
    if (tokens[i].text !== ',') continue;
    let j = i + 1;
    while (j < tokens.length && tokens[j].pos !== 'PUNCT' && !isFiniteVerb(tokens, j)) j++;
    if (j < tokens.length && j > i + 1 && isFiniteVerb(tokens, j) && tokens.slice(i + 1, j).some((t) => isNominal(t.pos))) return true;
  }
  return false;
}
