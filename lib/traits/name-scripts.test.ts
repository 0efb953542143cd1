import { describe, expect, it } from 'vitest';
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
    // Devanagari: -ा/-ी women; others unknown.
    ['सीता', 'female'],
    ['लक्ष्मी', 'female'],
    ['राम', 'unknown'],
    // Hangul and Japanese: unknown.
    ['김민준', 'unknown'],
    ['さくら', 'unknown'],
  ])('%s → %s', (name, gender) => {
    expect(inferGender(name).gender).toBe(gender);
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
