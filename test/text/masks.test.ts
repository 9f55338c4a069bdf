import { describe, expect, it } from 'vitest';
import { computeMasks } from '../../src/text/masks.js';
import { Document } from '../../src/text/document.js';
import { toSourceText } from '../../src/formats/index.js';

const masked = (text: string): string[] => computeMasks(text).map(([s, e]) => text.slice(s, e));

describe('masks', () => {
  it('masks URLs, e-mails, domains, paths, numbers, initialisms, ellipses and emoticons', () => {
    expect(masked('See https://example.com/a.b, mail li@example.org or visit www.gov.cn today.')).toEqual([
      'https://example.com/a.b', 'li@example.org', 'www.gov.cn',
    ]);
    expect(masked('Amazon.com, Node.js and .NET; files in ./src/lib/ and v2.1.0 at 3:30.')).toEqual([
      'Amazon.com', 'Node.js', '.NET', './src/lib/', 'v2.1.0', '3:30',
    ]);
    expect(masked('The U.S. and e.g. Ph.D. holders paid 1,000.5 or .5 more... Wait . . . ok :) =/')).toEqual([
      'U.S.', 'e.g.', 'Ph.D.', '1,000.5', '.5', '...', '. . .', ':)', '=/',
    ]);
  });

  it('masks abbreviations before a period, wherever the period ends its token', () => {
    expect(masked('Mr. Li met Dr. Wang, (Prof. Zhang) and “Gen.” Ma, etc. in J. K. Rowling’s town.')).toEqual([
      'Mr.', 'Dr.', 'Prof.', 'Gen.', 'etc.', 'J.', 'K.',
    ]);
    // a sentence-final "etc." and a word that only ends like one are not masked
    expect(masked('They sold pens, paper etc. The next day xMr. and 3Dr. left.')).toEqual([]);
  });

  it('starts a dotted name where it begins, whatever precedes it', () => {
    expect(masked('-known.com _a-x.com a..b.com x_y.b.com ..foo@bar.com')).toEqual([
      'known.com', 'x.com', 'b.com', 'x_y.b.com', 'foo@bar.com',
    ]);
  });

  it('answers isMasked for ranges and offsets, with the format’s own masks added', () => {
    const source = { ...toSourceText('Call Mr. Li at www.example.com now.', 'text'), masked: [[30, 34]] as Array<[number, number]> };
    const doc = new Document(source);
    expect(doc.isMasked(5, 8)).toBe(true);
    expect(doc.isMasked(8, 9)).toBe(false);
    expect(doc.isMasked(20)).toBe(true);
    expect(doc.isMasked(31, 31)).toBe(true);
    expect(doc.isMasked(34, 35)).toBe(false);
  });
});
