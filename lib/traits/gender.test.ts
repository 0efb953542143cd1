import { describe, expect, it } from 'vitest';
import { parseDisplayName, type ParsedName } from './display-name';
import { RULE_P } from './name-scripts';
import { femaleProbability, GENDER_MIN_P, inferGender } from './gender';
import { SUFFIX_MIN_P, suffixFemaleProbability } from './name-endings';

describe('inferGender', () => {
  it.each([
    // [name, handle, gender]
    ['Anna Smith', undefined, 'female'],
    ['Carlos Pérez', undefined, 'male'],
    ['José', undefined, 'male'],
    ['🌸 Maria 🌸', undefined, 'female'],
    ['𝓐𝓷𝓷𝓪 𝓚𝓸𝓿𝓪𝓵', undefined, 'female'],
    ['ＪＯＨＮ', undefined, 'male'],
    ['Dr. Michael Brown', undefined, 'male'],
    ['Mrs. Jones', undefined, 'female'],
    ['Herr Müller', undefined, 'male'],
    ["it's jessica ✨", undefined, 'female'],
    [undefined, 'anna_smith92', 'female'],
    [undefined, 'thomas.mueller', 'male'],
    [undefined, 'JessicaParker', 'female'],
    ['', 'david_91', 'male'],
    // Ambiguous across locales: Andrea is female in English, male in Italian.
    ['Andrea', undefined, 'unknown'],
    ['Robin', undefined, 'unknown'],
    // Brands and organisations have no gender, whatever name they carry.
    ['Glow Beauty Store', 'glowbeauty', 'unknown'],
    ['Maria Cosmetics Official', undefined, 'unknown'],
    [undefined, 'annashop', 'unknown'],
    ['Real Madrid C.F.', 'realmadrid', 'unknown'],
    // Nicknames that name lists happen to contain.
    [undefined, 'sunshine_vibes', 'unknown'],
    ['Angel 😇', undefined, 'unknown'],
    [undefined, 'honeybunny22', 'unknown'],
    // Nothing that is a name.
    ['🔥🔥🔥', undefined, 'unknown'],
    ['J. S.', undefined, 'unknown'],
    [undefined, 'user8273649283', 'unknown'],
    [undefined, undefined, 'unknown'],
    // Hostile input.
    ['A\u0336\u0321\u0322n\u0335\u0361na', undefined, 'unknown'],
    ['\u202Eanna', undefined, 'unknown'],
    ['\uD800', '\uDC00', 'unknown'],
    ['x'.repeat(1_000_000), undefined, 'unknown'],
  ])('%# %s', (name, handle, gender) => {
    const guess = inferGender(name, handle);
    expect(guess.gender).toBe(gender);
    if (gender !== 'unknown') expect(guess.p).toBeGreaterThanOrEqual(GENDER_MIN_P);
    expect(guess.p).toBeLessThan(1);
  });

  it.each([[42], [null], [{}], [['Anna']]])('does not throw on a non-string name %j', (name) => {
    expect(inferGender(name, name).gender).toBe('unknown');
  });
});

