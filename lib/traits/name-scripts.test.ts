import { describe, expect, it } from 'vitest';
import { parseDisplayName } from './display-name';
import { inferGender } from './gender';
import { RULE_P, scriptFemaleProbability, transliterations } from './name-scripts';

describe('names in other scripts', () => {
  it.each([
    // Cyrillic: found by transliteration, or by the -а/-я rule and its exceptions.
    ['Анна Иванова', 'female'],
    ['Иван Петров', 'male'],
    ['Мария', 'female'],
    ['Наталья', 'female'],
    ['Ірина', 'female'],
    ['Олексій', 'male'],
    ['Никита', 'male'],
    ['Дима', 'male'],
    ['Саша', 'unknown'],
    ['Женя', 'unknown'],
    ['Любовь', 'female'],
    ['Ждана', 'female'],
    ['Всеволод', 'male'],
    // Greek: -ς men, vowels women.
    ['Γιώργος Παπαδόπουλος', 'male'],
    ['Ελένη', 'female'],
    ['ΚΑΤΕΡΙΝΑ', 'female'],
    // Arabic: عبد… men, -ة women, less the men's names in -ة; others unknown.
    ['عبد الرحمن', 'male'],
    ['فاطمة', 'female'],
    ['حمزة', 'male'],
    ['محمد', 'unknown'],
    // Devanagari: transliterated and looked up, else -ा/-ी women; others unknown.
    ['सीता', 'female'],
    ['लक्ष्मी', 'female'],
    ['राम', 'male'],
    ['राहुल', 'male'],
    ['अंजलि', 'female'],
    ['किरण', 'unknown'],
    ['ठठ', 'unknown'],
    // Hangul: unknown (no data, and its endings do not mark gender).
    ['김민준', 'unknown'],
    // Japanese: gimei's given names, in kanji, hiragana or katakana, one kanji too.
    ['さくら', 'female'],
    ['陽菜 佐藤', 'female'],
    ['健太 佐藤', 'male'],
    ['ハルト', 'male'],
    ['健', 'male'],
    // A reading gimei gives both sexes.
    ['ひなた', 'unknown'],
  ])('%s → %s', (name, gender) => {
    expect(inferGender(name).gender).toBe(gender);
  });

  it('does not read Chinese characters by their Japanese use when the person writes Chinese', () => {
    expect(inferGender('陽菜', undefined, 'ja').gender).toBe('female');
    expect(inferGender('陽菜', undefined, 'zh').gender).toBe('unknown');
    expect(inferGender('明', undefined, 'zh').gender).toBe('unknown');
    // Kana are Japanese only.
    expect(inferGender('さくら', undefined, 'zh').gender).toBe('female');
  });

  it('takes one Chinese character as a name, but not one Latin letter', () => {
    expect(inferGender('亮 山田').gender).toBe('male');
    expect(parseDisplayName('亮 山田').candidates).toEqual(['亮']);
    expect(parseDisplayName('J 山田').candidates).toEqual(['山田']);
  });

  it('answers a rule with RULE_P, below the surest lookups', () => {
    expect(scriptFemaleProbability('ждана')).toBe(RULE_P);
    expect(scriptFemaleProbability('всеволод')).toBeCloseTo(1 - RULE_P);
    expect(scriptFemaleProbability('anna')).toBeUndefined();
  });

  it('transliterates Cyrillic and Greek, in the spellings the lookup holds', () => {
    expect(transliterations('мария')).toEqual(['mariya', 'maria']);
    expect(transliterations('лукас')).toEqual(['lukas']);
    expect(transliterations('λουκας')).toEqual(['loukas', 'lukas']);
    expect(transliterations('anna')).toEqual([]);
  });

  it.each([
    // The consonant's own a is not said at the end, nor between two syllables with a vowel each,
    ['अमित', ['amit']],
    ['कमला', ['kamla']],
    ['राजेश', ['rajesh', 'raajesh']],
    // but after a closed syllable, before a vowelless end, and after a cluster at the end.
    ['अंजलि', ['anjali']],
    ['गगन', ['gagan']],
    ['कृष्ण', ['krishna']],
    // Long vowels two ways, but single at the end; the nukta's sounds.
    ['दीपेन्द्र', ['dipendra', 'deependra']],
    ['पूजा', ['puja', 'pooja']],
    ['ज़ैनब', ['zainab']],
    // Not a Devanagari name.
    ['राम1', []],
  ])('transliterates Devanagari %s → %j', (word, latin) => {
    expect(transliterations(word)).toEqual(latin);
  });
});

describe('short forms of a man’s and a woman’s name', () => {
  it.each([['Alex'], ['Sasha'], ['Kiki'], ['Sam Taylor'], ['Chris']])('%s is unknown', (name) => {
    expect(inferGender(name).gender).toBe('unknown');
  });

  it('still reads the full names they are short for', () => {
    expect(inferGender('Alexander').gender).toBe('male');
    expect(inferGender('Alexandra').gender).toBe('female');
    expect(inferGender(undefined, 'samantha_92').gender).toBe('female');
  });

  it('does not take a short form from the start of a handle', () => {
    expect(inferGender(undefined, 'alexsmith').gender).toBe('unknown');
  });
});
