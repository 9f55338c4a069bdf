import { CATEGORIES, type Category, type Diagnostic, type Fix } from '../types.js';
import { allFixes, relativePath } from './common.js';
import { scoreResults, type QualityScore } from './score.js';
import type { FileResult, ReportContext, Reporter } from './types.js';

/** Highlight colour of each category (on a white page; the text stays black). */
export const CATEGORY_COLOURS: Readonly<Record<Category, string>> = Object.freeze({
  punctuation: '#e4572e',
  spacing: '#17a2b8',
  'quotes-brackets': '#d4a017',
  fragment: '#5a9e2f',
  calque: '#a05195',
  untranslated: '#2e86de',
  boilerplate: '#8d6e63',
  repetition: '#e84393',
  numbering: '#f08a00',
  encoding: '#6c5ce7',
  other: '#7f8c8d',
});

const SEVERITIES = ['error', 'warning'] as const;

// C0 controls other than tab and line breaks are shown as their Control Pictures (one UTF-16
// unit each, so offsets stay put); NUL cannot appear in HTML at all.
const CONTROL_RE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const HTML_RE = /[&<>"']/g;
const HTML_REFS: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(s: string): string {
  return s
    .replace(CONTROL_RE, (c) => (c === '\u007F' ? '\u2421' : String.fromCharCode(0x2400 + c.charCodeAt(0))))
    .replace(HTML_RE, (c) => HTML_REFS[c]);
}

/** Where a problem's classes come from: indexes into CATEGORIES, SEVERITIES and the report's rule list. */
interface ItemClasses {
  category: number;
  severity: number;
  rule: number;
}

const classesOf = (k: ItemClasses): string => `c${k.category} s${k.severity} r${k.rule}`;

/** Moves an offset off the middle of a surrogate pair, so no highlight cuts a character in two. */
function snap(text: string, offset: number): number {
  const o = Math.min(Math.max(0, offset), text.length);
  if (o > 0 && o < text.length && /[\uD800-\uDBFF]/.test(text[o - 1]) && /[\uDC00-\uDFFF]/.test(text[o])) return o + 1;
  return o;
}

/** One problem to highlight: its range in the text, its global number and its classes. */
export interface Highlight {
  range: readonly [number, number];
  /** The number of the problem in the whole report (ids `m<n>` and `l<n>`). */
  index: number;
  ruleId: string;
  classes: string;
}

/** The highlighted text and, for each highlight, how many continuation pieces it needed. */
export interface HighlightedText {
  html: string;
  continuations: Map<number, number>;
}

const PARAGRAPH_GAP_RE = /\n[ \t]*\r?\n\s*/g;
/** Text shorter than this is kept in the paragraph block before it. */
const MIN_BLOCK = 2000;

/**
 * The text as HTML with one `<mark data-rule-id>` per highlight, built in one pass. Ranges
 * that cross (neither inside the other) cannot nest, so where an inner highlight outlives an
 * outer one the outer is closed and reopened as a continuation piece (`class="… cont"`, id
 * `m<n>-<k>`, no `data-rule-id`): each problem still has exactly one element with
 * `data-rule-id`. Empty ranges give an empty `mark.empty`. The text is cut into `div.para`
 * blocks at blank lines where no highlight is open, so the browser can skip laying out
 * blocks that are off screen.
 */
export function highlightText(text: string, highlights: readonly Highlight[]): HighlightedText {
  const items = highlights
    .map((h) => {
      const start = snap(text, h.range[0]);
      return { h, start, end: Math.max(start, snap(text, h.range[1])) };
    })
    .sort((a, b) => a.start - b.start || b.end - a.end || a.h.index - b.h.index);
  const gaps: number[] = [];
  let lastGap = 0;
  PARAGRAPH_GAP_RE.lastIndex = 0;
  for (let m = PARAGRAPH_GAP_RE.exec(text); m; m = PARAGRAPH_GAP_RE.exec(text)) {
    const at = m.index + m[0].length;
    if (at - lastGap >= MIN_BLOCK && at < text.length) {
      gaps.push(at);
      lastGap = at;
    }
  }

  const out: string[] = ['<div class="para">'];
  const continuations = new Map<number, number>();
  type Open = (typeof items)[number];
  const stack: Open[] = [];
  const open = (o: Open, piece: number): void => {
    const { h } = o;
    if (piece === 0) {
      out.push(`<mark id="m${h.index}" class="hl ${h.classes}" data-i="${h.index}" data-rule-id="${escapeHtml(h.ruleId)}">`);
    } else {
      continuations.set(h.index, piece);
      out.push(`<mark id="m${h.index}-${piece}" class="hl ${h.classes} cont" data-i="${h.index}">`);
    }
  };
  let pos = 0;
  let next = 0;
  let gap = 0;
  while (next < items.length || stack.length > 0 || gap < gaps.length) {
    let minEnd = Infinity;
    for (const o of stack) minEnd = Math.min(minEnd, o.end);
    const nextStart = next < items.length ? items[next].start : Infinity;
    const nextGap = gap < gaps.length ? gaps[gap] : Infinity;
    const at = Math.min(minEnd, nextStart, nextGap);
    if (at === Infinity) break;
    if (at > pos) out.push(escapeHtml(text.slice(pos, at)));
    pos = at;
    if (minEnd === at) {
      // close down to the lowest highlight ending here, then reopen the ones that go on
      const lowest = stack.findIndex((o) => o.end === at);
      const above = stack.splice(lowest);
      out.push('</mark>'.repeat(above.length));
      for (const o of above) {
        if (o.end === at) continue;
        stack.push(o);
        open(o, (continuations.get(o.h.index) ?? 0) + 1);
      }
    }
    if (nextGap === at) {
      if (stack.length === 0) out.push('</div><div class="para">');
      gap++;
    }
    while (next < items.length && items[next].start === at) {
      const o = items[next++];
      if (o.end === at) {
        out.push(`<mark id="m${o.h.index}" class="hl ${o.h.classes} empty" data-i="${o.h.index}" data-rule-id="${escapeHtml(o.h.ruleId)}"></mark>`);
      } else {
        stack.push(o);
        open(o, 0);
      }
    }
  }
  if (pos < text.length) out.push(escapeHtml(text.slice(pos)));
  out.push('</div>');
  return { html: out.join(''), continuations };
}

const CONTEXT = 24;

/** Shortens a long removed or inserted span in its middle. */
function clip(s: string, max = 80): string {
  if (s.length <= max) return s;
  const head = snap(s, max / 2 - 1);
  const tail = snap(s, s.length - max / 2 + 1);
  return `${s.slice(0, head)}…${s.slice(tail)}`;
}

/** Makes whitespace that an edit removes or inserts visible. */
const visible = (s: string): string => escapeHtml(clip(s)).replace(/\r?\n|\r/g, '↵').replace(/\t/g, '→');

/**
 * A fix as two short lines, before and after, with the removed text in `<del>` and the
 * inserted text in `<ins>`, and a little unchanged context on either side (cut at line breaks).
 */
export function fixPreview(text: string, fix: Fix): { before: string; after: string } {
  const edits = [...fix.edits]
    .filter((e) => e.range[0] >= 0 && e.range[1] <= text.length && e.range[0] <= e.range[1])
    .sort((a, b) => a.range[0] - b.range[0]);
  if (edits.length === 0) return { before: '', after: '' };
  const first = edits[0].range[0];
  const last = edits[edits.length - 1].range[1];
  let lead = text.slice(snap(text, Math.max(0, first - CONTEXT)), first);
  lead = lead.slice(Math.max(lead.lastIndexOf('\n'), lead.lastIndexOf('\r')) + 1);
  let trail = text.slice(last, snap(text, Math.min(text.length, last + CONTEXT)));
  const breakAt = trail.search(/[\r\n]/);
  if (breakAt >= 0) trail = trail.slice(0, breakAt);
  const leadHtml = (first - lead.length > 0 ? '…' : '') + escapeHtml(lead);
  const trailHtml = escapeHtml(trail) + (last + trail.length < text.length ? '…' : '');
  const before: string[] = [leadHtml];
  const after: string[] = [leadHtml];
  let pos = first;
  for (const e of edits) {
    if (e.range[0] < pos) continue;
    const between = escapeHtml(text.slice(pos, e.range[0]));
    before.push(between);
    after.push(between);
    if (e.range[1] > e.range[0]) before.push(`<del>${visible(text.slice(e.range[0], e.range[1]))}</del>`);
    if (e.text) after.push(`<ins>${visible(e.text)}</ins>`);
    pos = e.range[1];
  }
  before.push(trailHtml);
  after.push(trailHtml);
  return { before: before.join(''), after: after.join('') };
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

function scoreHtml(score: QualityScore | undefined): string {
  if (!score) return '';
  return `<span class="score" title="MQM quality score: 100 minus penalty points per 1,000 words (${score.penalty} points, ${plural(score.words, 'word')})">quality <b>${score.score.toFixed(2)}</b>/100</span>`;
}

function countsHtml(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const fixable = diagnostics.filter((d) => d.fix).length;
  return `<span class="n s0">${plural(errors, 'error')}</span> <span class="n s1">${plural(diagnostics.length - errors, 'warning')}</span>${fixable ? ` <span class="n">${fixable} fixable with --fix</span>` : ''}`;
}

function categoryChips(diagnostics: readonly Diagnostic[], categoryIndex: (c: Category) => number): string {
  const counts = new Map<number, number>();
  for (const d of diagnostics) counts.set(categoryIndex(d.category), (counts.get(categoryIndex(d.category)) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => a[0] - b[0])
    .map(([c, n]) => `<span class="chip c${c}">${escapeHtml(CATEGORIES[c])} ${n}</span>`)
    .join(' ');
}

const STYLE = `
:root{--bg:#fff;--fg:#1d1d1f;--mute:#6b6b70;--line:#dcdce0;--side:#f6f6f8;--sel:#1d1d1f;--del:#ffd7d5;--ins:#d3f5d3}
@media (prefers-color-scheme:dark){:root{--bg:#1b1b1e;--fg:#e8e8ea;--mute:#9a9aa2;--line:#3a3a40;--side:#232327;--sel:#fff;--del:#5c2b2b;--ins:#24502a}}
*{box-sizing:border-box}
html,body{margin:0;height:100%}
body{background:var(--bg);color:var(--fg);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;display:flex;flex-direction:column}
header.top{padding:.5rem 1rem;border-bottom:1px solid var(--line);display:flex;gap:1rem;align-items:baseline;flex-wrap:wrap}
header.top h1{font-size:1.1rem;margin:0}
.layout{flex:1;display:flex;min-height:0}
#side{width:min(28rem,40vw);border-right:1px solid var(--line);background:var(--side);display:flex;flex-direction:column;min-height:0}
#filters{padding:.5rem .75rem;border-bottom:1px solid var(--line);max-height:45vh;overflow:auto;font-size:13px}
#filters fieldset{border:0;margin:0 0 .4rem;padding:0}
#filters legend{font-weight:600;padding:0;display:flex;gap:.4rem;align-items:center}
#filters legend button{font:inherit;font-weight:400;font-size:11px;padding:0 .3rem;cursor:pointer}
#filters label{display:inline-flex;align-items:center;gap:.2rem;margin-right:.6rem;white-space:nowrap}
#filters label.zero{opacity:.45}
.sw{display:inline-block;width:.8em;height:.8em;border-radius:2px;background:var(--c)}
#status{padding:.3rem .75rem;font-size:12px;color:var(--mute);border-bottom:1px solid var(--line)}
#list{list-style:none;margin:0;padding:0;overflow:auto;flex:1}
li.it,li.fh{display:block}
#list li.fh{padding:.35rem .75rem;font-weight:600;background:var(--bg);border-bottom:1px solid var(--line);position:sticky;top:0;z-index:1;cursor:pointer;overflow-wrap:anywhere}
#list li.it{padding:.35rem .75rem .45rem;border-bottom:1px solid var(--line);border-left:4px solid var(--c);cursor:pointer;content-visibility:auto;contain-intrinsic-size:auto 4.5rem}
#list li.it:hover{background:color-mix(in srgb,var(--c) 8%,transparent)}
#list li.it.sel{background:color-mix(in srgb,var(--c) 18%,transparent);outline:2px solid var(--sel);outline-offset:-2px}
.it .h{display:flex;gap:.5rem;font-size:12px;color:var(--mute)}
.it .rule{font-family:ui-monospace,Menlo,Consolas,monospace;color:var(--fg)}
.it .sev{font-weight:600;text-transform:uppercase;font-size:11px}
.it.s0 .sev{color:#c0392b}.it.s1 .sev{color:#b7791f}
.it .msg{margin:.1rem 0;overflow-wrap:anywhere}
.fx{margin-top:.25rem;font-size:12px;border:1px solid var(--line);border-radius:4px;padding:.2rem .4rem;background:var(--bg)}
.fx .t{color:var(--mute)}.fx .t b{font-weight:600;color:var(--fg)}
.fx code{display:block;font-family:ui-monospace,Menlo,Consolas,monospace;white-space:pre-wrap;overflow-wrap:anywhere}
.fx code::before{display:inline-block;width:1.1em;color:var(--mute)}
.fx code.b::before{content:"−"}.fx code.a::before{content:"+"}
del{background:var(--del);text-decoration:line-through;white-space:pre-wrap}
ins{background:var(--ins);text-decoration:none;white-space:pre-wrap}
#main{flex:1;overflow:auto;padding:0 1.5rem 40vh}
details.file>summary{position:sticky;top:0;background:var(--bg);padding:.6rem 0 .4rem;border-bottom:1px solid var(--line);cursor:pointer;z-index:2}
details.file h2{display:inline;font-size:1rem;overflow-wrap:anywhere}
.stats{font-size:13px;color:var(--mute);display:flex;gap:.6rem;flex-wrap:wrap;margin-top:.2rem}
.n.s0{color:#c0392b}.n.s1{color:#b7791f}
.chip{border-radius:3px;padding:0 .3rem;background:color-mix(in srgb,var(--c) 22%,transparent)}
.score b{color:var(--fg)}
.text{font:16px/1.7 Georgia,"Times New Roman",serif;white-space:pre-wrap;overflow-wrap:anywhere;max-width:52rem;padding:.8rem 0}
.text .para{content-visibility:auto;contain-intrinsic-size:auto 30rem}
.empty-file{color:var(--mute);font-style:italic}
mark.hl{color:inherit;background:color-mix(in srgb,var(--c) 26%,transparent);border-bottom:2px solid var(--c);cursor:pointer;border-radius:2px}
mark.hl.s1{border-bottom-style:dashed}
mark.hl.empty::before{content:"‸";color:var(--c);font-weight:700}
mark.hl.sel{background:color-mix(in srgb,var(--c) 55%,transparent);outline:2px solid var(--sel);outline-offset:1px}
kbd{font:11px ui-monospace,Menlo,monospace;border:1px solid var(--line);border-radius:3px;padding:0 .25rem;background:var(--bg)}
footer{font-size:12px;color:var(--mute);padding:.3rem 1rem;border-top:1px solid var(--line)}
`;

/** CSS that hides every filtered-out problem: `.h<kind><n>` on <html> hides `.<kind><n>` items and un-highlights marks. */
function filterStyle(ruleCount: number): string {
  const kinds: Array<[string, number]> = [['c', CATEGORIES.length], ['s', SEVERITIES.length], ['r', ruleCount]];
  const selectors = (el: string): string =>
    kinds.flatMap(([k, n]) => Array.from({ length: n }, (_, i) => `.h${k}${i} ${el}.${k}${i}`)).join(',');
  const colours = CATEGORIES.map((c, i) => `.c${i}{--c:${CATEGORY_COLOURS[c]}}`).join('');
  return `${colours}\n${selectors('li')}{display:none}\n${selectors('mark')}{background:none;border-bottom-color:transparent;outline:none;cursor:text}\n${selectors('mark')}::before{content:none}`;
}

// The page's script: plain ES2020, no libraries. Keys: j/n/↓/→ next, k/p/↑/← previous.
const SCRIPT = `
(() => {
  'use strict';
  const data = JSON.parse(document.getElementById('mtlint-data').textContent);
  const items = data.items;
  const root = document.documentElement;
  const hidden = { c: new Set(), s: new Set(), r: new Set() };
  const status = document.getElementById('status');
  const list = document.getElementById('list');
  let current = -1;
  const isVisible = (i) => !hidden.c.has(items[i][0]) && !hidden.s.has(items[i][1]) && !hidden.r.has(items[i][2]);
  const pieces = (i) => {
    const out = [document.getElementById('m' + i)];
    for (let k = 1; k <= items[i][3]; k++) out.push(document.getElementById('m' + i + '-' + k));
    return out;
  };
  function countVisible() {
    let n = 0;
    for (let i = 0; i < items.length; i++) if (isVisible(i)) n++;
    return n;
  }
  function showStatus() {
    const shown = countVisible();
    const where = current >= 0 ? 'Problem ' + (current + 1) + ' of ' + items.length + ' · ' : '';
    status.textContent = where + shown + ' of ' + items.length + ' shown · j/k, n/p or arrow keys to move';
  }
  function select(i, scrollText, scrollList) {
    if (current >= 0) {
      for (const el of pieces(current)) if (el) el.classList.remove('sel');
      const li = document.getElementById('l' + current);
      if (li) li.classList.remove('sel'), li.removeAttribute('aria-current');
    }
    current = i;
    if (i >= 0) {
      const marks = pieces(i);
      for (const el of marks) if (el) el.classList.add('sel');
      const details = marks[0] && marks[0].closest('details');
      if (details && !details.open) details.open = true;
      if (scrollText && marks[0]) marks[0].scrollIntoView({ block: 'center' });
      const li = document.getElementById('l' + i);
      if (li) {
        li.classList.add('sel');
        li.setAttribute('aria-current', 'true');
        if (scrollList) li.scrollIntoView({ block: 'nearest' });
      }
    }
    showStatus();
  }
  function step(dir) {
    const start = current < 0 ? (dir > 0 ? 0 : items.length - 1) : current + dir;
    for (let i = start; i >= 0 && i < items.length; i += dir) {
      if (isVisible(i)) return select(i, true, true);
    }
  }
  list.addEventListener('click', (e) => {
    const li = e.target.closest('li');
    if (!li) return;
    if (li.dataset.i !== undefined) return select(Number(li.dataset.i), true, false);
    const file = document.getElementById(li.dataset.file);
    if (file) file.open = true, file.scrollIntoView({ block: 'start' });
  });
  document.getElementById('main').addEventListener('click', (e) => {
    const mark = e.target.closest('mark[data-i]');
    if (mark && isVisible(Number(mark.dataset.i))) select(Number(mark.dataset.i), false, true);
  });
  const filters = document.getElementById('filters');
  function applyFilters() {
    for (const box of filters.querySelectorAll('input[data-k]')) {
      const set = hidden[box.dataset.k];
      const v = Number(box.value);
      if (box.checked) set.delete(v); else set.add(v);
      root.classList.toggle('h' + box.dataset.k + v, !box.checked);
    }
    showStatus();
  }
  filters.addEventListener('change', applyFilters);
  filters.addEventListener('click', (e) => {
    const button = e.target.closest('button[data-set]');
    if (!button) return;
    e.preventDefault();
    for (const box of button.closest('fieldset').querySelectorAll('input[data-k]')) box.checked = button.dataset.set === 'all';
    applyFilters();
  });
  document.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const t = e.target;
    if (t.isContentEditable || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || (t.tagName === 'INPUT' && t.type !== 'checkbox')) return;
    if (['j', 'n', 'ArrowDown', 'ArrowRight'].includes(e.key)) { e.preventDefault(); step(1); }
    else if (['k', 'p', 'ArrowUp', 'ArrowLeft'].includes(e.key)) { e.preventDefault(); step(-1); }
    else if (e.key === 'Escape') select(-1, false, false);
  });
  applyFilters();
})();
`;

/** A JSON value as the text of a `<script type="application/json">` (no `</script>` inside). */
const jsonScript = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

function fixHtml(source: string, f: Fix): string {
  const { before, after } = fixPreview(source, f);
  const kind = f.applicability === 'safe' ? 'fix' : 'suggestion';
  return `<div class="fx"><div class="t">${kind}: <b>${escapeHtml(f.title)}</b></div><code class="b">${before}</code><code class="a">${after}</code></div>`;
}

/**
 * The review report: one self-contained HTML page (inline CSS and script, nothing fetched;
 * a Content-Security-Policy forbids it) with each file's text, every problem highlighted in
 * its category's colour, a side list with messages and fixes as before/after lines, filters
 * by category, severity and rule, keyboard navigation, counts and the quality score.
 */
const htmlReporter: Reporter = (results: FileResult[], ctx: ReportContext): string => {
  const ruleIds = [...new Set(results.flatMap((r) => r.diagnostics.map((d) => d.ruleId)))].sort();
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  const categoryIndex = (c: Category): number => {
    const i = CATEGORIES.indexOf(c);
    return i < 0 ? CATEGORIES.indexOf('other') : i;
  };
  const severityIndex = (d: Diagnostic): number => (d.severity === 'error' ? 0 : 1);
  const scores = ctx.scores ?? scoreResults(results, ctx.weights);

  const items: Array<[number, number, number, number]> = [];
  const listParts: string[] = [];
  const sections: string[] = [];
  const all: Diagnostic[] = [];
  results.forEach((result, fileNo) => {
    const path = relativePath(result.filePath, ctx.cwd);
    const firstIndex = items.length;
    const highlights: Highlight[] = result.diagnostics.map((d, k) => {
      const kinds = { category: categoryIndex(d.category), severity: severityIndex(d), rule: ruleIndex.get(d.ruleId)! };
      return { range: d.range, index: firstIndex + k, ruleId: d.ruleId, classes: classesOf(kinds) };
    });
    const { html, continuations } = highlightText(result.source, highlights);
    listParts.push(`<li class="fh" data-file="f${fileNo}">${escapeHtml(path)} <span class="n">(${result.diagnostics.length})</span></li>`);
    result.diagnostics.forEach((d, k) => {
      const h = highlights[k];
      const kinds = { category: categoryIndex(d.category), severity: severityIndex(d), rule: ruleIndex.get(d.ruleId)! };
      items.push([kinds.category, kinds.severity, kinds.rule, continuations.get(h.index) ?? 0]);
      const description = ctx.rules.get(d.ruleId)?.meta.description;
      listParts.push(
        `<li id="l${h.index}" class="it ${h.classes}" data-i="${h.index}">` +
          `<div class="h"><span class="sev">${d.fatal ? 'fatal' : d.severity}</span><span class="rule"${description ? ` title="${escapeHtml(description)}"` : ''}>${escapeHtml(d.ruleId)}</span><span class="pos">${d.line}:${d.column}</span><span class="cat">${escapeHtml(CATEGORIES[kinds.category])}</span></div>` +
          `<div class="msg">${escapeHtml(d.message)}</div>` +
          allFixes(d).map((f) => fixHtml(result.source, f)).join('') +
          '</li>',
      );
    });
    all.push(...result.diagnostics);
    const body = result.source.length ? `<div class="text" lang="en">${html}</div>` : '<p class="empty-file">(empty file)</p>';
    sections.push(
      `<details class="file" id="f${fileNo}"${result.diagnostics.length ? ' open' : ''}><summary><h2>${escapeHtml(path)}</h2>` +
        `<div class="stats">${countsHtml(result.diagnostics)} ${categoryChips(result.diagnostics, categoryIndex)} ${scoreHtml(scores.files[fileNo])}</div></summary>` +
        `${body}</details>`,
    );
  });
  const sectionHtml = sections.join('\n');

  const tally = (key: (d: Diagnostic) => string): Map<string, number> => {
    const out = new Map<string, number>();
    for (const d of all) out.set(key(d), (out.get(key(d)) ?? 0) + 1);
    return out;
  };
  const byCategory = tally((d) => String(categoryIndex(d.category)));
  const bySeverity = tally((d) => String(severityIndex(d)));
  const byRule = tally((d) => d.ruleId);
  const checkbox = (kind: string, value: number, label: string, n: number, swatch = ''): string =>
    `<label class="${n ? '' : 'zero'}${swatch ? ` ${swatch}` : ''}"><input type="checkbox" data-k="${kind}" value="${value}" checked>${swatch ? '<span class="sw"></span>' : ''}${label} <span class="n">${n}</span></label>`;
  const allNone = '<button type="button" data-set="all">all</button><button type="button" data-set="none">none</button>';
  const filters =
    `<form id="filters" aria-label="Filters">` +
    `<fieldset><legend>Category ${allNone}</legend>${CATEGORIES.map((c, i) => checkbox('c', i, escapeHtml(c), byCategory.get(String(i)) ?? 0, `c${i}`)).join('')}</fieldset>` +
    `<fieldset><legend>Severity ${allNone}</legend>${SEVERITIES.map((s, i) => checkbox('s', i, s, bySeverity.get(String(i)) ?? 0)).join('')}</fieldset>` +
    `<fieldset><legend>Rule ${allNone}</legend>${ruleIds.map((id, i) => checkbox('r', i, escapeHtml(id), byRule.get(id) ?? 0)).join('') || '<span class="n">none</span>'}</fieldset>` +
    `</form>`;
  const title = `mtlint report: ${plural(all.length, 'problem')} in ${plural(results.length, 'file')}`;

  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="mtlint ${escapeHtml(ctx.version)}">
<title>${escapeHtml(title)}</title>
<style>${STYLE}${filterStyle(ruleIds.length)}</style>
</head>
<body>
<header class="top"><h1>mtlint report</h1><span>${plural(results.length, 'file')}, ${plural(all.length, 'problem')}</span><span class="stats">${countsHtml(all)} ${scoreHtml(scores.total)}</span></header>
<div class="layout">
<aside id="side">${filters}<div id="status" role="status"></div><ol id="list" aria-label="Problems">${listParts.join('')}</ol></aside>
<main id="main">${sectionHtml || '<p class="empty-file">No files were linted.</p>'}</main>
</div>
<footer>mtlint ${escapeHtml(ctx.version)} · <kbd>j</kbd>/<kbd>k</kbd>, <kbd>n</kbd>/<kbd>p</kbd> or arrow keys: next/previous problem · <kbd>Esc</kbd>: clear the selection · click a problem to find it in the text</footer>
<script type="application/json" id="mtlint-data">${jsonScript({ items })}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
};

export default htmlReporter;
