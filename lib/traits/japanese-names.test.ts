import { describe, expect, it } from 'vitest';
import { inferGender } from './gender';
import { japaneseEndingFemaleProbability, japaneseGivenName } from './japanese-names';
import { RULE_P } from './name-scripts';

describe('japaneseGivenName', () => {
  it.each([
    // Family name first, as Japanese is written, or last, as forms in Latin letters put it.
    ['佐藤 健太', '健太'],
    ['健太 佐藤', '健太'],
    ['佐藤\u3000健太', '健太'],
    ['さとう けんた', 'けんた'],
    ['🌸 さくら 🌸', 'さくら'],
    // A family name the lookup does not know: the word the lookup holds as a given name.
    ['立花 美咲', '美咲'],
    ['美咲 立花', '美咲'],
    // One word: a given name, or a family and given name run together.
    ['佐藤健太', '佐藤健太'],
    // A family name alone, or an order nothing tells: no given name.
    ['佐藤', null],
    ['小野', null],
    ['立花 王芳', null],
    // Not a name in Japanese script.
    ['Anna Smith', undefined],
    ['Yuki 佐藤', undefined],
    ['', undefined],
  ])('%s → %s', (name, given) => {
    expect(japaneseGivenName(name)).toBe(given);
  });
});

describe('Japanese given names read by their ending', () => {
  it.each([
    // [display name, language, gender]: none of these given names is in the lookup.
    ['小野 花子', 'ja', 'female'],
    ['佐藤健太', 'ja', 'male'],
    ['さち子', undefined, 'female'],
    ['ぎんじろう', 'en', 'male'],
    // Chinese characters only: read by their ending only for someone writing Japanese.
    ['小野 花子', undefined, 'unknown'],
    ['小野 花子', 'zh', 'unknown'],
    // Longer runs of Chinese characters are phrases more often than names.
    ['获取影片机器人', 'ja', 'unknown'],
    ['さとうけんたろう', 'en', 'male'],
    // A family name is never read, though 金子 and 小野 end like women's names.
    ['金子', 'ja', 'unknown'],
    ['小野', 'ja', 'unknown'],
  ])('%s (%s) → %s', (name, language, gender) => {
    expect(inferGender(name, undefined, language).gender).toBe(gender);
  });

  it('answers with RULE_P, and not for an ending both sexes share', () => {
    expect(japaneseEndingFemaleProbability('さち子', undefined)).toBe(RULE_P);
    expect(japaneseEndingFemaleProbability('ぎんじろう', undefined)).toBeCloseTo(1 - RULE_P);
    // -明 ends men's and women's names in gimei's lists.
    expect(japaneseEndingFemaleProbability('千明', 'ja')).toBeUndefined();
    expect(japaneseEndingFemaleProbability('anna', 'ja')).toBeUndefined();
  });
});
