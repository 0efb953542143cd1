/**
 * Signs of bot-like or bought engagement. Each flag is weak alone (real people write
 * "nice pic 🔥" too); flags combine as independent evidence, and only the combination, or one
 * strong flag such as promotion spam, makes a comment suspicious.
 */
import { collapseSpaces } from './text';

export const AUTHENTICITY_FLAGS = [
  'generic-praise',
  'emoji-only',
  'promo-spam',
  'link',
  'generated-handle',
  'obfuscated',
  'repeated-across-posts',
  'repeated-across-accounts',
] as const;
export type AuthenticityFlag = (typeof AUTHENTICITY_FLAGS)[number];

export interface Authenticity {
  suspicious: boolean;
  flags: AuthenticityFlag[];
  /** 0..1: the chance, by our rough weights, that the comment is not genuine engagement. */
  score: number;
}

// Weights are our judgement, checked against the labelled set in test/data/traits (see
// docs/accuracy.md); they are not fitted probabilities.
export const FLAG_WEIGHT: Record<AuthenticityFlag, number> = {
  'generic-praise': 0.35,
  'emoji-only': 0.3,
  'promo-spam': 0.9,
  link: 0.5,
  'generated-handle': 0.4,
  obfuscated: 0.6,
  'repeated-across-posts': 0.5,
  'repeated-across-accounts': 0.6,
};
export const SUSPICIOUS_AT = 0.5;

// Whole-comment praise that fits any post, so it says nothing about this one.
const GENERIC_PRAISE = new Set(
  `nice|nice pic|nice photo|nice post|nice video|nice one|great|great post|great pic|great video|great content|
  awesome|amazing|cool|wow|love it|love this|beautiful|gorgeous|cute|so cute|lovely|perfect|superb|stunning|
  good|very good|very nice|so nice|so good|so beautiful|keep it up|keep going|keep it up bro|well done|fire|
  lit|goals|first|nice bro|nice work|great work|good job|amazing post|amazing pic|wonderful|fantastic|
  lindo|linda|lindo demais|hermoso|hermosa|que lindo|que linda|muy bien|precioso|preciosa|genial|brutal|top|
  incrivel|maravilhoso|maravilhosa|perfeito|perfeita|top demais|show|lindissima|
  magnifique|trop beau|trop belle|super|trop bien|genial|joli|jolie|bravo|
  toll|schon|wunderschon|mega|klasse|sehr schon|cool bild|nice bild`
    .split('|')
    .map((s) => s.trim()),
);

// Every phrase starts at a word boundary: one \b in front of the group is tested once per
// position, instead of once per alternative.
const PROMO = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`dm (?:us|me)\b`,
      String.raw`(?:send|message) (?:us|me) (?:a )?(?:dm|message)\b`,
      String.raw`collab(?:oration)?s?\b`,
      String.raw`promot(?:e|ion|ing)\b`,
      String.raw`brand ambassador\b`,
      String.raw`check (?:out )?my (?:page|profile|bio|channel)\b`,
      String.raw`follow (?:me|back|for follow)\b`,
      String.raw`(?:f4f|l4l|sub4sub|s4s|follow4follow)\b`,
      String.raw`free (?:followers|likes|views|iphone|gift)\b`,
      String.raw`(?:bitcoin|crypto|forex) (?:trading|investment|profit)`,
      String.raw`(?:whatsapp|telegram)\b.{0,20}\+?\d{6,}`,
      String.raw`link in (?:my )?bio\b`,
      String.raw`earn \$?\d`,
      String.raw`(?:manda|mande|envia) (?:dm|mensagem|mensaje)\b`,
      String.raw`sigueme\b|me sigue\b|segue de volta\b`,
    ].join('|') +
    ')',
);
const LINK = /https?:\/\/|www\.|\b[a-z0-9-]+\.(?:com|net|io|ly|me|shop|store|link)\/\S/i;
const EMOJI_OR_SYMBOL = /^[\p{Extended_Pictographic}\p{Emoji_Component}\p{P}\p{S}\s\u200d\ufe0f]+$/u;
const HAS_PICTOGRAPH = /\p{Extended_Pictographic}/u;
const NON_WORD = /[^\p{L}\p{N}\s]+/gu;
const REPEATED_LETTERS = /(\w)\1{2,}/g;
// The most words any praise above has ("keep it up bro"): a comment with more is not praise,
// and most comments are told so by a count, before the comment is rewritten for the lookup.
const MAX_PRAISE_WORDS = Math.max(...[...GENERIC_PRAISE].map((p) => p.split(' ').length));

// Default handles the platforms hand out (user8273649283), or a name with a long number tail,
// or a run of letters no language would write (six ASCII consonants in a row, counted below).
const DEFAULT_HANDLE = /^user\d{5,}$/i;
const NAME_WITH_NUMBER_TAIL = /^[a-z]+[._]?[a-z]*\d{6,}$/i;
const MIN_CONSONANT_RUN = 6;
// The shape alone, tested first: most handles have a separator and fail it at once, without
// the lookaheads below scanning them three times over.
const LETTERS_DIGITS_ONLY = /^[a-z0-9]{12,}$/i;
const GENERATED_HANDLE_LETTERS_DIGITS = /^(?=.*\d.*\d.*\d)(?=.*[a-z].*[a-z].*[a-z])[a-z0-9]{12,}$/i;

