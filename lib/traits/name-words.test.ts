import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { handleParts, nameWords, type HandleParts } from './name-words';
import { foldAccents } from './text';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

/** The general path alone, as words() always read any text: the reference for the one-pass ones. */
function referenceWords(raw: string): string[] {
  if (raw.length === 0) return [];
  const plain = raw
    .normalize('NFKC')
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/[^\p{L}\p{M}'’\-\s]+/gu, ' ');
  return foldAccents(plain.toLowerCase().replace(/’/g, "'"))
    .split(/[\s-]+/)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter((w) => w.length > 0);
}

/** What parseDisplayName made of a handle before handleParts(). */
function referenceHandle(handle: string): HandleParts {
  const lower = handle.toLowerCase();
  return {
    words: referenceWords(handle.replace(/[._\d]+/g, ' ')),
    lower,
    run: /^[a-z]{5,}/.exec(foldAccents(lower))?.[0] ?? null,
  };
}

describe('nameWords', () => {
  it.each([
    ['Anna Smith', ['anna', 'smith']],
    ['AnnaSmith', ['anna', 'smith']],
    ['ANNA', ['anna']],
    ['María Pérez ✨', ['maria', 'perez']],
    ['JoãoGarcía', ['joao', 'garcia']],
    ['ÉLODIE', ['elodie']],
    ['Straße', ['strasse']],
    ['Ærø Þór Ðan', ['ærø', 'þor', 'ðan']],
    ['ÿves', ['yves']],
    // × and ÷ are not letters; the general path splits on them.
    ['ana×bel÷la', ['ana', 'bel', 'la']],
    // Apostrophes stay inside a word and go at its ends; '’' goes through the general path.
    ["it's jessica", ["it's", 'jessica']],
    ["''anna'' o'neil'", ['anna', "o'neil"]],
    ['d’angelo', ["d'angelo"]],
    ["'", []],
    // Emoji and dingbats are decoration, at both ends of the ranges the one pass accepts.
    ['🌀anna🫿', ['anna']],
    ['☀bob➿', ['bob']],
    // Below U+1F300 NFKC matters: U+1F200 is the square for "ほか".
    ['🈀anna', ['ほかanna']],
    ['anna🬀', ['anna']],
    ['🌸 Maria 🌸', ['maria']],
    // NFKC-sensitive letters and other scripts take the general path.
    ['𝓐𝓷𝓷𝓪 𝓚𝓸𝓿𝓪𝓵', ['anna', 'koval']],
    ['ＪＯＨＮ', ['john']],
    ['ﬁona', ['fiona']],
    ['Анна Smith', ['анна', 'smith']],
    ['Zoë\u0301', ['zoe']],
    ['Jean-Pierre', ['jean', 'pierre']],
    ['anna\u00a0smith', ['anna', 'smith']],
    ['anna\tsmith', ['anna', 'smith']],
    ['', []],
  ])('%j → %j', (raw, expected) => {
    expect(nameWords(raw)).toEqual(expected);
    expect(referenceWords(raw)).toEqual(expected);
  });
});

describe('handleParts', () => {
  it.each([
    ['anna_smith92', ['anna', 'smith'], 'anna_smith92', null],
    ['annas_mith92', ['annas', 'mith'], 'annas_mith92', 'annas'],
    ['annasmith', ['annasmith'], 'annasmith', 'annasmith'],
    ['JessicaParker', ['jessica', 'parker'], 'jessicaparker', 'jessicaparker'],
    ['thomas.mueller', ['thomas', 'mueller'], 'thomas.mueller', 'thomas'],
    ['user8273649283', ['user'], 'user8273649283', null],
    ['abcd', ['abcd'], 'abcd', null],
    ['abcde', ['abcde'], 'abcde', 'abcde'],
    // Accented letters fold inside the run; those that fold to no a-z end it.
    ['joão_garcía5903', ['joao', 'garcia'], 'joão_garcía5903', null],
    ['joãozinho', ['joaozinho'], 'joãozinho', 'joaozinho'],
    ['straßenkind', ['strassenkind'], 'straßenkind', 'strassenkind'],
    ['ÉlodieB', ['elodie', 'b'], 'élodieb', 'elodieb'],
    ['annaæsir', ['annaæsir'], 'annaæsir', null],
    ['sophiaæsir', ['sophiaæsir'], 'sophiaæsir', 'sophia'],
    ['Ørjan_x', ['ørjan', 'x'], 'ørjan_x', null],
    ['marie×luise', ['marie', 'luise'], 'marie×luise', 'marie'],
    // Outside the one-pass alphabet: the general path.
    ['sophia-smith', ['sophia', 'smith'], 'sophia-smith', 'sophia'],
    ["o'brien_fan", ["o'brien", 'fan'], "o'brien_fan", null],
    ['anna smith', ['anna', 'smith'], 'anna smith', null],
    ['ｊｏｈｎｓｍｉｔｈ', ['johnsmith'], 'ｊｏｈｎｓｍｉｔｈ', null],
    ['', [], '', null],
    ['_9.', [], '_9.', null],
  ])('%j', (handle, words, lower, run) => {
    const expected = { words, lower, run };
    expect(handleParts(handle)).toEqual(expected);
    expect(referenceHandle(handle)).toEqual(expected);
  });
});

describe('the one-pass readers equal the general path', () => {
  const nameChars = fc.constantFrom(
    ...'aZzA ._-0\'’×÷ßÿÀÞæøðþéÉãñçüÖ\u00a0\t\u007f\u0301ｊ𝓐Ж'.split(''),
    '🌀', '🫿', '🈀', '🬀', '☀', '➿', '✨', '😀', '\ud83c', '\udf00',
  );
  const handleChars = fc.constantFrom(...'abzAZ09._-×÷ßÿÀÞæøðþéÉãüÖ'.split(''), '😀', 'ж');
  const texts = {
    graphemes: fc.string({ unit: 'grapheme', maxLength: 40 }),
    'any code points': fc.string({ unit: 'binary', maxLength: 40 }),
    'name-like strings': fc.array(nameChars, { maxLength: 30 }).map((chars) => chars.join('')),
    'handle-like strings': fc.array(handleChars, { maxLength: 30 }).map((chars) => chars.join('')),
  };

  it.each(Object.entries(texts))('nameWords on %s', (_label, text) => {
    fc.assert(
      fc.property(text, (raw) => {
        expect(nameWords(raw)).toEqual(referenceWords(raw));
      }),
      { numRuns: RUNS },
    );
  });

  it.each(Object.entries(texts))('handleParts on %s', (_label, text) => {
    fc.assert(
      fc.property(text, (handle) => {
        expect(handleParts(handle)).toEqual(referenceHandle(handle));
      }),
      { numRuns: RUNS },
    );
  });
});
