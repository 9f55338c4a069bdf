import { defineRule } from '../src/engine/define-rule.js';

const NOTE = String.raw`citation needed|clarification needed|according to whom\?|by whom\?|who\?|when\?|which\?|where\?|dubious(?: [–—-] discuss)?|verification needed|failed verification|page needed|better source needed|full citation needed|original research\?|unreliable source\?|needs update|edit`;
/** Every alternative starts with "[": it is tried, sticky, only where the prose has one. */
const RE = new RegExp(String.raw`(?:\[(?:${NOTE})\])+|(?<=[\p{L}\p{N}])(?:\[(?:\d{1,3}|note \d{1,3})\])+(?=[\s.,;:!?)”"'’]|$)|(?<=[.,;:!?)”"'’])(?:\[(?:\d{1,3}|note \d{1,3})\])+(?=[\s.,;:!?)”"'’]|$)|(?<=[.,;:!?])(?:\[[a-z]\])+(?=\s|$)`, 'iuy');

export default defineRule({
  id: 'wiki-citation-residue',
  meta: {
    description: 'Wikipedia footnote marks and editor notes copied into the text, as in "founded in 1368.[3]" or "[citation needed]"',
    category: 'boilerplate',
    defaultSeverity: 'warning',
    fixable: 'safe',
    preset: 'all',
    messages: { residue: 'Wikipedia residue "{{found}}": the footnote or editor note has no meaning here.' },
  },
  docs: {
    why: 'Text copied from Wikipedia keeps its footnote numbers glued to the words ("1368.[3]") and its maintenance notes ("[citation needed]", "[edit]"). They point nowhere once the page is gone. A bracketed number set off by a space, as academic styles write it ("shown in [3]."), is a real reference and is left alone.',
    valid: [
      'As shown in [3], the method works.',
      'The results [1, 2] agree.',
      'Use [sic] for quoted errors.',
      'The list has [a] and [b] items.',
    ],
    invalid: [
      { text: 'The dynasty was founded in 1368.[3] It lasted long.', output: 'The dynasty was founded in 1368. It lasted long.' },
      { text: 'The city has many parks.[citation needed]', output: 'The city has many parks.' },
      { text: 'It grew quickly[1][2] after the war.', output: 'It grew quickly after the war.' },
      { text: 'History [edit]', output: 'History' },
    ],
  },
  check(ctx) {
    const { prose } = ctx.doc;
    for (let at = prose.indexOf('['); at >= 0; ) {
      RE.lastIndex = at;
      const m = RE.exec(prose);
      if (!m) {
        at = prose.indexOf('[', at + 1);
        continue;
      }
      const start = at;
      const end = start + m[0].length;
      at = prose.indexOf('[', end);
      // code such as items[1] = x, lists[0].append(3), divmod(x, y)[0] * y
      if (/^(?:[ \t]*[=(\[*\/%+<>&|^-]|[.(]\w)/.test(prose.slice(end, end + 3)) || /(?:^|[^\p{L}])\p{L}$/u.test(prose.slice(Math.max(0, start - 2), start))) continue;
      // "History [edit]": take the space before a note that ends its line or clause
      const cut = /[ \t]/.test(prose[start - 1] ?? '') && /^(?:[\s.,;:!?]|$)/.test(prose.slice(end, end + 1)) ? start - 1 : start;
      ctx.report({
        range: [start, end],
        messageId: 'residue',
        data: { found: m[0] },
        fix: { title: 'Remove it', edits: [{ range: [cut, end], text: '' }] },
      });
    }
  },
});
