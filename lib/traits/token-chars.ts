/**
 * Which characters belong to a token, answered without a regex for the characters comments are
 * mostly made of. The definition is TOKEN_CHAR: letters, marks and digits of any script, '#',
 * ''' and '’'; everything else separates. The hand-written ranges below only repeat what that
 * regex says (token-chars.test.ts checks every code point they answer for) and leave the rest
 * to the regex: Unicode's categories are too many to copy.
 *
 * The answers are plain flags and booleans, not named constants, because the scanner reads
 * them for every character, and a loader that does not bundle (tsx running a file as CommonJS,
 * vitest) turns every use of an imported constant into a getter call.
 */

/** Sticky, so it can be asked about one code point in place without slicing the text. */
export const TOKEN_CHAR = /[\p{L}\p{M}\p{N}#'’]/uy;

/** End of LATIN_PARTS: Latin-1 and the Latin Extended-A/B and IPA letters. */
export const LATIN_END = 0x2b0;

/**
 * 1 where the code unit is part of a token and 0 where it separates, for U+0000-U+02AF.
 * Latin-1's letters, ª º µ and the superscript and fraction digits (² ³ ¹ ¼ ½ ¾, which \p{N}
 * counts) are parts; × and ÷ are not; from À on everything else is a letter.
 */
export const LATIN_PARTS: Uint8Array = (() => {
  const table = new Uint8Array(LATIN_END);
  const parts = (from: string, to: string) => table.fill(1, from.charCodeAt(0), to.charCodeAt(0) + 1);
  parts('0', '9');
  parts('a', 'z');
  parts('A', 'Z');
  for (const ch of "#'ªµº²³¹¼½¾") table[ch.charCodeAt(0)] = 1;
  table.fill(1, 0xc0);
  table[0xd7] = 0;
  table[0xf7] = 0;
  return table;
})();

/**
 * For a BMP code unit from LATIN_END on that is not a surrogate: true for a part of a token,
 * false for a separator, undefined where only TOKEN_CHAR knows. Sure about punctuation (with
 * the '’' that stays inside words), currency, arrows, maths, shapes, dingbats and the variation
 * selectors that follow many emoji ("❤️" is U+2764 U+FE0F; U+FE0F is a mark, so a token of its
 * own, as the split always made it). Not sure about the blocks that mix symbols with letters or
 * digits (superscripts, letterlike symbols, number forms, enclosed and dingbat digits), nor
 * about any other script.
 */
export function bmpIsPart(unit: number): boolean | undefined {
  if (unit >= 0x2000 && unit <= 0x2bff) {
    if (unit <= 0x206f) return unit === 0x2019; // General Punctuation
    if (unit >= 0x20a0 && unit <= 0x20cf) return false; // Currency Symbols
    // Arrows to the Enclosed Alphanumerics' digits; box drawing to the dingbat digits; the rest.
    if ((unit >= 0x2190 && unit <= 0x245f) || (unit >= 0x2500 && unit <= 0x2775) || unit >= 0x2794) return false;
    return undefined;
  }
  if (unit >= 0xfe00 && unit <= 0xfe0f) return true; // Variation selectors are marks.
  return undefined;
}

/** For a code point above the BMP: the emoji blocks separate, except the digits U+1F100-U+1F10C. */
export function astralIsPart(codePoint: number): boolean | undefined {
  if (codePoint >= 0x1f000 && codePoint <= 0x1faff && (codePoint < 0x1f100 || codePoint > 0x1f10c)) return false;
  return undefined;
}

/** The definition itself, for the code point that starts at index. */
export function isTokenCharAt(text: string, index: number): boolean {
  TOKEN_CHAR.lastIndex = index;
  return TOKEN_CHAR.test(text);
}