describe('names the lookup does not hold, read by their ending', () => {
  it.each([
    // [display name, gender]: none of these first names is in the lookup.
    ['Bogumiła Nowak', 'female'],
    ['Bogdanka Kowalska', 'female'],
    ['Rosolino Esposito', 'male'],
    ['Pancrazio Rossi', 'male'],
    // A mixed longest ending says nothing, whatever a shorter one says.
    ['Sigismondo Rossi', 'unknown'],
    // Too short to read.
    ['Zza Rossi', 'unknown'],
    // Not shaped like a person's name: one word, lowercase, more than four words, decorations.
    ['Pancrazio', 'unknown'],
    ['pancrazio rossi', 'unknown'],
    ['Pancrazio Rossi Bianchi Verdi Neri', 'unknown'],
    ['Pancrazio Rossi 🍕', 'unknown'],
    // Men's names in -a that the lookup lacks: listed exceptions to the ending.
    ['Honza Novák', 'male'],
    ['Jenda Munthe', 'male'],
  ])('%s → %s', (name, gender) => {
    const first = name.split(' ')[0]!.toLowerCase();
    expect(femaleProbability(first)).toBeUndefined();
    const guess = inferGender(name, undefined, 'it');
    expect(guess.gender).toBe(gender);
    // Stated as a rule, below the lookup's surest answers.
    if (gender !== 'unknown') expect(guess.p).toBe(RULE_P);
  });

  it('reads the lookup first: the lookup’s answer stands where the ending would say otherwise', () => {
    // "-ine" is nearly always a woman's ending, but Valentine is in the lookup, and unsure.
    expect(suffixFemaleProbability('valentine')).toBeGreaterThanOrEqual(SUFFIX_MIN_P);
    expect(femaleProbability('valentine')).toBeDefined();
    expect(inferGender('Valentine Dupont', undefined, 'fr').gender).toBe('unknown');
  });

  it('reads the ending of the first word only, and after the handle', () => {
    expect(inferGender('Pancrazio Rossi', undefined, 'it').gender).toBe('male');
    // The second word's ending is not read: it is more often a surname.
    expect(inferGender('Xq Pancrazio', undefined, 'it').gender).toBe('unknown');
    // A name the handle gives wins over an ending.
    expect(inferGender('Pancrazio Rossi', 'jessicaparker', 'it').gender).toBe('female');
    // A handle is not read by its ending: it ends with the surname ("cassiestewart").
    expect(inferGender(undefined, 'pancrazio', 'it').gender).toBe('unknown');
    expect(inferGender('Dr Pancrazio Rossi', undefined, 'it').gender).toBe('unknown');
  });

  it.each([
    ['it', 'male'],
    ['pl', 'male'],
    // English is written by people of every naming tradition; Indonesian names do not mark
    // gender by ending; and without a language nothing says which names these are.
    ['en', 'unknown'],
    ['id', 'unknown'],
    ['unknown', 'unknown'],
    [undefined, 'unknown'],
  ])('reads endings for someone writing in %s: %s', (language, gender) => {
    expect(inferGender('Pancrazio Rossi', undefined, language).gender).toBe(gender);
  });

  it('reads no ending from a word the interest lists know', () => {
    // Both end the way the lookup's names do; only the recipe is a word.
    expect(suffixFemaleProbability('ricetta')).toBeGreaterThanOrEqual(SUFFIX_MIN_P);
    expect(suffixFemaleProbability('rosolino')).toBeLessThanOrEqual(1 - SUFFIX_MIN_P);
    expect(inferGender('Rosolino Rossi', undefined, 'it').gender).toBe('male');
    expect(inferGender('Ricetta Della Nonna', undefined, 'it').gender).toBe('unknown');
    expect(inferGender('Comida Casera', undefined, 'es').gender).toBe('unknown');
  });

  it.each([['мария'], ['zza'], ['1234'], ['']])('reads no ending from %j', (word) => {
    expect(suffixFemaleProbability(word)).toBeUndefined();
  });
});

describe('parseDisplayName', () => {
  it.each([
    ['Anna Smith', undefined, ['anna']],
    ['The Real Tom Hanks', undefined, ['tom']],
    ['AnnaSmith', undefined, ['anna']],
    ['Jean-Pierre Dupont', undefined, ['jean']],
    [undefined, 'anna_smith92', ['anna']],
    ['Anna', 'bob_builder', ['anna', 'bob']],
  ])('%s / %s → %j', (name, handle, candidates) => {
    expect(parseDisplayName(name, handle).candidates).toEqual(candidates);
  });

  const parsed = (fields: Partial<ParsedName>): ParsedName => ({
    candidates: [],
    handleRun: null,
    title: null,
    brand: false,
    hostile: false,
    ...fields,
  });
  const brand = parsed({ brand: true });

  it.each([
    // One lookup per word: a brand word anywhere wins, a title goes before a nickname.
    ['Anna Smith Official', undefined, brand],
    [undefined, 'anna_smith_tv', brand],
    ['Anna', 'annas_shop', brand],
    ['Miss Anna', undefined, parsed({ title: 'female', candidates: ['anna'] })],
    ['Anna Miss', undefined, parsed({ candidates: ['anna'] })],
    ['Sir Chef Tom', undefined, parsed({ title: 'male', candidates: ['tom'] })],
    ['Mr Mrs', undefined, parsed({ title: 'male' })],
    ['X Y Anna', 'sunshine_bob', parsed({ candidates: ['anna', 'bob'], handleRun: 'sunshine' })],
    // The handle's run: its leading letters, lowercased and folded, five or more.
    [undefined, '@JessicaParker', parsed({ candidates: ['jessica'], handleRun: 'jessicaparker' })],
    [undefined, 'joãozinho_10', parsed({ candidates: ['joaozinho'], handleRun: 'joaozinho' })],
    [undefined, 'user8273649283', parsed({ candidates: ['user'] })],
    [undefined, '@', parsed({})],
    ['\u202Eanna', 'anna_smith', parsed({ hostile: true })],
  ])('%s / %s', (name, handle, expected) => {
    expect(parseDisplayName(name, handle)).toEqual(expected);
  });
});
