/**
 * What the second opinion on a confusable group (close-groups.ts) reads: each word of the
 * comment, padded with a space on both sides (" unha "), and the 2- to 4-character pieces of
 * that padded word (" u", "un", "unh", " unh", "nha ", …). Whole words carry the vocabulary
 * ("non", "xa", "bisa", "vreme"); pieces carry spelling ("ção" / "ción", "ije", "nh" / "ñ")
 * and work on words the model never saw. A piece as long as the padded word is the word itself
 * and counts once.
 *
 * The trainer (test/tools/train-language-groups.ts) reads the features as strings
 * (groupFeatures); the classifier reads their hashes (forEachGroupFeatureHash), which visit
 * the same features without making a string for each piece. group-features.test.ts checks
 * that the two agree.
 *
 * Letters are lower-cased but keep their accents: "ã", "ñ", "č", "ć" are much of the signal.
 */

/** Words read: enough for a clear answer, and a bound on the cost of a long comment. */
export const MAX_GROUP_WORDS = 40;
const MIN_PIECE = 2;
const MAX_PIECE = 4;
const SPACE = 32;

// Web addresses, mentions and hashtags are not in the comment's language ("com" is Portuguese).
const NOT_TEXT = /https?:\/\/\S+|www\.\S+|[@#][\p{L}\p{N}_.]+/gu;
const MAYBE_NOT_TEXT = /[/@#]|www\./;
// Spanish alone opens questions and exclamations with ¿ and ¡: each is a word of its own.
const WORD = /[\p{L}\p{M}]+|[¿¡]/gu;

function words(text: string): IterableIterator<RegExpMatchArray> {
  const lower = text.toLowerCase();
  return (MAYBE_NOT_TEXT.test(lower) ? lower.replace(NOT_TEXT, ' ') : lower).matchAll(WORD);
}

/** The features as strings, in text order (a word, then its pieces). */
export function groupFeatures(text: string): string[] {
  const out: string[] = [];
  let count = 0;
  for (const match of words(text)) {
    if (count++ >= MAX_GROUP_WORDS) break;
    const padded = ` ${match[0]} `;
    out.push(padded);
    for (let n = MIN_PIECE; n <= MAX_PIECE && n < padded.length; n++) {
      for (let i = 0; i + n <= padded.length; i++) out.push(padded.slice(i, i + n));
    }
  }
  return out;
}

const OFFSET = 0x811c9dc5;
const PRIME = 0x01000193;

/** FNV-1a over the UTF-16 code units: what forEachGroupFeatureHash visits for this feature. */
export function featureHash(feature: string): number {
  let h = OFFSET;
  for (let i = 0; i < feature.length; i++) h = Math.imul(h ^ feature.charCodeAt(i), PRIME);
  return h >>> 0;
}

// The padded word's code units, reused between calls (the pass is synchronous).
let units = new Uint16Array(64);

/** Calls `visit` with featureHash of every feature groupFeatures lists (in another order). */
export function forEachGroupFeatureHash(text: string, visit: (hash: number) => void): void {
  let count = 0;
  for (const match of words(text)) {
    if (count++ >= MAX_GROUP_WORDS) break;
    const word = match[0];
    const length = word.length + 2;
    if (units.length < length) units = new Uint16Array(length * 2);
    units[0] = SPACE;
    let whole = Math.imul(OFFSET ^ SPACE, PRIME);
    for (let i = 0; i < word.length; i++) {
      const unit = word.charCodeAt(i);
      units[i + 1] = unit;
      whole = Math.imul(whole ^ unit, PRIME);
    }
    units[length - 1] = SPACE;
    visit(Math.imul(whole ^ SPACE, PRIME) >>> 0);
    // Each start's pieces of 2, 3 and 4 units share their first units' hash.
    for (let i = 0; i + MIN_PIECE <= length; i++) {
      let h = Math.imul(OFFSET ^ units[i]!, PRIME);
      const end = Math.min(i + MAX_PIECE, length - (i === 0 ? 1 : 0));
      for (let k = i + 1; k < end; k++) {
        h = Math.imul(h ^ units[k]!, PRIME);
        visit(h >>> 0);
      }
    }
  }
}
