import type { ProseBuilder } from '../text/offset-map.js';

/**
 * Adds a parsed text value to the prose, mapping it onto its raw source slice
 * `raw = file.slice(fileStart, ...)`. Characters of `raw` that the parser dropped
 * (escapes, blockquote markers, indentation) are skipped; characters the parser produced
 * that are not in `raw` (decoded entities) become atoms over the raw text they came from.
 */
export function addAligned(builder: ProseBuilder, value: string, raw: string, fileStart: number): void {
  if (value === raw) {
    builder.text(value, fileStart);
    return;
  }
  let i = 0;
  let j = 0;
  while (i < value.length) {
    if (j >= raw.length) {
      builder.gap(value.slice(i));
      return;
    }
    if (value[i] === raw[j]) {
      const runStart = i;
      const rawStart = j;
      while (i < value.length && j < raw.length && value[i] === raw[j]) {
        i++;
        j++;
      }
      builder.text(value.slice(runStart, i), fileStart + rawStart);
      continue;
    }
    // an entity or character reference: &amp; &#39; → one decoded character
    if (raw[j] === '&') {
      const ref = /^&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/.exec(raw.slice(j, j + 40));
      if (ref) {
        builder.atom(fileStart + j, fileStart + j + ref[0].length, value[i]);
        i++;
        j += ref[0].length;
        continue;
      }
    }
    const ahead = raw.indexOf(value[i], j);
    if (ahead >= 0 && ahead - j <= 64) {
      j = ahead; // skip markup the parser dropped
      continue;
    }
    builder.atom(fileStart + j, fileStart + j + 1, value[i]);
    i++;
    j++;
  }
}
