/**
 * From a display name or handle to the word most likely to be a first name, or to the verdict
 * that the account speaks for a brand or organisation (which has no gender).
 */
import { handleParts, nameWords } from './name-words';
import { cleanText } from './text';

export interface ParsedName {
  /** Candidate first names, most trusted first (display name before handle). */
  candidates: string[];
  /** A lowercase run of letters from the handle, for prefix lookup ("annasmith"). */
  handleRun: string | null;
  /** A gendered title such as "Mrs" or "Herr" in front of the name. */
  title: 'female' | 'male' | null;
  brand: boolean;
  hostile: boolean;
}

const FEMALE_TITLES = new Set(['mrs', 'ms', 'miss', 'mme', 'mlle', 'madame', 'frau', 'sra', 'srta', 'senora', 'senhora', 'dona', 'lady', 'queen', 'mama', 'mom', 'mum']);
const MALE_TITLES = new Set(['mr', 'herr', 'sr', 'senor', 'senhor', 'monsieur', 'sir', 'lord', 'king', 'papa', 'dad']);
// Words people put before or around their name that are not a name.
const DECORATIONS = new Set([
  'dr', 'prof', 'the', 'its', "it's", 'im', "i'm", 'iam', 'real', 'therealm', 'just', 'itz', 'officially',
  'hi', 'hey', 'hello', 'x', 'xx', 'xxx', 'dj', 'mc', 'lil', 'big', 'little', 'saint', 'st', 'doc', 'coach', 'chef', 'pastor',
]);
// Words that name lists contain (someone somewhere is called Sunshine) but that in a profile
// are nearly always a nickname or a mood, not a first name.
const NICKNAMES = new Set([
  'sunshine', 'angel', 'baby', 'babe', 'honey', 'princess', 'prince', 'star', 'sky', 'love', 'joy', 'dream', 'lucky',
  'happy', 'sweet', 'sugar', 'candy', 'blue', 'ocean', 'sunny', 'cookie', 'peach', 'bunny', 'kitty', 'angelito',
  'chef', 'boss', 'mister', 'miss', 'gamer', 'fan', 'cutie', 'bae', 'bestie',
]);
// Words that mark an account as a business, publication or fan page.
const BRAND_WORDS = new Set([
  'official', 'oficial', 'officiel', 'store', 'shop', 'boutique', 'studio', 'studios', 'media', 'news', 'noticias', 'tv',
  'fc', 'club', 'brand', 'brands', 'agency', 'company', 'inc', 'llc', 'ltd', 'gmbh', 'sa', 'srl', 'corp', 'co',
  'records', 'magazine', 'mag', 'app', 'academy', 'academia', 'cosmetics', 'collection', 'marketing', 'promo',
  'deals', 'memes', 'fanpage', 'fans', 'updates', 'clips', 'hq', 'restaurant', 'cafe', 'bakery', 'salon', 'clinic',
  'hotel', 'tienda', 'loja', 'network', 'channel', 'podcast', 'esports', 'foundation', 'group', 'team', 'daily',
  'online', 'global', 'international', 'labs', 'games', 'music', 'films', 'productions', 'design', 'designs',
]);
// In a handle words run together ("glowbeautystore"), so brand words are found as substrings.
const BRAND_IN_HANDLE = /official|oficial|store|shop|boutique|studio|media|news|noticias|agency|cosmetic|collection|magazine|marketing|promo|deals|memes|fanpage|updates|clips|tienda|loja|podcast|channel|network|restaurant|bakery|salon|clinic|hotel|esports|productions/;

// The sets above as one map, so each word is looked up once. A word in two sets keeps the kind
// that is tested first: brand, then the titles ("miss" is a title before it is a nickname).
const BRAND = 1;
const FEMALE_TITLE = 2;
const MALE_TITLE = 3;
const NOT_A_NAME = 4;
const WORD_KIND = new Map<string, number>();
for (const w of [...DECORATIONS, ...NICKNAMES]) WORD_KIND.set(w, NOT_A_NAME);
for (const w of MALE_TITLES) WORD_KIND.set(w, MALE_TITLE);
for (const w of FEMALE_TITLES) WORD_KIND.set(w, FEMALE_TITLE);
for (const w of BRAND_WORDS) WORD_KIND.set(w, BRAND);

export function isNickname(word: string): boolean {
  return NICKNAMES.has(word);
}

export function parseDisplayName(name?: unknown, handle?: unknown): ParsedName {
  const parsed: ParsedName = { candidates: [], handleRun: null, title: null, brand: false, hostile: false };
  const cleanName = cleanText(name, 300);
  const cleanHandle = cleanText(handle, 100);
  if (cleanName.hostile || cleanHandle.hostile) {
    parsed.hostile = true;
    return parsed;
  }
  const handleText = cleanHandle.text.charCodeAt(0) === 0x40 ? cleanHandle.text.slice(1) : cleanHandle.text;
  const fromHandle = handleParts(handleText);
  const brand =
    readWords(parsed, nameWords(cleanName.text)) || readWords(parsed, fromHandle.words) || BRAND_IN_HANDLE.test(fromHandle.lower);
  // A brand has no first name nor title, whatever readWords() found before it.
  if (brand) return { candidates: [], handleRun: null, title: null, brand: true, hostile: false };
  parsed.handleRun = fromHandle.run;
  return parsed;
}

/**
 * One list of words into parsed: a title, and the first word that can be a first name (later
 * ones are surnames). True as soon as a word names a brand, wherever it stands.
 */
// One letter is an initial, except a Han character: many Japanese given names are one kanji (健, 亮).
const HAN_LETTER = /^\p{Script=Han}$/u;

function readWords(parsed: ParsedName, list: readonly string[]): boolean {
  let named = false;
  for (const w of list) {
    const kind = WORD_KIND.get(w);
    if (kind === BRAND) return true;
    if (named) continue;
    if (kind === FEMALE_TITLE) parsed.title ??= 'female';
    else if (kind === MALE_TITLE) parsed.title ??= 'male';
    else if (kind !== NOT_A_NAME && (w.length >= 2 || HAN_LETTER.test(w))) {
      parsed.candidates.push(w);
      named = true;
    }
  }
  return false;
}
