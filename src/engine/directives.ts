import type { LineIndex } from '../text/line-index.js';

/** `<!-- mtlint-disable a, b -->`, `<!-- mtlint-enable -->`, `<!-- mtlint-disable-next-line a -->`, `<!-- mtlint-disable-line -->` */
export const DIRECTIVE_RE = /<!--\s*mtlint-(disable-next-line|disable-line|disable|enable)\b([^]*?)-->/g;

export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line';
  /** Empty means every rule. */
  rules: string[];
  start: number;
  end: number;
  /** Offset range of each named rule id in the file, for reporting unknown ids. */
  ruleRanges: Array<{ id: string; start: number; end: number }>;
}

/** Finds every directive comment in the raw file text. */
export function parseDirectives(text: string): Directive[] {
  if (!text.includes('mtlint-')) return [];
  const out: Directive[] = [];
  for (const m of text.matchAll(DIRECTIVE_RE)) {
    const start = m.index ?? 0;
    const listStart = start + m[0].indexOf(m[1]) + m[1].length;
    const ruleRanges: Directive['ruleRanges'] = [];
    const list = m[2].replace(/\s--\s[^]*$/, ''); // `-- reason` comments, as ESLint allows
    for (const id of list.matchAll(/[^\s,]+/g)) {
      const s = listStart + (id.index ?? 0);
      ruleRanges.push({ id: id[0], start: s, end: s + id[0].length });
    }
    out.push({ kind: m[1] as Directive['kind'], rules: ruleRanges.map((r) => r.id), start, end: start + m[0].length, ruleRanges });
  }
  return out;
}

/** Decides whether a diagnostic of a rule at a file offset is disabled by the directives. */
export class DirectiveFilter {
  private readonly blocks: Array<{ at: number; kind: 'disable' | 'enable'; rules: string[] }> = [];
  private readonly lineOff = new Map<number, Set<string> | 'all'>();

  constructor(directives: Directive[], lines: LineIndex) {
    for (const d of directives) {
      if (d.kind === 'disable' || d.kind === 'enable') {
        this.blocks.push({ at: d.start, kind: d.kind, rules: d.rules });
        continue;
      }
      const line = lines.lineOf(d.kind === 'disable-line' ? d.start : d.end) + (d.kind === 'disable-next-line' ? 1 : 0);
      const prev = this.lineOff.get(line);
      if (prev === 'all' || d.rules.length === 0) this.lineOff.set(line, 'all');
      else this.lineOff.set(line, new Set([...(prev ?? []), ...d.rules]));
    }
  }

  get empty(): boolean {
    return this.blocks.length === 0 && this.lineOff.size === 0;
  }

  /** Whether a diagnostic of `ruleId` starting at `offset` on 0-based `line` is suppressed. */
  suppressed(ruleId: string, offset: number, line: number): boolean {
    const off = this.lineOff.get(line);
    if (off === 'all' || off?.has(ruleId)) return true;
    let all = false;
    const except = new Set<string>();
    const disabled = new Set<string>();
    for (const b of this.blocks) {
      if (b.at > offset) break;
      if (b.rules.length === 0) {
        all = b.kind === 'disable';
        except.clear();
        disabled.clear();
      } else if (all) {
        for (const r of b.rules) b.kind === 'enable' ? except.add(r) : except.delete(r);
      } else {
        for (const r of b.rules) b.kind === 'disable' ? disabled.add(r) : disabled.delete(r);
      }
    }
    return all ? !except.has(ruleId) : disabled.has(ruleId);
  }
}
