import { closeSync, openSync, readFileSync, readSync } from 'node:fs';

/** How a text file was encoded, so that a fixed file is written back the same way. */
export interface Encoding {
  charset: 'utf8' | 'utf16le' | 'utf16be';
  bom: boolean;
}

export type ReadResult =
  | { kind: 'text'; text: string; encoding: Encoding; invalidUtf8: number[] }
  | { kind: 'binary'; reason: string };

const SNIFF = 8192;
/** Decoders are reused: making one per file cost as much as decoding a small file. */
const UTF8_STRICT = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const UTF8_LENIENT = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** Decodes file bytes: UTF-16 with a BOM, UTF-8 with or without one; NUL bytes mean binary. */
export function decode(bytes: Uint8Array): ReadResult {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { kind: 'text', text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: { charset: 'utf16le', bom: true }, invalidUtf8: [] };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { kind: 'text', text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: { charset: 'utf16be', bom: true }, invalidUtf8: [] };
  }
  const head = bytes.subarray(0, SNIFF);
  if (head.includes(0)) return { kind: 'binary', reason: 'it contains NUL bytes' };
  let controls = 0;
  for (let i = 0; i < head.length; i++) {
    const b = head[i];
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) controls++;
  }
  if (head.length > 32 && controls / head.length > 0.1) return { kind: 'binary', reason: 'it is mostly control bytes' };
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  let text: string;
  const invalidUtf8: number[] = [];
  try {
    text = UTF8_STRICT.decode(body);
  } catch {
    text = UTF8_LENIENT.decode(body);
    for (let i = text.indexOf('\uFFFD'); i >= 0 && invalidUtf8.length < 1000; i = text.indexOf('\uFFFD', i + 1)) invalidUtf8.push(i);
  }
  return { kind: 'text', text, encoding: { charset: 'utf8', bom }, invalidUtf8 };
}

/** Reads and decodes a file. */
export function readTextFile(path: string): ReadResult {
  return decode(readFileSync(path));
}

/**
 * Reads a UTF-8 file (a BOM is dropped, as `decode` does) a megabyte at a time, decoded, so that a
 * huge file is never in memory whole. Throws a TypeError with code ERR_ENCODING_INVALID_ENCODED_DATA
 * at the first byte sequence that is not UTF-8.
 */
export function* readTextPieces(path: string, bytes = 1 << 20): Generator<string> {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(bytes);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (let n = readSync(fd, buffer, 0, bytes, null); n > 0; n = readSync(fd, buffer, 0, bytes, null)) {
      yield decoder.decode(buffer.subarray(0, n), { stream: true });
    }
    const rest = decoder.decode();
    if (rest) yield rest;
  } finally {
    closeSync(fd);
  }
}

/**
 * Some lines of a UTF-8 file (1-based numbers; LF, CRLF and a lone CR end a line, as in
 * `LineIndex`), read a megabyte at a time: a report can quote the lines of a large file's problems
 * without holding the whole text. Stops after the last line asked for.
 */
export function readLines(path: string, wanted: ReadonlySet<number>, bytes = 1 << 20): Map<number, string> {
  const out = new Map<number, string>();
  let last = 0;
  for (const n of wanted) last = Math.max(last, n);
  if (last === 0) return out;
  const breakRe = /\r\n?|\n/g;
  let line = 1;
  let current = '';
  // a CR that ended a piece may be the first half of a CR LF
  let skipLf = false;
  for (const piece of readTextPieces(path, bytes)) {
    let i = skipLf && piece.charCodeAt(0) === 10 ? 1 : 0;
    skipLf = false;
    for (;;) {
      breakRe.lastIndex = i;
      const m = breakRe.exec(piece);
      if (!m) {
        if (wanted.has(line)) current += piece.slice(i);
        break;
      }
      if (wanted.has(line)) out.set(line, copied(current + piece.slice(i, m.index)));
      current = '';
      if (++line > last) return out;
      i = m.index + m[0].length;
      if (m[0] === '\r' && i === piece.length) skipLf = true;
    }
  }
  if (wanted.has(line)) out.set(line, copied(current));
  return out;
}

/**
 * A string with its own memory. A slice of a piece would keep the whole megabyte it was cut from
 * alive (V8 shares the characters), and so the whole file: flattening a concatenation copies them.
 */
function copied(s: string): string {
  return (s + ' ').slice(0, -1);
}

/** Encodes text the way it was read. */
export function encode(text: string, encoding: Encoding): Buffer {
  if (encoding.charset === 'utf16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  if (encoding.charset === 'utf16be') {
    const le = Buffer.from(text, 'utf16le');
    for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
    return Buffer.concat([Buffer.from([0xfe, 0xff]), le]);
  }
  const body = Buffer.from(text, 'utf8');
  return encoding.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}
