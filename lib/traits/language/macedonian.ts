/**
 * Macedonian, which eld does not model: it reads Macedonian as Serbian or Bulgarian. Three
 * letters of the Cyrillic alphabet are written by Macedonian alone (ѓ, ќ, ѕ; "ќе", the future
 * particle, is among its commonest words), and Macedonian writes none of the letters that
 * mark Serbian (ђ, ћ), Bulgarian or Russian (ъ, щ, ю, я, й, ы, э, ё) or Ukrainian and Belarusian
 * (є, і, ї, ў). A text with the first and none of the rest can be no other language; without
 * them, eld's answer stands. Only the provable case is answered: Macedonian written without
 * those three letters stays what eld says.
 */
const MACEDONIAN_ONLY = /[ѓќѕЃЌЅ]/u;
const NOT_MACEDONIAN = /[ђћъщюяйыэёєіїўЂЋЪЩЮЯЙЫЭЁЄІЇЎ]/u;

/** The answers eld gives for Cyrillic text that Macedonian could be written in. */
const CYRILLIC_ANSWERS = new Set(['sr', 'bg', 'ru', 'uk', 'be']);

/** Whether eld's answer is a Cyrillic language on text only Macedonian writes. */
export function provesMacedonian(answer: string, text: string): boolean {
  return CYRILLIC_ANSWERS.has(answer) && MACEDONIAN_ONLY.test(text) && !NOT_MACEDONIAN.test(text);
}
