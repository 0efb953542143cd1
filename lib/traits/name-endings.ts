/**
 * A Latin-script first name the lookup does not hold, read by its ending: the longest ending in
 * the lookup's ending table (learnt from its own names by data/build-first-names.ts), when that
 * ending is nearly always one gender. In leave-one-out over the lookup's names, endings at
 * P >= 0.95 were right 97.8% of the time; docs/accuracy.md has what that gives on other lists.
 *
 * An ending is weak evidence, so it is read only where it is likely to be a first name's and to
 * mark gender: the first word of a display name shaped like a person's name, for someone writing
 * in a language whose names mark gender by their ending, and never for a word the interest lists
 * know. Its answer is stated with RULE_P, as the script rules' are.
 */
import { endingTable } from './first-names-table';
import { inferInterests } from './interests';
import { RULE_P } from './name-scripts';
import { foldAccents } from './text';

/**
 * Romance, Slavic, Baltic, Greek, German and Dutch: given names mark gender by their endings,
 * and the lookup's sources hold these naming traditions. Not English, which people of every
 * naming tradition write in (an Indian "Aditya" or Indonesian "Putra" ends like a woman's name in
 * the lookup's data), nor Turkish or Indonesian, whose names do not mark gender by ending.
 */
const ENDING_LANGUAGES = new Set(['it', 'es', 'pt', 'fr', 'ro', 'ca', 'gl', 'de', 'nl', 'pl', 'cs', 'sk', 'sl', 'hr', 'sr', 'bs', 'lv', 'lt', 'ru', 'uk', 'be', 'bg', 'mk', 'el']);
/** An ending answers only when this sure (see the file comment for how it was chosen). */
export const SUFFIX_MIN_P = 0.95;
const SUFFIX_MAX_LENGTH = 5;
// Shorter words have too little ending to read.
const SUFFIX_MIN_WORD = 4;
const LATIN_WORD = /^\p{Script=Latin}+$/u;
const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}+$/u;

/**
 * Men's names and the short forms men go by that end in -a, in the languages whose women's
 * names end in -a: the exceptions the ending table cannot know when the lookup lacks them
 * (Czech Honza and Jirka, Polish Kuba, Italian Enea).
 */
const MEN_IN_A = new Set(`
  honza jenda franta pepa standa ferda vojta kuba jirka tonda lojza ondra zdenda jarda
  barnaba bonawentura kosma jarema zawisza dyzma
  enea elia mattia luca nicola battista
  nikita ilya ilja foma kuzma sawa savva danila dima vanja vanya misha grisa grisha pasa pasha
  vova petya petja kostya kostja mitya mitja tolya tolja fedya fedja yura jura yasha jasa
  gosha losha lyosha alyosha borya borja zhora kolya kolja vasya vasja vitya vitja
`.split(/\s+/).filter(Boolean));

/**
 * P(female) from a Latin-script word's longest ending in the table, when that ending is at
 * least SUFFIX_MIN_P one way; otherwise undefined. A longer ending that is mixed ("-ea": Andrea,
 * Bea) overrules a sure shorter one ("-a").
 */
export function suffixFemaleProbability(word: string): number | undefined {
  if (word.length < SUFFIX_MIN_WORD || !LATIN_WORD.test(word)) return undefined;
  const endings = endingTable();
  for (let k = Math.min(SUFFIX_MAX_LENGTH, word.length - 1); k >= 1; k--) {
    const p = endings.get(word.slice(-k));
    if (p === undefined) continue;
    return Math.max(p, 1 - p) >= SUFFIX_MIN_P ? p : undefined;
  }
  return undefined;
}

/**
 * The first word of a display name written as a person writes their name, 2 to 4 words each
 * capitalised ("Rosolino Esposito"), when it is also the word the parser took for the first
 * name; otherwise undefined. A single word, a handle ("cassiestewart" would be read by its
 * surname's ending) or "Report listing" is too often not a first name to read by its ending.
 */
function personNameFirstWord(name: unknown, firstCandidate: string | undefined): string | undefined {
  if (typeof name !== 'string' || firstCandidate === undefined) return undefined;
  const words = name.trim().split(/\s+/u);
  if (words.length < 2 || words.length > 4 || !words.every((w) => TITLE_CASE_WORD.test(w))) return undefined;
  return firstCandidate === foldAccents(words[0]!.toLowerCase()) ? firstCandidate : undefined;
}

/**
 * P(female) (RULE_P or its complement) for a display name by its first name's ending, or
 * undefined where the ending is not read (see the file comment). language: the detected
 * language of what the person wrote.
 */
export function endingFemaleProbability(name: unknown, firstCandidate: string | undefined, language: string | undefined): number | undefined {
  if (language === undefined || !ENDING_LANGUAGES.has(language)) return undefined;
  const first = personNameFirstWord(name, firstCandidate);
  if (first === undefined) return undefined;
  if (MEN_IN_A.has(first)) return 1 - RULE_P;
  // A word the interest lists know is a word, not a name ("Ricetta", "Comida" end like women's
  // names): the check costs a lookup, and only for names nothing else could read.
  if (inferInterests([first], []).length > 0) return undefined;
  const p = suffixFemaleProbability(first);
  return p === undefined ? undefined : p >= 0.5 ? RULE_P : 1 - RULE_P;
}
