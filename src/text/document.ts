import type { BlockKind, Edit, Range, Syntax } from '../types.js';
import { LineIndex, eachLineBreak } from './line-index.js';
import { computeMasks, overlapsMask } from './masks.js';
import { OffsetMap } from './offset-map.js';
import { SentenceSplitter } from './sentences.js';
import { firstWordEndingAfter, firstWordStartingAt, foldedWordHashes, isSpaceUnit, tokenizeWords, utf16Units, type WordIndex } from './words.js';

/** A block of prose as a format adapter sees it, in prose coordinates. */
export interface Block {
  start: number;
  end: number;
  kind: BlockKind;
  /** Heading depth, list item index, or other adapter detail. */
  depth?: number;
  /** For bilingual formats: the source text of this block. */
  source?: string;
}

/** A sentence in prose coordinates, with the index of its paragraph. */
export interface Sentence {
  start: number;
  end: number;
  paragraph: number;
}

/** A word token in prose coordinates. */
export interface Word {
  start: number;
  end: number;
  text: string;
}

/** What a format adapter produces: the file, its prose view and how they map. */
export interface SourceText {
  text: string;
  syntax: Syntax | string;
  prose: string;
  map: OffsetMap;
  /** Blocks, when the format knows them; plain text derives paragraphs from blank lines. */
  blocks?: Block[];
  /** Prose ranges that must never be flagged (besides the built-in masks). */
  masked?: Range[];
  /**
   * Adapts a fix's edit (in file offsets) to the format: escapes its text for the string it
   * lands in (PO, XML, JSON), or refuses it (undefined) when it would cross a unit or a tag.
   */
  adaptEdit?(edit: Edit): Edit | undefined;
}

/** A line break, spaces, tabs or U+3000, a line break, then any white space; a CR LF is one line break, never a CR and an LF. */
const PARAGRAPH_BREAK_RE = /(?:\r\n|\r(?!\n)|\n)[ \t\u3000]*(?:\r\n|\r(?!\n)|\n)\s*/g;

/**
 * One document as every rule sees it. Paragraphs, sentences, words and masks are computed
 * lazily, once, and shared by all rules.
 */
export class Document {
  readonly text: string;
  readonly prose: string;
  readonly map: OffsetMap;
  readonly syntax: string;
  private readonly source: SourceText;
  private _lineIndex?: LineIndex;
  private _paragraphs?: Block[];
  private _sentences?: Sentence[];
  private _wordIndex?: WordIndex;
  private _words?: Word[];
  private _wordHashes?: Int32Array;
  private _masks?: Range[];
  private _lines?: Range[];
  private _units?: Uint16Array;

  constructor(source: SourceText) {
    this.source = source;
    this.text = source.text;
    this.prose = source.prose;
    this.map = source.map;
    this.syntax = source.syntax;
  }

  /** Line/column index of the original file. */
  get lineIndex(): LineIndex {
    return (this._lineIndex ??= new LineIndex(this.text));
  }

  /** Paragraph-level blocks of the prose (from the adapter, or split at blank lines). */
  paragraphs(): Block[] {
    if (this._paragraphs) return this._paragraphs;
    if (this.source.blocks) return (this._paragraphs = this.source.blocks);
    const out: Block[] = [];
    const prose = this.prose;
    const units = this.units();
    let start = 0;
    if (prose.indexOf('\r') < 0) {
      // PARAGRAPH_BREAK_RE without CR: a line break, spaces, tabs or U+3000, a line break, then any white space
      for (let i = prose.indexOf('\n'); i >= 0; i = prose.indexOf('\n', i + 1)) {
        let j = i + 1;
        while (j < units.length && (units[j] === 0x20 || units[j] === 0x09 || units[j] === 0x3000)) j++;
        if (j === units.length || units[j] !== 0x0a) continue;
        pushBlock(units, start, i, out);
        j++;
        while (j < units.length && isSpaceUnit(units[j])) j++;
        start = j;
        // the next search starts after the break (the last unit it took may be a line break)
        i = j - 1;
      }
    } else {
      PARAGRAPH_BREAK_RE.lastIndex = 0;
      for (let m = PARAGRAPH_BREAK_RE.exec(prose); m; m = PARAGRAPH_BREAK_RE.exec(prose)) {
        pushBlock(units, start, m.index, out);
        start = m.index + m[0].length;
      }
    }
    pushBlock(units, start, prose.length, out);
    return (this._paragraphs = out);
  }

