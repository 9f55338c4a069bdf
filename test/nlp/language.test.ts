import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guessSourceLanguage } from '../../src/text/language.js';

const read = (path: string): string => readFileSync(new URL(path, import.meta.url), 'utf8');

describe('guessSourceLanguage', () => {
  it('reads foreign scripts first', () => {
    expect(guessSourceLanguage('He said どうしたの and left.')).toBe('ja');
    expect(guessSourceLanguage('The 강남 district is busy.')).toBe('ko');
    expect(guessSourceLanguage('Prices rose 5%，the ministry said。')).toBe('zh');
    expect(guessSourceLanguage('Донald Путин Москва Кремль Россия Сибирь said so.')).toBe('ru');
  });

  it('falls back on residue in Latin letters', () => {
    expect(guessSourceLanguage('Tanaka-san thanked the team before the match.')).toBe('ja');
    expect(guessSourceLanguage('Kim-ssi arrived, and Park-nim greeted him.')).toBe('ko');
    expect(guessSourceLanguage('The report ended.\n\nEditor in charge: Zhu Ying\n')).toBe('zh');
    // the credit line is read from its own line's start, after blank lines and indentation
    expect(guessSourceLanguage('The report ended.\r\n\r\n\r\n  – Editor in charge: Zhu Ying')).toBe('zh');
    expect(guessSourceLanguage('The report ended. Editor in charge: Zhu Ying')).toBe('und');
    expect(guessSourceLanguage('The report ended.\u2028\u2028Editor in charge: Zhu Ying')).toBe('zh');
    expect(guessSourceLanguage('The fund raised 3.5 ten thousand yuan last year.')).toBe('zh');
    expect(guessSourceLanguage('The so-called «special operation» began. Order № 5 followed.')).toBe('ru');
  });

  it('guesses Chinese for the founding article, which has no Chinese characters left', () => {
    const seed = read('../fixtures/seed.txt');
    expect(/[\u4e00-\u9fff]/.test(seed)).toBe(false);
    expect(guessSourceLanguage(seed)).toBe('zh');
  });

  it('guesses nothing for clean English', () => {
    expect(guessSourceLanguage('The Merseyside Police department said a police officer was injured.')).toBe('und');
    expect(guessSourceLanguage('It cost 10,000 yuan. The masses gathered, and so on.')).toBe('und');
  });
});
