import { describe, expect, it } from 'vitest';
import { normaliseHashtags, tokenize } from './tokens';

describe('tokenize', () => {
  it.each([
    ['Hello, World!', ['hello', 'world'], []],
    ["I'm in São Paulo — aujourd’hui", ["i'm", 'in', 'sao', 'paulo', "aujourd'hui"], []],
    ['leg day #gym #FitnessMotivation', ['leg', 'day'], ['gym', 'fitnessmotivation']],
    ['#a#b word#tag', ['word'], ['a', 'b', 'tag']],
    ["'quoted' words", ['quoted', 'words'], []],
    ['🔥🔥 wow 😍', ['wow'], []],
    ['', [], []],
    ['#', [], []],
  ])('%j', (text, words, hashtags) => {
    expect(tokenize(text)).toEqual({ words, hashtags });
  });
});

describe('normaliseHashtags', () => {
  it.each([
    [['#Fútbol', 'gym', '##x'], ['futbol', 'gym', 'x']],
    [[null, 5, '', 'a'.repeat(200)], []],
    [undefined, []],
  ])('%j', (tags, expected) => {
    expect(normaliseHashtags(tags as unknown[] | undefined)).toEqual(expected);
  });
});
