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

function words(raw: string): string[] {
  if (raw.length === 0) return [];
  const simple = simpleWords(raw);
  if (simple) return simple;
  // NFKC turns "𝓐𝓷𝓷𝓪" and full-width letters back into plain ones; plain ASCII needs none.
  const normal = raw.normalize('NFKC');
  const plain = normal.replace(CAMEL, '$1 $2').replace(NOT_NAME_CHARS, ' ');
  return foldAccents(plain.toLowerCase().replace(/’/g, "'"))
    .split(/[\s-]+/)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter((w) => w.length > 0);
}

/**
 * words() in one pass for the names most people write: printable ASCII, Latin-1 letters
 * ("María Pérez") and emoji or dingbats as decoration ("✨", "🌸"). NFKC leaves all of these
 * as they are, so the result is the same: runs of letters and apostrophes, split where a
 * lowercase letter meets an uppercase one ("annaSmith"), lowercased and folded, without
 * apostrophes at either end; every other character separates. Anything else gives null, and
 * the general path above.
 */
function simpleWords(raw: string): string[] | null {
  const out: string[] = [];
  let start = -1;
  let prevLower = false;
  for (let i = 0; i <= raw.length; i++) {
    const at = i;
    const c = i < raw.length ? raw.charCodeAt(i) : 32;
    let lower = false;
    let upper = false;
    if (c < 0x80) {
      if (c < 0x20 || c === 0x7f) return null;
      lower = c >= 97 && c <= 122;
      upper = c >= 65 && c <= 90;
    } else if (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7) {
      // Latin-1 letters: À-Þ are uppercase, ß-ÿ lowercase.
      upper = c <= 0xde;
      lower = !upper;
    } else if (c >= 0xd83c && c <= 0xd83e) {
      // U+1F300-U+1FAFF: pictographs and emoji.
      const code = raw.codePointAt(i) ?? 0;
      if (code < 0x1f300 || code > 0x1faff) return null;
      i++;
    } else if (c < 0x2600 || c > 0x27bf) {
      return null;
    }
    if (lower || upper || c === 39) {
      if (start < 0) start = at;
      else if (upper && prevLower) {
        pushWord(out, raw, start, at);
        start = at;
      }
    } else if (start >= 0) {
      pushWord(out, raw, start, at);
      start = -1;
    }
    prevLower = lower;
  }
  return out;
}

function pushWord(out: string[], raw: string, start: number, end: number): void {
  while (start < end && raw.charCodeAt(start) === 39) start++;
  while (end > start && raw.charCodeAt(end - 1) === 39) end--;
  if (end > start) out.push(foldAccents(raw.slice(start, end).toLowerCase()));
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
