import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS } from './batch';
import { hashtagsFromText, normalizeHashtag, uniqueHashtags } from './hashtags';

describe('normalizeHashtag', () => {
  it.each([
    ['sourdough', 'sourdough'],
    ['tag_2024', 'tag_2024'],
    ['#Science', 'science'],
    ['MixedCase_1', 'mixedcase_1'],
    ['##Double', 'double'],
    ['＃fullwidth', 'fullwidth'],
    ['  padded ', 'padded'],
    ['Café', 'café'],
    ['中国高铁🚅', '中国高铁🚅'],
    ['two words', undefined],
    ['#', undefined],
    ['', undefined],
    ['a'.repeat(LIMITS.hashtag), 'a'.repeat(LIMITS.hashtag)],
    ['a'.repeat(LIMITS.hashtag + 1), undefined],
  ])('%j -> %j', (raw, expected) => {
    expect(normalizeHashtag(raw)).toBe(expected);
  });

  it('is idempotent and yields only lower-case tags without "#" or spaces', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (raw) => {
        const tag = normalizeHashtag(raw);
        if (tag === undefined) return;
        expect(tag).toBe(tag.toLowerCase());
        expect(tag).not.toMatch(/^[#＃]|\s/u);
        expect(tag.length).toBeGreaterThan(0);
        expect(tag.length).toBeLessThanOrEqual(LIMITS.hashtag);
        expect(normalizeHashtag(tag)).toBe(tag);
      }),
    );
  });
});

describe('uniqueHashtags', () => {
  it.each([
    [[[], []], []],
    [[['Baking', 'baking', '#BAKING']], ['baking']],
    [[['b', 'a'], ['a', 'c']], ['b', 'a', 'c']],
    [[['ok', 'no tag', '']], ['ok']],
  ] as [string[][], string[]][])('%j -> %j', (lists, expected) => {
    expect(uniqueHashtags(...lists)).toEqual(expected);
  });

  it('stops at the schema limit', () => {
    const many = Array.from({ length: LIMITS.hashtags + 20 }, (_, i) => `tag${i}`);
    expect(uniqueHashtags(many, ['late'])).toEqual(many.slice(0, LIMITS.hashtags));
  });

  it('keeps what the text reader found, in order', () => {
    expect(uniqueHashtags(['Travel'], hashtagsFromText('Lisbon #travel #Tram #tram_28'))).toEqual(['travel', 'tram', 'tram_28']);
  });
});
