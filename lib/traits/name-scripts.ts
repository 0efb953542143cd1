/**
 * First names written in Cyrillic, Greek, Arabic and Devanagari. The lookup (data/first-names.json)
 * holds Latin-script and Japanese names only, and no well-kept first-name data set with a
 * fitting licence on the npm registry or in Debian lists these scripts (docs/accuracy.md says which were
 * checked), so a name is first transliterated and looked up ("Анна" → "anna"), and otherwise
 * read by the grammar of its script, where the grammar marks gender:
 *
 * - Cyrillic (Russian, Ukrainian, Belarusian, Bulgarian, Serbian, Macedonian): a full first name
 *   ending in -а/-я is a woman's, ending in a consonant a man's. The exceptions are lists: men's
 *   names in -а/-я (Никита, Илья, Лука, Никола) and the men's short forms people go by (Дима,
 *   Ваня, Миша); short forms used for both (Саша, Женя, Валя) are unknown; -ь is both (Игорь,
 *   Любовь) and unknown.
 * - Greek: a man's name in the nominative ends in -ς (Γιώργος, Νίκος, Ανδρέας) or -ν/-ρ
 *   (Πλάτων), a woman's in a vowel (Μαρία, Ελένη).
 * - Arabic: "عبد" (servant of) begins only men's names; the feminine ending ة ends women's
 *   names, except a few men's (حمزة, أسامة). Anything else is unknown: Arabic marks few names.
 * - Devanagari: Hindi and Nepali women's names end in the long vowel signs ा or ी (सीता,
 *   लक्ष्मी); men's in a consonant or short ि (राम, रवि) are too often shared to call.
 *
 * Each rule answers with RULE_P or its complement: below the lookup's surest answers,
 * since a rule has exceptions its lists do not know.
 */

export const RULE_P = 0.9;

// Words arrive lowercased (name-words.ts); Cyrillic and Greek letters keep their marks there
// ("й", "ώ"), so both the lists and the words are read without them here.
const fold = (w: string) => w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC').toLowerCase();
const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean).map(fold));

const CYRILLIC = /^[\u0400-\u04ff]+$/;
const GREEK = /^[\u0370-\u03ff\u1f00-\u1fff]+$/;
const ARABIC = /^[\u0600-\u06ff]+$/;
const DEVANAGARI = /^[\u0900-\u097f]+$/;

const CYRILLIC_MALE_IN_A = set(`
  никита илья фома кузьма лука савва данила гаврила никола сава илија андреја коста михайла
  дима ваня миша гриша паша вова петя костя митя серёжа сережа толя федя юра яша гоша кеша тёма
  тема сеня стёпа степа лёша леша алёша алеша лёва лева боря гена жора коля вася
  витя вадя рома эдя ілля`);
const CYRILLIC_EITHER = set('саша женя валя шура сима мира слава');
const CYRILLIC_FEMALE_IN_CONSONANT = set(`
  любовь нинель адель рахиль юдифь эсфирь айгерим асель гульнар кармен ирэн мариам мерьем
  гузель`);

const ARABIC_MALE_IN_TA = set('حمزة أسامة اسامة طلحة عبيدة معاوية عروة حذيفة عكرمة قتادة');
const DEVANAGARI_MALE_IN_LONG_VOWEL = set('स्वामी कृष्णा राणा');

// One letter or two: Cyrillic and Greek to the Latin the lookup holds (after folding).
const CYRILLIC_LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', є: 'ye', ж: 'zh', з: 'z', и: 'i', і: 'i', ї: 'yi', й: 'y',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', ђ: 'dj', ј: 'j', љ: 'lj', њ: 'nj',
  ћ: 'c', џ: 'dz', ѓ: 'gj', ќ: 'kj', ѕ: 'dz', ў: 'u',
};
const GREEK_LATIN: Record<string, string> = {
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x',
  ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};

/** The Latin spellings a Cyrillic or Greek name is most often written in, or [] for other scripts. */
export function transliterations(raw: string): string[] {
  const word = fold(raw);
  const table = CYRILLIC.test(word) ? CYRILLIC_LATIN : GREEK.test(word) ? GREEK_LATIN : null;
  if (!table) return [];
  let plain = [...word].map((c) => table[c] ?? '').join('');
  // Greek ου is one sound, written ou or u (Λουκάς: loukas, lukas).
  if (table === GREEK_LATIN) plain = plain.replace(/oy/g, 'ou');
  const out = new Set([plain]);
  // Мария → mariya and maria; Юлия → yuliya and yulia; Наталья → natalya and natalia.
  if (plain.endsWith('iya') || plain.endsWith('ya')) out.add(plain.replace(/i?ya$/, 'ia'));
  // Cyrillic и after a vowel was й before folding (Андреи → andrey).
  if (plain.includes('ou')) out.add(plain.replace(/ou/g, 'u'));
  if (/[aeou]i$/.test(plain)) out.add(plain.replace(/i$/, 'y'));
  return [...out];
}

/** A Cyrillic name the grammar rule would get wrong: its own answer (undefined: unknown), or null. */
export function cyrillicException(raw: string): number | undefined | null {
  const word = fold(raw);
  if (!CYRILLIC.test(word)) return null;
  if (CYRILLIC_EITHER.has(word)) return undefined;
  if (CYRILLIC_MALE_IN_A.has(word)) return 1 - RULE_P;
  if (CYRILLIC_FEMALE_IN_CONSONANT.has(word)) return RULE_P;
  return null;
}

/** P(female) from the grammar of a non-Latin first name, or undefined when it does not say. */
export function scriptFemaleProbability(raw: string): number | undefined {
  const word = fold(raw);
  if (CYRILLIC.test(word)) {
    const exception = cyrillicException(word);
    if (exception !== null) return exception;
    const last = word.at(-1)!;
    if (last === 'ь' || word.length < 3) return undefined;
    return last === 'а' || last === 'я' ? RULE_P : 1 - RULE_P;
  }
  if (GREEK.test(word)) {
    if (word.length < 3) return undefined;
    const last = word.at(-1)!;
    if (last === 'ς' || last === 'σ' || last === 'ν' || last === 'ρ') return 1 - RULE_P;
    return 'αηωιυ'.includes(last) ? RULE_P : undefined;
  }
  if (ARABIC.test(word)) {
    if (word.startsWith('عبد')) return 1 - RULE_P;
    if (word.endsWith('ة')) return ARABIC_MALE_IN_TA.has(word) ? 1 - RULE_P : RULE_P;
    return undefined;
  }
  if (DEVANAGARI.test(word)) {
    if (DEVANAGARI_MALE_IN_LONG_VOWEL.has(word)) return 1 - RULE_P;
    return word.endsWith('ा') || word.endsWith('ी') ? RULE_P : undefined;
  }
  return undefined;
}
