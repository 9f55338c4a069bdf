import { extname } from 'node:path';
import type { Syntax } from '../types.js';
import type { SourceText } from '../text/document.js';
import { htmlText } from './html.js';
import { jsonLocaleText } from './json-locale.js';
import type { FormatOptions } from './l10n.js';
import { markdownText } from './markdown.js';
import { plainText } from './plain.js';
import { poText } from './po.js';
import { subtitleText } from './subtitles.js';
import { xliffText } from './xliff.js';

export type { FormatOptions } from './l10n.js';
export { isLocaleJsonPath } from './json-locale.js';

/** The localisation and subtitle syntaxes. */
export type L10nSyntax = 'po' | 'xliff' | 'srt' | 'vtt' | 'json';
/** Every syntax mtlint reads. */
export type FormatSyntax = Syntax | L10nSyntax;
// `Syntax` in src/types.ts does not list the localisation syntaxes yet; until it does, they are
// carried under its name so that callers typed with `Syntax` keep compiling.
const l10n = (syntax: L10nSyntax): Syntax => syntax as unknown as Syntax;

/** File extensions mtlint lints when given a folder, by syntax. */
export const EXTENSIONS: Record<string, Syntax> = {
  '.txt': 'text', '.text': 'text',
  '.md': 'markdown', '.markdown': 'markdown', '.mdown': 'markdown', '.mkd': 'markdown',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.po': l10n('po'), '.pot': l10n('po'),
  '.xlf': l10n('xliff'), '.xliff': l10n('xliff'),
  '.srt': l10n('srt'), '.vtt': l10n('vtt'),
};

/**
 * Extensions linted when named explicitly but, in a folder, only under a locale-ish path
 * (`locales/`, `i18n/`, `en.json`): see `isLocaleJsonPath`.
 */
export const EXPLICIT_EXTENSIONS: Record<string, Syntax> = { '.json': l10n('json') };

export const SYNTAXES: readonly Syntax[] = ['text', 'markdown', 'html', ...(['po', 'xliff', 'srt', 'vtt', 'json'] as const).map(l10n)];

/** The syntax of a file by its extension; plain text when unknown. */
export function syntaxFor(filePath: string | undefined): Syntax {
  if (!filePath) return 'text';
  const ext = extname(filePath).toLowerCase();
  return EXTENSIONS[ext] ?? EXPLICIT_EXTENSIONS[ext] ?? 'text';
}

/**
 * The syntax of text that came without a file name, when its start leaves no doubt: a gettext
 * catalogue, an XLIFF document, a WebVTT or SRT file. Otherwise plain text.
 */
export function sniffSyntax(text: string): FormatSyntax {
  const head = text.slice(0, 2000).replace(/^\uFEFF/, '');
  if (/^WEBVTT(?:[ \t][^\r\n]*)?(?:\r?\n|$)/.test(head)) return 'vtt';
  if (/^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[^]*?-->\s*)*<xliff\b/.test(head)) return 'xliff';
  if (/^(?:(?:#[^\r\n]*|[ \t]*)\r?\n)*(?:msgctxt|msgid)[ \t]+"/.test(head) && /^msgstr(?:\[\d+\])?[ \t]+"/m.test(head)) return 'po';
  if (/^\s*\d+[ \t]*\r?\n\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}[ \t]*-->[ \t]*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}/.test(head)) return 'srt';
  return 'text';
}

/** Runs the format adapter for a syntax. */
export function toSourceText(text: string, syntax: Syntax | string, options: FormatOptions = {}): SourceText {
  switch (syntax) {
    case 'markdown':
      return markdownText(text);
    case 'html':
      return htmlText(text);
    case 'po':
      return poText(text, options.po);
    case 'xliff':
      return xliffText(text);
    case 'srt':
    case 'vtt':
      return subtitleText(text, syntax, options.subtitles);
    case 'json':
      return jsonLocaleText(text);
    default: {
      return plainText(text);
    }
  }
}
