import type SrtParserType from 'srt-parser-2';
import type WebVTT from 'webvtt-parser';
import { lazyModule } from './lazy.js';

const srtParser = lazyModule<typeof SrtParserType>('srt-parser-2');
const webvttParser = lazyModule<typeof WebVTT>('webvtt-parser');
import type { Block } from '../text/document.js';
import { ProseBuilder } from '../text/offset-map.js';
import { addEscaped, escapeXmlText, unitEditAdapter, xmlEscape, type FormatOptions, type L10nSourceText, type Unit } from './l10n.js';

/** A cue as found in the file: its text lines (raw spans) and timing in milliseconds. */
interface RawCue {
  lines: Array<{ start: number; end: number }>;
  startMs: number;
  endMs: number;
}

const BLOCK_RE = /(?:[^\r\n]+(?:\r\n|\r|\n|$))+/g;
const LINE_RE = /[^\r\n]+/g;
const TIMESTAMP = String.raw`(?:(\d+):)?(\d{1,2}):(\d{2})[.,](\d{1,3})`;
const TIMING_RE = new RegExp(String.raw`^\s*${TIMESTAMP}\s*-->\s*${TIMESTAMP}`);
/** Cue markup that is not text: `<i>`, `</b>`, `<v Bob>`, `<c.red>`, `<00:01.000>`, and SRT's `{\an8}` overrides. */
const MARKUP_RE = /<[^>\n]*>|\{\\[^}\n]*\}/g;
const SENTENCE_END_RE = /[.!?…♪"”’)\]]\s*$/;

const decodeVtt = xmlEscape();

function ms(m: RegExpExecArray, i: number): number {
  return ((Number(m[i] ?? 0) * 60 + Number(m[i + 1])) * 60 + Number(m[i + 2])) * 1000 + Number(m[i + 3].padEnd(3, '0'));
}

/** Finds cues: blank-line separated blocks with a timing line; the lines after it are the cue text. */
function scanCues(text: string): RawCue[] {
  const cues: RawCue[] = [];
  BLOCK_RE.lastIndex = 0;
  for (let b = BLOCK_RE.exec(text); b && b[0].length > 0; b = BLOCK_RE.exec(text)) {
    const lines: Array<{ start: number; end: number }> = [];
    LINE_RE.lastIndex = 0;
    for (let l = LINE_RE.exec(b[0]); l; l = LINE_RE.exec(b[0])) lines.push({ start: b.index + l.index, end: b.index + l.index + l[0].length });
    const timing = lines.findIndex((l) => TIMING_RE.test(text.slice(l.start, l.end)));
    // a WebVTT block must have its timing on the first or second line; NOTE, STYLE, REGION blocks have none
    if (timing < 0 || timing > 1) continue;
    const t = TIMING_RE.exec(text.slice(lines[timing].start, lines[timing].end))!;
    cues.push({ lines: lines.slice(timing + 1), startMs: ms(t, 1), endMs: ms(t, 5) });
  }
  return cues;
}

/** The cue texts the parser accepted, in order, with line breaks as `\n`. */
function parsedCueTexts(text: string, vtt: boolean): Array<{ text: string; startMs: number }> {
  if (vtt) {
    const result = new (webvttParser().WebVTTParser)().parse(text, 'metadata');
    return result.cues.map((c) => ({ text: c.text, startMs: Math.round(c.startTime * 1000) }));
  }
  const SrtParser = srtParser();
  const Parser = (SrtParser as unknown as { default?: typeof SrtParserType }).default ?? SrtParser;
  return new Parser().fromSrt(text).map((c) => ({ text: c.text, startMs: Math.round(c.startSeconds * 1000) }));
}

/**
 * SRT and WebVTT: cue text only (indices, timings, settings, NOTE, STYLE and REGION blocks are
 * left out; cue tags and `{\an8}` overrides too). Consecutive cues are joined into one paragraph
 * so that a sentence may run across cues; a pause after a finished sentence starts a new one.
 */
export function subtitleText(text: string, syntax: 'srt' | 'vtt', options: FormatOptions['subtitles'] = {}): L10nSourceText {
  const vtt = syntax === 'vtt';
  const pause = options.paragraphPause ?? 1500;
  const accepted = parsedCueTexts(text, vtt);
  const builder = new ProseBuilder();
  const blocks: Block[] = [];
  const units: Unit[] = [];
  const escape = vtt ? (t: string): string => escapeXmlText(t).replace(/(?:\r?\n){2,}/g, '\n') : (t: string): string => t.replace(/-->/g, '->').replace(/(?:\r?\n){2,}/g, '\n');
  let open: Block | undefined;
  let previous: { endMs: number; text: string } | undefined;
  let next = 0;
  for (const cue of scanCues(text)) {
    if (cue.lines.length === 0) continue;
    const rawText = cue.lines.map((l) => text.slice(l.start, l.end)).join('\n');
    let match = next;
    while (match < accepted.length && !(accepted[match].startMs === cue.startMs && accepted[match].text.replace(/\r/g, '') === rawText)) match++;
    if (match >= accepted.length) continue;
    next = match + 1;
    const newParagraph = !open || !previous || cue.startMs - previous.endMs >= Math.max(pause * 4, 5000) ||
      (cue.startMs - previous.endMs >= pause && SENTENCE_END_RE.test(previous.text));
    if (newParagraph) {
      if (open) blocks.push(open);
      if (builder.proseLength > 0) builder.gap('\n\n');
      open = { start: builder.proseLength, end: builder.proseLength, kind: 'cue' };
    } else builder.gap('\n');
    const first = builder.proseLength;
    cue.lines.forEach((l, i) => {
      if (i > 0) builder.text(text.slice(cue.lines[i - 1].end, l.start), cue.lines[i - 1].end);
      addCueLine(builder, text, l.start, l.end, vtt);
    });
    open!.end = builder.proseLength;
    units.push({ start: cue.lines[0].start, end: cue.lines[cue.lines.length - 1].end, escape, locked: markupSpans(text, cue.lines) });
    previous = { endMs: cue.endMs, text: builder.proseLength > first ? rawText.replace(MARKUP_RE, '') : '' };
  }
  if (open) blocks.push(open);
  const { prose, map } = builder.build();
  return { text, syntax, prose, map, blocks: blocks.filter((b) => b.end > b.start), adaptEdit: unitEditAdapter(units) };
}

function addCueLine(builder: ProseBuilder, text: string, start: number, end: number, vtt: boolean): void {
  const line = text.slice(start, end);
  let last = 0;
  MARKUP_RE.lastIndex = 0;
  for (let m = MARKUP_RE.exec(line); m; m = MARKUP_RE.exec(line)) {
    addPlain(builder, line, start, last, m.index, vtt);
    last = m.index + m[0].length;
  }
  addPlain(builder, line, start, last, line.length, vtt);
}

function addPlain(builder: ProseBuilder, line: string, fileStart: number, from: number, to: number, vtt: boolean): void {
  if (to <= from) return;
  if (vtt) addEscaped(builder, line, fileStart, decodeVtt, from, to);
  else builder.text(line.slice(from, to), fileStart + from);
}

function markupSpans(text: string, lines: Array<{ start: number; end: number }>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const l of lines) {
    const line = text.slice(l.start, l.end);
    MARKUP_RE.lastIndex = 0;
    for (let m = MARKUP_RE.exec(line); m; m = MARKUP_RE.exec(line)) out.push([l.start + m.index, l.start + m.index + m[0].length]);
  }
  return out;
}
