import { extname } from 'node:path';
import type { Syntax } from '../types.js';
import type { SourceText } from '../text/document.js';
import { htmlText } from './html.js';
import { markdownText } from './markdown.js';
import { plainText } from './plain.js';

/** File extensions mtlint lints when given a folder, by syntax. */
export const EXTENSIONS: Record<string, Syntax> = {
  '.txt': 'text', '.text': 'text',
  '.md': 'markdown', '.markdown': 'markdown', '.mdown': 'markdown', '.mkd': 'markdown',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
};

export const SYNTAXES: readonly Syntax[] = ['text', 'markdown', 'html'];

/** The syntax of a file by its extension; plain text when unknown. */
export function syntaxFor(filePath: string | undefined): Syntax {
  if (!filePath) return 'text';
  return EXTENSIONS[extname(filePath).toLowerCase()] ?? 'text';
}

/** Runs the format adapter for a syntax. */
export function toSourceText(text: string, syntax: Syntax | string): SourceText {
  switch (syntax) {
    case 'markdown':
      return markdownText(text);
    case 'html':
      return htmlText(text);
    default:
      return plainText(text);
  }
}