// ASCII consonants, either case (y counts as a vowel).
const CONSONANT = new Uint8Array(128);
for (const c of 'bcdfghjklmnpqrstvwxz') CONSONANT[c.charCodeAt(0)] = CONSONANT[c.toUpperCase().charCodeAt(0)] = 1;

export function isGeneratedHandle(handle: string): boolean {
  if (handle.length === 0) return false;
  const h = handle.charCodeAt(0) === 64 ? handle.slice(1) : handle;
  // One scan finds the consonant run and whether the handle ends in the five or more digits
  // both patterns need, so most handles meet no regex.
  let trailingDigits = 0;
  let consonants = 0;
  let longestConsonants = 0;
  for (let i = 0; i < h.length; i++) {
    const c = h.charCodeAt(i);
    trailingDigits = c >= 48 && c <= 57 ? trailingDigits + 1 : 0;
    consonants = c < 128 && CONSONANT[c] === 1 ? consonants + 1 : 0;
    if (consonants > longestConsonants) longestConsonants = consonants;
  }
  if (trailingDigits >= 5 && (DEFAULT_HANDLE.test(h) || NAME_WITH_NUMBER_TAIL.test(h))) return true;
  if (longestConsonants >= MIN_CONSONANT_RUN) return true;
  // Long mixes of letters and digits with no separator ("xk29fj3l0qp8") are machine-made.
  return LETTERS_DIGITS_ONLY.test(h) && GENERATED_HANDLE_LETTERS_DIGITS.test(h) && !/^[a-z]+\d{1,4}$/i.test(h);
}

/** The form compared across comments: lowercase, no accents, no punctuation, emoji kept. */
export function canonicalComment(foldedLower: string): string {
  return foldedLower.replace(/[\p{P}\s]+/gu, ' ').trim();
}

export function combine(flags: readonly AuthenticityFlag[]): Authenticity {
  let genuine = 1;
  for (const f of flags) genuine *= 1 - FLAG_WEIGHT[f];
  const score = Math.min(0.99, Math.round((1 - genuine) * 100) / 100);
  return { suspicious: score >= SUSPICIOUS_AT, flags: [...flags], score };
}

/**
 * Flags one comment can show by itself. `folded` is the text lowercased and accent-folded.
 */
export function commentFlags(text: string, folded: string, handle: string, hostile: boolean): AuthenticityFlag[] {
  const flags: AuthenticityFlag[] = [];
  if (hostile) flags.push('obfuscated');
  const trimmed = text.trim();
  if (trimmed.length > 0 && EMOJI_OR_SYMBOL.test(trimmed) && HAS_PICTOGRAPH.test(trimmed)) flags.push('emoji-only');
  else if (trimmed.length > 0 && trimmed.length <= 60 && wordsAtLeast(folded) <= MAX_PRAISE_WORDS) {
    const bare = collapseSpaces(folded.replace(NON_WORD, ' ')).trim();
    // "niiice" and "sooo cute" are the same praise; "good" must stay "good".
    const isPraise =
      GENERIC_PRAISE.has(bare) ||
      (hasTripleLetter(bare) &&
        (GENERIC_PRAISE.has(bare.replace(REPEATED_LETTERS, '$1')) || GENERIC_PRAISE.has(bare.replace(REPEATED_LETTERS, '$1$1'))));
    if (isPraise) flags.push('generic-praise');
  }
  if (PROMO.test(folded)) flags.push('promo-spam');
  // Every link pattern has a '.' or a ':'; most comments have neither.
  if ((text.includes('.') || text.includes(':')) && LINK.test(text)) flags.push('link');
  if (isGeneratedHandle(handle)) flags.push('generated-handle');
  return flags;
}

/**
 * At most the number of words the praise lookup would see in `folded` (runs of letters and
 * digits): the runs of ASCII letters and digits, reading past any non-ASCII character as if
 * it were not there. Two runs counted here are always split by an ASCII separator, so they are
 * two words in the lookup too; the count is never above the true one, and "more words than any
 * praise" stays exact.
 */
function wordsAtLeast(folded: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if (c >= 0x80) continue;
    const wordChar = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
    if (wordChar && !inWord) words++;
    inWord = wordChar;
  }
  return words;
}

/** /(\w)\1{2,}/ as a loop: the same letter or digit three times in a row ("niiice"). */
function hasTripleLetter(bare: string): boolean {
  for (let i = 2; i < bare.length; i++) {
    const c = bare.charCodeAt(i);
    if (c === bare.charCodeAt(i - 1) && c === bare.charCodeAt(i - 2) && isAsciiWordChar(c)) return true;
  }
  return false;
}

function isAsciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}