  /** Sentences of every paragraph, in order. */
  sentences(): Sentence[] {
    if (this._sentences) return this._sentences;
    const out: Sentence[] = [];
    const splitter = new SentenceSplitter(this.prose, this.units(), (s, e) => this.isMasked(s, e));
    const paragraphs = this.paragraphs();
    let paragraph = 0;
    const emit = (start: number, end: number): void => {
      out.push({ start, end, paragraph });
    };
    for (; paragraph < paragraphs.length; paragraph++) splitter.split(paragraphs[paragraph].start, paragraphs[paragraph].end, emit);
    return (this._sentences = out);
  }

  /** The UTF-16 units of the prose as a typed array (`utf16Units`): for loops that read every unit. */
  units(): Uint16Array {
    return (this._units ??= utf16Units(this.prose));
  }

  /** Word tokens of the prose as offset arrays: the cheap form, with no object per word. */
  wordIndex(): WordIndex {
    return (this._wordIndex ??= tokenizeWords(this.prose, this.units()));
  }

  /** A hash of each word of `wordIndex()`, case-folded (`foldedWordHashes`): compare words as numbers. */
  wordHashes(): Int32Array {
    return (this._wordHashes ??= foldedWordHashes(this.prose, this.wordIndex(), this.units()));
  }

  /** Word tokens of the prose. */
  words(): Word[] {
    if (this._words) return this._words;
    const { count, starts, ends } = this.wordIndex();
    const out: Word[] = new Array(count);
    for (let i = 0; i < count; i++) out[i] = new WordToken(this.prose, starts[i], ends[i]);
    return (this._words = out);
  }

  /** Lines of the prose view as ranges without their line breaks. */
  lines(): Range[] {
    if (this._lines) return this._lines;
    const out: Range[] = [];
    const prose = this.prose;
    let start = 0;
    eachLineBreak(prose, (breakStart, breakEnd) => {
      out.push([start, breakStart]);
      start = breakEnd;
    });
    if (start < prose.length || out.length === 0) out.push([start, prose.length]);
    return (this._lines = out);
  }

  /** All ranges that punctuation and spacing rules must not flag: URLs, abbreviations, decimals, ellipses, code. */
  masks(): Range[] {
    return (this._masks ??= computeMasks(this.prose, this.source.masked ?? [], this.units()));
  }

  /** Whether `[start, end)` touches a masked range (or, when empty, lies inside one). */
  isMasked(start: number, end = start + 1): boolean {
    return overlapsMask(this.masks(), start, end);
  }

  /** The paragraph containing a prose offset, or undefined. */
  paragraphAt(offset: number): Block | undefined {
    const ps = this.paragraphs();
    let lo = 0;
    let hi = ps.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (ps[mid].end < offset) lo = mid + 1;
      else if (ps[mid].start > offset) hi = mid - 1;
      else return ps[mid];
    }
    return undefined;
  }

  /** Words inside `[start, end)` (those that end after `start` and start before `end`). */
  wordsIn(start: number, end: number): Word[] {
    const index = this.wordIndex();
    const from = firstWordEndingAfter(index, start);
    const to = firstWordStartingAt(index, end);
    if (this._words) return this._words.slice(from, to);
    // only the words asked for: a rule looking at a few sentences does not build every word of the file
    const out: Word[] = new Array(Math.max(0, to - from));
    for (let i = from; i < to; i++) out[i - from] = new WordToken(this.prose, index.starts[i], index.ends[i]);
    return out;
  }

  /** Number of words inside `[start, end)`, as `wordsIn(start, end).length` without the array. */
  wordCountIn(start: number, end: number): number {
    const index = this.wordIndex();
    return Math.max(0, firstWordStartingAt(index, end) - firstWordEndingAfter(index, start));
  }

  /** A file edit adapted to the format (escaped), or undefined when the format refuses it. */
  adaptEdit(edit: Edit): Edit | undefined {
    return this.source.adaptEdit ? this.source.adaptEdit(edit) : edit;
  }

  /** Bilingual source text of the block holding `offset`, when the format has one. */
  sourceAt(offset: number): string | undefined {
    return this.paragraphAt(offset)?.source;
  }
}

/** A word token whose text is read from the prose when asked for. */
class WordToken implements Word {
  constructor(
    private readonly prose: string,
    readonly start: number,
    readonly end: number,
  ) {}

  get text(): string {
    return this.prose.slice(this.start, this.end);
  }
}

function pushBlock(units: Uint16Array, s: number, e: number, out: Block[]): void {
  while (s < e && isSpaceUnit(units[s])) s++;
  while (e > s && isSpaceUnit(units[e - 1])) e--;
  if (e > s) out.push({ start: s, end: e, kind: 'paragraph' });
}
