import { describe, expect, it } from 'vitest';
import rule from '../../rules/calque-zh.js';
import { zhPack } from '../../rules/packs/zh.js';
import { validateConfig } from '../../src/config/load.js';
import { runRuleTests } from '../rule-tester.js';

describe('calque-zh', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        'The clinic offers sexual health testing and advice.',
        'The masses and the relevant departments were told.',
        { text: 'Sexual testing is an attempt to force the other party to make concessions.', sourceLanguage: 'zh' },
        'Carmakers carried out research on batteries.',
        { text: 'Mass transit serves the public.', sourceLanguage: 'zh' },
      ],
      invalid: [
        {
          text: 'The masses and the relevant departments were told.',
          sourceLanguage: 'zh',
          errors: [
            { range: [0, 10], message: '"The masses" renders 群众 (ordinary people): write "The public" or "people".', suggestion: 'The public and the relevant departments were told.' },
            { range: [15, 39], messageId: 'relevant-departments', suggestion: 'The masses and the authorities were told.' },
          ],
        },
        { text: 'Carmakers carried out research on batteries.', sourceLanguage: 'zh', errors: [{ range: [10, 30], messageId: 'carry-out-work' }] },
      ],
    }));

  it('is a pack in the format users write in their config, with evidence for every entry', () => {
    for (const group of [zhPack.anyLanguage, zhPack.sourceOnly]) {
      expect(() => validateConfig({ define: group })).not.toThrow();
      for (const [id, def] of Object.entries(group)) {
        expect(def.why, id).toMatch(/\S{10,}/);
        expect(def.safe, id).toBeUndefined();
      }
    }
  });

  it('runs only when the source language is Chinese; the nonsense entries are nonsense-calque\'s', () => {
    expect(rule.meta.languages).toEqual(['zh']);
    expect(Object.keys(zhPack.anyLanguage)).toContain('sexual-testing');
    expect(Object.keys(rule.meta.messages)).not.toContain('sexual-testing');
    expect(Object.keys(zhPack.sourceOnly)).toContain('the-masses');
  });
});
