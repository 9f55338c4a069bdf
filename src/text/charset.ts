/**
 * Which unusual characters a document holds at all. Any regular-expression scan costs about
 * 0.6 ms per MB even when nothing matches, while most English holds only a handful of characters
 * outside printable ASCII. A rule whose every match needs one of a few such characters (CJK
 * punctuation, guillemets, invisible characters) asks here first and skips its scans when none occur.
 */
import type { Document } from './document.js';

const cache = new WeakMap<Document, string>();
const seen = new Uint8Array(0x10000);

/**
 * The distinct UTF-16 units of the prose outside printable ASCII, tab and line breaks (control
 * characters included), once each, in order of first appearance: computed once per document.
 */
export function unusualUnits(doc: Document): string {
  let units = cache.get(doc);
  if (units !== undefined) return units;
  const all = doc.prose.replace(/[\x20-\x7e\t\n\r]+/g, '');
  units = '';
  for (let i = 0; i < all.length; i++) {
    const c = all.charCodeAt(i);
    if (seen[c] === 0) {
      seen[c] = 1;
      units += all[i];
    }
  }
  for (let i = 0; i < units.length; i++) seen[units.charCodeAt(i)] = 0;
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
