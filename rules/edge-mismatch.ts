import { defineRule } from '../src/engine/define-rule.js';
import { bilingualUnits } from '../src/bilingual/units.js';

/** Final marks by what they mean, so that 。 matches . and ？ matches ?. */
const FINAL: Record<string, string> = {
  '.': '.', '。': '.', '．': '.', '｡': '.', '!': '!', '！': '!', '?': '?', '？': '?', ':': ':', '：': ':',
  ';': ';', '；': ';', '…': '…', ',': ',', '，': ',', '、': ',',
};
const CLOSERS = '"\'”’»」』）)]】》〕';
const SPACE_RE = /\s/;
const LEADING = /^\s+/;

/** The text without the closing quotes, brackets and whitespace it ends with. */
function withoutClosers(text: string): string {
  let end = text.length;
  while (end > 0 && (CLOSERS.includes(text[end - 1]) || SPACE_RE.test(text[end - 1]))) end--;
  return text.slice(0, end);
}

/** The whitespace a text ends with. */
const trailing = (text: string): string => text.slice(text.trimEnd().length);

function finalMark(text: string): { mark: string; at: number; length: number } | undefined {
  const body = withoutClosers(text);
  if (body.endsWith('...')) return { mark: '…', at: body.length - 3, length: 3 };
  const last = body[body.length - 1];
  return last && FINAL[last] ? { mark: FINAL[last], at: body.length - 1, length: 1 } : undefined;
}

const show = (ws: string): string => JSON.stringify(ws).slice(1, -1);

export default defineRule({
  id: 'edge-mismatch',
  meta: {
    description: 'Leading or trailing whitespace, or the final punctuation, of a translation differ from its source',
    category: 'punctuation',
    defaultSeverity: 'warning',
    fixable: 'suggest',
    preset: 'all',
    precision: 0.89,
    messages: {
      leading: 'The source starts with "{{source}}" and the translation with "{{target}}".',
      trailing: 'The source ends with "{{source}}" and the translation with "{{target}}".',
      punctuation: 'The source ends with "{{source}}" but the translation with "{{target}}".',
    },
  },
  docs: {
    why: 'Strings are assembled by programs: a line break or space at the edge of a message, and its final punctuation, are part of how it is joined to others (msgfmt -c checks the line breaks of PO entries). Translation systems trim them, or end a label with a full stop the source does not have. Full-width marks count as their English equivalents: 。 is a full stop.',
    valid: [
      'msgid "文件已保存。"\nmsgstr "The file was saved."',
      'msgid "确定要删除吗？"\nmsgstr "Delete it?"',
      'msgid "打开文件"\nmsgstr "Open file"',
      'msgid "加载中……"\nmsgstr "Loading..."',
      'msgid "名称：\\n"\nmsgstr "Name:\\n"',
    ],
    invalid: [
      { text: 'msgid "打开文件"\nmsgstr "Open the file."' },
      { text: 'msgid "完成\\n"\nmsgstr "Done"' },
      { text: 'msgid "确定要删除吗？"\nmsgstr "Delete it."' },
    ],
  },
  check(ctx) {
    for (const u of bilingualUnits(ctx.doc)) {
      if (!u.target.trim() || !u.source.trim()) continue;
      const sl = LEADING.exec(u.source)?.[0] ?? '';
      const tl = LEADING.exec(u.target)?.[0] ?? '';
      if (sl.includes('\n') !== tl.includes('\n') || (sl === '') !== (tl === '')) {
        ctx.report({
          range: [u.start, u.start + tl.length],
          messageId: 'leading',
          data: { source: show(sl), target: show(tl) },
          suggestions: [{ title: `Start with "${show(sl)}" as the source does`, edits: [{ range: [u.start, u.start + tl.length], text: sl }] }],
        });
      }
      const st = trailing(u.source);
      const tt = trailing(u.target);
      if (st.includes('\n') !== tt.includes('\n') || (st === '') !== (tt === '')) {
        ctx.report({
          range: [u.end - tt.length, u.end],
          messageId: 'trailing',
          data: { source: show(st), target: show(tt) },
          suggestions: [{ title: `End with "${show(st)}" as the source does`, edits: [{ range: [u.end - tt.length, u.end], text: st }] }],
        });
      }
      const sm = finalMark(u.source);
      const tm = finalMark(u.target);
      // a source cut after a comma is part of a longer sentence: how the translation ends it is free
      if ((sm?.mark ?? '') === (tm?.mark ?? '') || sm?.mark === ',') continue;
      const body = withoutClosers(u.target);
      const at = tm ? u.start + tm.at : u.start + body.length;
      const end = tm ? at + tm.length : at;
      ctx.report({
        range: tm ? [at, end] : [at, at],
        messageId: 'punctuation',
        data: { source: sm ? withoutClosers(u.source).slice(sm.at, sm.at + sm.length) : 'no final mark', target: tm ? u.target.slice(tm.at, tm.at + tm.length) : 'no final mark' },
        suggestions: [{ title: sm ? `End with "${sm.mark}"` : `Remove "${u.target.slice(tm!.at, tm!.at + tm!.length)}"`, edits: [{ range: [at, end], text: sm?.mark ?? '' }] }],
      });
    }
  },
});
