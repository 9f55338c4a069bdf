import { describe, expect, it } from 'vitest';
import { mtlint } from './helpers.js';

describe('mtlint batch', () => {
  it('answers one line per record, in input order, across chunks and workers', () => {
    const records = Array.from({ length: 3000 }, (_, i) => ({ id: `r${i}`, text: i % 2 ? `Record ${i} is fine.` : `Record ${i} ended. .` }));
    const input = records.map((r) => JSON.stringify(r)).join('\n') + '\n';
    const r = mtlint(['batch', '--jobs', '2', '--chunk', '700'], { input });
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(records.map((x) => x.id));
    expect(lines[0].diagnostics.map((d: { ruleId: string; range: number[] }) => [d.ruleId, d.range])).toEqual([['doubled-period', [14, 17]]]);
    expect(lines[1]).toMatchObject({ errorCount: 0, warningCount: 0, diagnostics: [] });
  }, 60_000);

  it('honours the syntax of each record and reports malformed lines without stopping', () => {
    const input = ['{"id":1,"text":"`a. .` b. .","syntax":"markdown"}', 'not json', '{"id":3}', '{"id":4,"text":"c. ."}'].join('\n');
    const r = mtlint(['batch'], { input });
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.id, l.error ? 'error' : l.diagnostics.length])).toEqual([
      [1, 1],
      [null, 'error'],
      [3, 'error'],
      [4, 1],
    ]);
    expect(lines[1].error).toContain('line 2');
    expect(r.code).toBe(0);
  });
});
