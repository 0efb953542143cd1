/**
 * From a display name or handle to the word most likely to be a first name, or to the verdict
 * that the account speaks for a brand or organisation (which has no gender).
 */
import { cleanText, foldAccents } from './text';

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

const NOT_NAME_CHARS = /[^\p{L}\p{M}'’\-\s]+/gu;
const CAMEL = /(\p{Ll})(\p{Lu})/gu;

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

function words(raw: string): string[] {
  if (raw.length === 0) return [];
  // NFKC turns "𝓐𝓷𝓷𝓪" and full-width letters back into plain ones; plain ASCII needs none.
  const normal = PRINTABLE_ASCII.test(raw) ? raw : raw.normalize('NFKC');
  const plain = normal.replace(CAMEL, '$1 $2').replace(NOT_NAME_CHARS, ' ');
  return foldAccents(plain.toLowerCase().replace(/’/g, "'"))
    .split(/[\s-]+/)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter((w) => w.length > 0);
}

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
  const nameWords = words(cleanName.text);
  const handleText = cleanHandle.text.replace(/^@/, '');
  const handleWords = words(handleText.replace(/[._\d]+/g, ' '));
  if (nameWords.some((w) => BRAND_WORDS.has(w)) || handleWords.some((w) => BRAND_WORDS.has(w))) parsed.brand = true;
  if (BRAND_IN_HANDLE.test(handleText.toLowerCase())) parsed.brand = true;
  if (parsed.brand) return parsed;

  for (const list of [nameWords, handleWords]) {
    for (const w of list) {
      if (FEMALE_TITLES.has(w)) parsed.title ??= 'female';
      else if (MALE_TITLES.has(w)) parsed.title ??= 'male';
      else if (DECORATIONS.has(w) || NICKNAMES.has(w) || w.length < 2) continue;
      else {
        // Only the first real word can be a first name; later ones are surnames.
        parsed.candidates.push(w);
        break;
      }
    }
  }
  const run = /^[a-z]{5,}/.exec(foldAccents(handleText.toLowerCase()));
  if (run) parsed.handleRun = run[0];
  return parsed;
}
