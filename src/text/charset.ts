/**
 * Which unusual characters a document holds at all. Any regular-expression scan costs about
 * 0.6 ms per MB even when nothing matches, while most English holds only a handful of characters
 * outside printable ASCII. A rule whose every match needs one of a few such characters (CJK
 * punctuation, guillemets, invisible characters) asks here first and skips its scans when none occur.
 */
import type { Document } from './document.js';

const cache = new WeakMap<Document, string>();
/** 1 for printable ASCII, tab and line breaks; a unit met is marked while the prose is read, then cleared. */
const skip = new Uint8Array(0x10000);
for (let c = 0x20; c < 0x7f; c++) skip[c] = 1;
skip[9] = skip[10] = skip[13] = 1;

/**
 * The distinct UTF-16 units of the prose outside printable ASCII, tab and line breaks (control
 * characters included), once each, in order of first appearance: computed once per document.
 */
export function unusualUnits(doc: Document): string {
  let units = cache.get(doc);
  if (units !== undefined) return units;
  // one loop over the prose units (String#replace of the ASCII runs took superlinear time on text
  // that alternates: 4 MB of quotation marks, 140 ms)
  const all = doc.units();
  const found: number[] = [];
  try {
    for (let i = 0; i < all.length; i++) {
      const c = all[i];
      if (skip[c] === 1) continue;
      skip[c] = 1;
      found.push(c);
    }
  } finally {
    for (const c of found) skip[c] = 0;
  }
  units = '';
  // in slices: a text can hold tens of thousands of distinct units, too many arguments for one call
  for (let i = 0; i < found.length; i += 4096) units += String.fromCharCode(...found.slice(i, i + 4096));
  cache.set(doc, units);
  return units;
}

/**
 * Whether the document may hold a match of a pattern whose every match contains one of the
 * characters of `chars`: a non-global character class of characters outside printable ASCII
 * (astral characters: give their surrogate units).
 */
export function mayContain(doc: Document, chars: RegExp): boolean {
  // with the u flag an astral character would be one unit pair, which the list splits
  if (chars.unicode || chars.global || chars.sticky) throw new Error(`mayContain takes a plain character class, not /${chars.source}/${chars.flags}`);
  return chars.test(unusualUnits(doc));
}

/**
 * Whether the prose holds any of `chars` (each a single UTF-16 unit): a rule whose every match
 * starts with one of them skips its scans otherwise. Looking for a character that is not there
 * is about 25 times cheaper than a regular-expression scan that finds nothing.
 */
export function holdsAny(doc: Document, chars: string): boolean {
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    const code = c.charCodeAt(0);
    // printable ASCII, tab and line breaks are not among the unusual units: look in the prose
    if (code < 0x7f && (code >= 0x20 || code === 9 || code === 10 || code === 13) ? doc.prose.includes(c) : unusualUnits(doc).includes(c)) return true;
  }
  return false;
}
