import { describe, expect, it } from 'vitest';
import { checkValue, type VocabularyField } from './target-vocabulary';

describe('checkValue: what a target persona names, as the engine codes it', () => {
  it.each<[VocabularyField, string, string | null, string | null]>([
    ['languages', 'de', 'de', null],
    ['languages', 'DE', 'de', null],
    ['languages', 'German', 'de', null],
    ['languages', ' deutsch ', 'de', null],
    ['languages', 'Portuguese', 'pt', null],
    ['languages', 'español', 'es', null],
    ['languages', 'xx', null, null],
    ['languages', 'Klingonese', null, null],
    ['regions', 'DE', 'DE', null],
    ['regions', 'dach', 'DACH', null],
    ['regions', 'LATAM', 'LATAM', null],
    ['regions', 'Germany', 'DE', null],
    ['regions', 'United States', 'US', null],
    ['regions', 'Atlantis', null, null],
    ['interests', 'travel', 'travel', null],
    ['interests', 'Home garden', 'home-garden', null],
    ['interests', 'hiking', null, 'outdoors'],
    ['interests', 'makeup', null, 'beauty'],
    ['interests', 'sustainability', null, null],
  ])('%s %j → code %j, suggestion %j', (field, input, code, suggestion) => {
    expect(checkValue(field, input)).toEqual({ input, code, suggestion });
  });
});
