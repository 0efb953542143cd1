import { describe, expect, it } from 'vitest';
import { featureHash, forEachGroupFeatureHash, groupFeatures, MAX_GROUP_WORDS } from './group-features';

const hashes = (text: string) => {
  const out: number[] = [];
  forEachGroupFeatureHash(text, (h) => out.push(h));
  return out.sort((a, b) => a - b);
};

describe('groupFeatures', () => {
  it.each([
    // [text, features]
    ['a', [' a ', ' a', 'a ']],
    ['Non', [' non ', ' n', 'no', 'on', 'n ', ' no', 'non', 'on ', ' non', 'non ']],
    ['unha', [' unha ', ' u', 'un', 'nh', 'ha', 'a ', ' un', 'unh', 'nha', 'ha ', ' unh', 'unha', 'nha ']],
    // Accents stay; case goes; ¿ and ¡ are words of their own; digits and punctuation separate.
    ['¿Ção2x', [' ¿ ', ' ¿', '¿ ', ' ção ', ' ç', 'çã', 'ão', 'o ', ' çã', 'ção', 'ão ', ' ção', 'ção ', ' x ', ' x', 'x ']],
    // Web addresses, mentions and hashtags are not the comment's words.
    ['ok https://example.com/x @ana #tag', [' ok ', ' o', 'ok', 'k ', ' ok', 'ok ']],
  ])('%s', (text, expected) => {
    expect(groupFeatures(text)).toEqual(expected);
  });

  it(`reads at most ${MAX_GROUP_WORDS} words`, () => {
    const text = Array.from({ length: MAX_GROUP_WORDS + 5 }, (_, i) => `w${String.fromCharCode(97 + (i % 26))}`).join(' ');
    expect(groupFeatures(text).filter((f) => f.length > 2 && f.startsWith(' ') && f.endsWith(' '))).toHaveLength(MAX_GROUP_WORDS);
  });
});

describe('forEachGroupFeatureHash', () => {
  it.each([
    'a',
    'Non hai unha maneira de facer isto xa',
    '¿Dónde compraste ese vestido? ¡Está precioso! https://example.com/x',
    'Да ли је ово време за нови систем',
    'Aku suka banget sama video ini, makasih ya kak',
    'हा व्हिडिओ खूप छान आहे',
    'supercalifragilisticexpialidocious'.repeat(5),
    Array.from({ length: 60 }, (_, i) => `slovo${i}`).join(' '),
    '',
  ])('visits the hashes of the features groupFeatures lists: %s', (text) => {
    expect(hashes(text)).toEqual(groupFeatures(text).map(featureHash).sort((a, b) => a - b));
  });

  it('tells different features apart (the comparison above can fail)', () => {
    expect(hashes('unha')).not.toEqual(groupFeatures('uma').map(featureHash).sort((a, b) => a - b));
    expect(featureHash(' un')).not.toBe(featureHash('un '));
  });
});
