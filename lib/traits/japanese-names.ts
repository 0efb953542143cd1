/**
 * Japanese names: which word is the given name, and a given name the lookup does not hold read
 * by its ending.
 *
 * Japanese is written family name first ("佐藤 健太"); profiles copied from Latin-letter forms
 * put it last ("健太 佐藤"). The family name is the word among gimei's 500 family names (most
 * Japanese people bear one of them) that the lookup does not hold as a given name; failing that,
 * the given name is the word the lookup holds that is no family name; failing that, the order
 * and so the gender are unknown. A family name is never read by its ending: many end like given
 * names (小野 like women's -野, 金子 like -子).
 *
 * A given name the lookup does not hold is read by its ending: the longest ending (one
 * or two characters) in the table data/build-first-names.ts learns from gimei's names, when that
 * ending is nearly always one gender (-子, -美, -菜 women; -郎, -太, -介 men; in kana -こ, -ろう).
 * The 20 names and 0.95 are the Latin endings' (name-endings.ts), not chosen again;
 * docs/accuracy.md has how they do in leave-one-out over gimei's names.
 *
 * Kana are written only in Japanese, so a word with kana is read whatever language the person
 * writes. A word in Chinese characters only may be a Chinese name, whose characters Japanese
 * use differently, so it is read by its ending only for someone writing Japanese.
 */
import { SUFFIX_MIN_P } from './name-endings';
import { firstNameTable, japaneseEndingTable, japaneseFamilyNameSet } from './first-names-table';
import { RULE_P } from './name-scripts';

const JAPANESE_WORD = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+$/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}ー]/u;
const MAX_ENDING = 2;
// gimei's given names and family names are one to three kanji, most of them two: a longer run of
// Chinese characters than a family and a given name of two each is more often a phrase
// ("获取影片机器人") than a name.
const MAX_KANJI_NAME = 4;
export const isJapaneseWord = (word: string): boolean => JAPANESE_WORD.test(word);
const LETTER_RUNS = /[\p{L}\p{M}ー]+/gu;

/**
 * For a display name whose first word is in Japanese script: its given name, or null when it
 * cannot be told (a family name alone, or two words in an order the family names do not show).
 * Undefined for any other name.
 */
export function japaneseGivenName(displayName: string): string | null | undefined {
  const words = displayName.normalize('NFKC').match(LETTER_RUNS) ?? [];
  const first = words[0];
  if (first === undefined || !JAPANESE_WORD.test(first)) return undefined;
  const second = words[1] !== undefined && JAPANESE_WORD.test(words[1]) ? words[1] : undefined;
  const family = japaneseFamilyNameSet();
  const given = firstNameTable();
  const familyOnly = (w: string) => family.has(w) && !given.has(w);
  if (second === undefined) return familyOnly(first) ? null : first;
  // A family name that is no given name tells the order; else a given name that is no family name.
  if (familyOnly(first) !== familyOnly(second)) return familyOnly(first) ? second : first;
  const givenOnly = (w: string) => given.has(w) && !family.has(w);
  if (givenOnly(first) !== givenOnly(second)) return givenOnly(first) ? first : second;
  return null;
}

/** P(female) (RULE_P or its complement) for a Japanese first name by its ending, or undefined. */
export function japaneseEndingFemaleProbability(word: string, language: string | undefined): number | undefined {
  if (!JAPANESE_WORD.test(word)) return undefined;
  const kana = KANA.test(word);
  if (language !== 'ja' && !kana) return undefined;
  const chars = [...word];
  if (!kana && chars.length > MAX_KANJI_NAME) return undefined;
  const endings = japaneseEndingTable();
  for (let k = Math.min(MAX_ENDING, chars.length - 1); k >= 1; k--) {
    const p = endings.get(chars.slice(-k).join(''));
    if (p === undefined) continue;
    if (Math.max(p, 1 - p) < SUFFIX_MIN_P) return undefined;
    return p >= 0.5 ? RULE_P : 1 - RULE_P;
  }
  return undefined;
}
