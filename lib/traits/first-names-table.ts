/**
 * The bundled lookup, data/first-names.json (made by data/build-first-names.ts), as maps: first
 * name to P(female), and word ending (Latin, and Japanese) to P(female). Expanded on first use: that costs a few
 * milliseconds we need not pay at import.
 */
import firstNames from './data/first-names.json';

let names: Map<string, number> | null = null;
let endings: Map<string, number> | null = null;
let japaneseEndings: Map<string, number> | null = null;
let japaneseFamilyNames: Set<string> | null = null;

function expand(groups: Record<string, string>): Map<string, number> {
  const map = new Map<string, number>();
  for (const [percent, words] of Object.entries(groups)) {
    const p = Number(percent) / 100;
    for (const word of words.split(',')) map.set(word, p);
  }
  return map;
}

/** Lowercase first names without accents → P(female). */
export function firstNameTable(): Map<string, number> {
  return (names ??= expand(firstNames.pFemale as Record<string, string>));
}

/** Word endings of 1 to 5 letters that at least 20 of the lookup's gendered names share → P(female). */
export function endingTable(): Map<string, number> {
  return (endings ??= expand(firstNames.suffixes.pFemale as Record<string, string>));
}

/** Endings of 1 or 2 characters that at least 20 of gimei's Japanese given names share → P(female). */
export function japaneseEndingTable(): Map<string, number> {
  return (japaneseEndings ??= expand(firstNames.japaneseSuffixes.pFemale as Record<string, string>));
}

/** gimei's Japanese family names, in kanji, hiragana and katakana. */
export function japaneseFamilyNameSet(): Set<string> {
  return (japaneseFamilyNames ??= new Set(firstNames.japaneseFamilyNames.names.split(',')));
}
