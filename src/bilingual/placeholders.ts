import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { lazyModule } from '../formats/lazy.js';

const icu = lazyModule<typeof import('@formatjs/icu-messageformat-parser')>('@formatjs/icu-messageformat-parser');
import type { Token } from './units.js';

const PLACEHOLDER_RE = new RegExp(
  [
    String.raw`(?<printf>%(?:\d+\$)?[-+#0]*(?:\d+|\*)?(?:\.(?:\d+|\*))?(?:hh|h|ll|l|L|q|j|z|t)?[diouxXeEfFgGaAcspn@])`,
    String.raw`(?<pyfmt>%\([\w.-]+\)[-+ #0]*\d*(?:\.\d+)?[diouxXeEfFgGcrsa])`,
    String.raw`(?<double>\{\{-?\s*[^{}\n]{1,80}?\s*\}\})`,
    String.raw`(?<dollar>\$\{[\w.$-]{1,80}\})`,
    String.raw`(?<brace>\{[\w.$-]{1,80}\})`,
    String.raw`(?<nest>\$t\([^)\n]{1,80}\))`,
    String.raw`(?<tag></?[A-Za-z][\w:-]*(?:\s[^<>]{0,200}?)?/?>)`,
  ].join('|'),
  'g',
);

/** The identity of a tag for parity: its name, its `id` (XLIFF pairs tags by id) and whether it opens, closes or stands alone. */
function tagKey(tag: string): string {
  const m = /^<(\/?)([A-Za-z][\w:-]*)([^>]*?)(\/?)>$/.exec(tag);
  if (!m) return tag;
  const id = /\bid\s*=\s*["']([^"']*)["']/.exec(m[3])?.[1];
  return `<${m[1]}${m[2]}${id !== undefined ? ` id="${id}"` : ''}${m[4]}>`;
}

/** Format placeholders and markup tags in a text: `%s`, `%1$d`, `%(name)s`, `{0}`, `{name}`, `{{x}}`, `${x}`, `$t(key)`, `<b>`. */
export function placeholderTokens(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  PLACEHOLDER_RE.lastIndex = 0;
  for (let m = PLACEHOLDER_RE.exec(text); m; m = PLACEHOLDER_RE.exec(text)) {
    const g = m.groups ?? {};
    let key = m[0];
    if (g.double) key = `{{${m[0].slice(2, -2).trim()}}}`;
    else if (g.tag) key = tagKey(m[0]);
    out.push({ key, start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return out;
}

/** ICU arguments of a message (`{name}`, `{n, plural, ...}`, `<b>...</b>` tags), or undefined when it is not an ICU message with arguments. */
export function icuArguments(message: string): string[] | undefined {
  if (!/\{[^{}]*[,}]/.test(message)) return undefined;
  let elements: MessageFormatElement[];
  try {
    elements = icu().parse(message, { ignoreTag: true });
  } catch {
    return undefined;
  }
  const out: string[] = [];
  const walk = (els: MessageFormatElement[]): void => {
    for (const el of els) {
      switch (el.type) {
        case icu().TYPE.argument:
          out.push(`{${el.value}}`);
          break;
        case icu().TYPE.number:
        case icu().TYPE.date:
        case icu().TYPE.time:
          out.push(`{${el.value}, ${icu().TYPE[el.type]}}`);
          break;
        case icu().TYPE.plural:
        case icu().TYPE.select:
          out.push(`{${el.value}, ${el.type === icu().TYPE.plural ? 'plural' : 'select'}}`);
          for (const option of Object.values(el.options)) walk(option.value);
          break;
        case icu().TYPE.tag:
          out.push(`<${el.value}>`);
          walk(el.children);
          break;
        default:
          break;
      }
    }
  };
  walk(elements);
  return out.length > 0 ? out : undefined;
}

const VERBATIM_RE = new RegExp(
  [
    String.raw`(?<url>\b(?:https?|ftp)://[^\s<>"'“”()\[\]{}]*[^\s<>"'“”()\[\]{}.,;:!?。，、；：！？])`,
    String.raw`(?<www>\bwww\.[^\s<>"'“”()\[\]{}]*[^\s<>"'“”()\[\]{}.,;:!?。，、；：！？])`,
    String.raw`(?<email>\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+)`,
    String.raw`(?<code>\x60[^\x60\n]{1,200}\x60)`,
  ].join('|'),
  'g',
);

/** URLs, e-mail addresses and code spans: text a translation must carry over unchanged. */
export function verbatimTokens(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  VERBATIM_RE.lastIndex = 0;
  for (let m = VERBATIM_RE.exec(text); m; m = VERBATIM_RE.exec(text)) {
    const key = m.groups?.email ? m[0].toLowerCase() : m[0].replace(/\/$/, '');
    out.push({ key, start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return out;
}
