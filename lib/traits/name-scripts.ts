/**
 * First names written in Cyrillic, Greek, Arabic and Devanagari. The lookup
 * (data/first-names.json) holds Latin-script and Japanese names only, and no well-kept
 * first-name data set with a fitting licence on the npm registry or in Debian lists these
 * scripts (docs/accuracy.md says which were checked), so a name is first transliterated and
 * looked up ("Анна" → "anna", "राहुल" → "rahul": the lookup holds Indian names), and otherwise
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

// Devanagari consonants (each carries the vowel a unless a sign follows), vowels and signs, in
// the spelling Indian names take in Latin letters (शिव → shiv, not śiva).
const DEVANAGARI_CONSONANTS: Record<string, string> = {
  क: 'k', ख: 'kh', ग: 'g', घ: 'gh', ङ: 'n', च: 'ch', छ: 'chh', ज: 'j', झ: 'jh', ञ: 'n', ट: 't', ठ: 'th', ड: 'd', ढ: 'dh',
  ण: 'n', त: 't', थ: 'th', द: 'd', ध: 'dh', न: 'n', प: 'p', फ: 'ph', ब: 'b', भ: 'bh', म: 'm', य: 'y', र: 'r', ल: 'l',
  ळ: 'l', व: 'v', श: 'sh', ष: 'sh', स: 's', ह: 'h',
};
// With the nukta below, for sounds from Persian and English (ज़ → z, फ़ → f).
const DEVANAGARI_NUKTA: Record<string, string> = { क: 'q', ख: 'kh', ग: 'g', ज: 'z', ड: 'r', ढ: 'rh', फ: 'f', य: 'y' };
// Long vowels have two spellings: आ as a or aa, ई as i or ee, ऊ as u or oo (Aarav, Arav; Deepak, Dipak).
const DEVANAGARI_VOWELS: Record<string, [string, string]> = {
  अ: ['a', 'a'], आ: ['a', 'aa'], इ: ['i', 'i'], ई: ['i', 'ee'], उ: ['u', 'u'], ऊ: ['u', 'oo'], ऋ: ['ri', 'ri'], ए: ['e', 'e'],
  ऐ: ['ai', 'ai'], ओ: ['o', 'o'], औ: ['au', 'au'],
  'ा': ['a', 'aa'], 'ि': ['i', 'i'], 'ी': ['i', 'ee'], 'ु': ['u', 'u'], 'ू': ['u', 'oo'], 'ृ': ['ri', 'ri'], 'े': ['e', 'e'],
  'ै': ['ai', 'ai'], 'ो': ['o', 'o'], 'ौ': ['au', 'au'], 'ॅ': ['e', 'e'], 'ॉ': ['o', 'o'],
};
const VIRAMA = '\u094d';
const NUKTA = '\u093c';

/**
 * The Latin spellings of a name in Devanagari, as Hindi speaks it: a consonant's own a is not
 * said at the end of the word (अमित → amit) nor between two syllables that have a vowel each
 * (कमला → kamla), but is after a consonant cluster at the end (कृष्ण → krishna). Two spellings:
 * long vowels as a, i, u and as aa, ee, oo.
 */
function devanagariLatin(word: string): string[] {
  // Syllables: [consonants, vowel or '' when the consonant's own a, or null when none is said].
  const syllables: { consonant: string; vowel: [string, string] | null; cluster: boolean; nasal?: boolean }[] = [];
  const chars = [...word];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const vowel = DEVANAGARI_VOWELS[c];
    if (vowel) {
      const last = syllables.at(-1);
      // A vowel sign belongs to the consonant before it; a vowel letter stands alone.
      if (last && last.vowel === null && c >= '\u093e' && c <= '\u094c') last.vowel = vowel;
      else syllables.push({ consonant: '', vowel, cluster: false });
      continue;
    }
    if (c === 'ं' || c === 'ँ') {
      const last = syllables.at(-1);
      if (last) {
        last.vowel = last.vowel ? [last.vowel[0] + 'n', last.vowel[1] + 'n'] : ['an', 'an'];
        last.nasal = true;
      }
      continue;
    }
    if (c === 'ः') continue;
    const consonant = DEVANAGARI_CONSONANTS[c];
    if (consonant === undefined) return [];
    const nukta = chars[i + 1] === NUKTA;
    if (nukta) i++;
    const latin = nukta ? (DEVANAGARI_NUKTA[c] ?? consonant) : consonant;
    if (chars[i + 1] === VIRAMA) {
      i++;
      // Joined to the next consonant: no vowel of its own.
      const next = chars[i + 1];
      if (next !== undefined && DEVANAGARI_CONSONANTS[next] !== undefined) {
        syllables.push({ consonant: latin, vowel: ['', ''], cluster: true });
        continue;
      }
    }
    syllables.push({ consonant: latin, vowel: null, cluster: false });
  }
  if (syllables.length === 0) return [];
  // The consonant's own a: said or not.
  const said = syllables.map((s) => s.vowel !== null);
  syllables.forEach((s, i) => {
    if (s.vowel !== null) return;
    const last = i === syllables.length - 1;
    const afterCluster = i > 0 && syllables[i - 1]!.cluster;
    if (last) said[i] = afterCluster;
    else {
      // Between an open syllable and one with a vowel (ka-ma-la → kamla), not after a closed one (an-ja-li).
      const before = syllables[i - 1];
      const after = syllables[i + 1]!;
      said[i] = !(before && said[i - 1] && !before.cluster && !before.nasal && after.vowel !== null && after.vowel[0] !== '');
    }
  });
  // At the end of a name a long vowel is written single (Sita, Pooja).
  const spell = (long: 0 | 1) =>
    syllables.map((s, i) => s.consonant + (s.vowel ? s.vowel[i === syllables.length - 1 ? 0 : long] : said[i] ? 'a' : '')).join('');
  return [...new Set([spell(0), spell(1)])];
}

/** The Latin spellings a Cyrillic, Greek or Devanagari name is most often written in, or [] for other scripts. */
export function transliterations(raw: string): string[] {
  if (DEVANAGARI.test(raw)) return devanagariLatin(raw.normalize('NFD'));
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
