import { extname } from 'node:path';
import { EXTENSIONS, isLocaleJsonPath } from '../formats/index.js';
import type { Syntax } from '../types.js';

/** Language ids editors send (VS Code, Neovim filetypes, Emacs major modes, Helix), by syntax. */
const LANGUAGE_IDS: Record<string, Syntax> = {
  plaintext: 'text', text: 'text', txt: 'text',
  markdown: 'markdown', md: 'markdown', gfm: 'markdown',
  html: 'html', xhtml: 'html', htm: 'html', mhtml: 'html',
  po: 'po', pot: 'po', gettext: 'po',
  xliff: 'xliff', xlf: 'xliff',
  srt: 'srt', subrip: 'srt',
  vtt: 'vtt', webvtt: 'vtt',
};

/** The syntax to lint a buffer as, by its language id, else its file extension; undefined when mtlint does not read it. */
export function syntaxOfBuffer(languageId: string, uri: string): Syntax | undefined {
  const byId = LANGUAGE_IDS[languageId.toLowerCase()];
  if (byId) return byId;
  let path = uri;
  try {
    path = new URL(uri).pathname;
  } catch {
    // not a URL: use the text as a path
  }
  // JSON only as a locale file (locales/, i18n/, en.json): not every JSON file is translated text
  if (extname(path).toLowerCase() === '.json') return isLocaleJsonPath(path) ? 'json' : undefined;
  return EXTENSIONS[extname(path).toLowerCase()];
}
