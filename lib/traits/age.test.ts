import { describe, expect, it } from 'vitest';
import { inferAge } from './age';
import { foldAccents } from './text';

const age = (text: string) => inferAge(foldAccents(text.toLowerCase()));

describe('inferAge', () => {
  it.each([
    ['As a 40 year old, this hits different', '35-44'],
    ["I'm 23 years old and just started lifting", '18-24'],
    ['im 16 and my mom loves this', '13-17'],
    ['Just turned 30 🎉', '25-34'],
    ['Tengo 52 años y me encanta', '45-54'],
    ['Tenho 19 anos e amo seus vídeos', '18-24'],
    ["J'ai 67 ans et je découvre TikTok", '65+'],
    ['Ich bin 45 Jahre alt und fange an', '45-54'],
    ['Now in my forties and loving it', '45-54'],
    ['My grandkids showed me this channel', '55-64'],
    ['Mis nietos me enseñaron', '55-64'],
    ["I'm in high school and this helped with homework", '13-17'],
    // With or without a digit, the life stages are read.
    ['Ich bin Rentner seit 5 Jahren', '65+'],
    ['Ich bin Rentnerin und schaue jeden Tag', '65+'],
    ['ich bin rentner', '65+'],
    ['Since I retired 3 years ago I bake daily', '65+'],
    ['Meine Enkelin ist 7', '55-64'],
  ])('%s → %s', (text, band) => {
    expect(age(text)?.band).toBe(band);
    expect(age(text)?.evidence.length).toBeGreaterThan(0);
  });

  it.each([
    ['no statement at all', 'What a beautiful sunset'],
    ['a number that is not an age', "I'm 5 minutes in and already love it"],
    ['a duration', 'I watched this 40 times'],
    ['an age about someone else', 'My dad is 60 years'],
    ['below 13 is not a band', "I'm 12 years old"],
    ['ich bin 20 minuten', 'Ich bin 20 Minuten gelaufen'],
  ])('unknown for %s', (_label, text) => {
    expect(age(text)).toBeNull();
  });
});
