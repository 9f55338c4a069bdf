/** Gives `replacement` the letter case of `original`: UPPER, Capitalised or as written. */
export function keepCase(original: string, replacement: string): string {
  if (!replacement) return replacement;
  const letters = original.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return replacement.toUpperCase();
  const first = original.match(/\p{L}/u)?.[0];
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) {
    return replacement.replace(/\p{L}/u, (c) => c.toUpperCase());
  }
  return replacement;
}
