import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';

const seed = readFileSync(new URL('../fixtures/seed.txt', import.meta.url), 'utf8');

/** The fragment and calque rules, as a user would switch them on. */
const RULES = [
  'lone-fragment', 'subjectless-sentence', 'verbless-sentence', 'lowercase-sentence-start', 'truncated-ending',
  'nonsense-calque', 'calque-zh', 'calque-ja', 'calque-ko', 'calque-ru', 'person-as-think-tank', 'pinyin-leak', 'doubled-hedge',
];

describe('the founding article', () => {
  it('gets exactly the broken clauses and calques it has, with the language guessed', () => {
    const found = lint(seed, { config: { extends: [], rules: Object.fromEntries(RULES.map((id) => [id, 'warn'])) } });
    expect(found.map((d) => [d.ruleId, seed.slice(d.range[0], d.range[1]), d.line])).toEqual([
      ['nonsense-calque', 'Sexual testing', 13],
      ['subjectless-sentence', 'Stubbornly insisted', 23],
      ['person-as-think-tank', 'an important think tank', 35],
      ['lone-fragment', 'American alliance.', 41],
      ['lone-fragment', 'Up.', 53],
    ]);
    expect(found.find((d) => d.ruleId === 'person-as-think-tank')?.suggestions?.[0].edits[0].text).toBe('an important adviser');
    expect(found.find((d) => d.ruleId === 'nonsense-calque')?.suggestions?.[0].edits[0].text).toBe('Probing');
  });

  it('reports the same with the source language given', () => {
    const config = { extends: [], rules: Object.fromEntries(RULES.map((id) => [id, 'warn'])) };
    expect(lint(seed, { config, sourceLanguage: 'zh' }).length).toBe(5);
  });
});
