import { describe, expect, it } from 'vitest';
import rule from '../../rules/nonsense-calque.js';
import { jaPack } from '../../rules/packs/ja.js';
import { koPack } from '../../rules/packs/ko.js';
import { packRule } from '../../rules/packs/pack-rule.js';
import { ruPack } from '../../rules/packs/ru.js';
import { zhPack } from '../../rules/packs/zh.js';
import { runRuleTests } from '../rule-tester.js';

describe('nonsense-calque', () => {
  it('follows its table', () =>
    runRuleTests(rule, {
      valid: [
        'The clinic offers sexual health testing and advice.',
        'Sexual reproduction is important for plants.',
        'The masses and the relevant departments were told.',
        'The ship had a thin skin of ice.',
        'The nearest station is closed.',
        { text: 'Please treat me well.', sourceLanguage: 'ja' },
        // health English: the entry's context words veto it
        'Sexual testing for STIs is free at the clinic.',
        'The clinic offers sexual testing.',
        'Regular sexual testing is advised for anyone with a new partner.\nMany infections show no symptoms.',
        'Sexual testing and HIV screening are confidential.',
      ],
      invalid: [
        {
          text: 'Sexual testing is an attempt to force the other party to make concessions.',
          errors: [{ range: [0, 14], message: '"Sexual testing" renders 试探性 ("probing, tentative"): 性 is the suffix "-ness", not sex; write "Probing".', suggestion: 'Probing is an attempt to force the other party to make concessions.' }],
        },
        { text: 'SEXUAL TESTING', errors: [{ range: [0, 14], messageId: 'sexual-testing', suggestion: 'PROBING' }] },
        {
          text: 'The drills near the strait were a sexual probing of the new government in Taipei.',
          errors: [{ range: [34, 48], message: '"sexual probing" renders 试探性 ("probing, tentative"): 性 is the suffix "-ness", not sex; write "probing".', suggestion: 'The drills near the strait were a probing of the new government in Taipei.' }],
        },
        {
          // the veto looks at the paragraph of the match only
          text: 'The health ministry met on Monday.\n\nSexual testing is an attempt to force the other party to make concessions.',
          errors: [{ range: [36, 50], messageId: 'sexual-testing', suggestion: 'The health ministry met on Monday.\n\nProbing is an attempt to force the other party to make concessions.' }],
        },
        { text: 'The talks achieved breakthrough sexual progress.', errors: [{ range: [19, 38], messageId: 'breakthrough-sexual', suggestion: 'The talks achieved breakthrough progress.' }] },
        { text: 'The square was people mountain, people sea.', errors: [{ range: [15, 42], messageId: 'people-mountain-people-sea', suggestion: 'The square was huge crowds.' }] },
        { text: 'My name is Louis. Yoroshiku onegaishimasu.', errors: [{ range: [18, 41], messageId: 'yoroshiku-romaji', suggestion: 'My name is Louis. I look forward to working with you.' }] },
        { text: 'He likes skinship too much.', errors: [{ range: [9, 17], message: '"skinship" is Konglish (스킨십): write "physical affection" or "physical contact".', suggestion: 'He likes physical affection too much.' }] },
        {
          text: 'We went eye shopping at the Grand Open sale.',
          errors: [
            { range: [8, 20], messageId: 'eye-shopping', suggestion: 'We went window shopping at the Grand Open sale.' },
            { range: [28, 38], messageId: 'grand-open', suggestion: 'We went eye shopping at the Grand opening sale.' },
          ],
        },
        {
          text: 'The law will be changed in the nearest future.',
          errors: [{ range: [27, 45], message: '"the nearest future" renders в ближайшем будущем: write "the near future".', suggestion: 'The law will be changed in the near future.' }],
        },
        {
          text: 'I feel myself fine and congratulations with your birthday.',
          errors: [
            { range: [2, 18], messageId: 'feel-myself' },
            { range: [23, 43], messageId: 'congratulations-with', suggestion: 'I feel myself fine and congratulations on your birthday.' },
          ],
        },
      ],
    }));

  it('refuses an unless pattern with a capturing group', () => {
    const pack = { language: 'zh', anyLanguage: { x: { kind: 'existence' as const, message: 'm', patterns: ['foo'] } }, sourceOnly: {}, unless: { x: '(bar)' } };
    expect(() => packRule('x', pack, { description: 'd', why: 'w' })).toThrow('calque "x" uses a capturing group in "unless"; write (?:...)');
  });

  it('holds exactly the any-language entries of every pack, in recommended, for every source language', () => {
    const ids = [zhPack, jaPack, koPack, ruPack].flatMap((p) => Object.keys(p.anyLanguage)).sort();
    expect(Object.keys(rule.meta.messages).sort()).toEqual(ids);
    expect(rule.meta.preset).toBe('recommended');
    expect(rule.meta.languages).toBeUndefined();
    expect(rule.meta.fixable).toBe('suggest');
  });
});
