/**
 * The words of a display name or a handle, lowercased and accent-folded like every keyword
 * table, so "María Pérez", "MARIA" and "maria_perez92" give the same first name.
 *
 * The general path (NFKC, then regexes) reads any text; names and handles of ASCII, Latin-1
 * letters and emoji, which NFKC leaves as they are, get the same answer from one pass over
 * their char codes (name-words.test.ts compares the two).
 */
import { foldAccents } from './text';

const NOT_NAME_CHARS = /[^\p{L}\p{M}'’\-\s]+/gu;
const CAMEL = /(\p{Ll})(\p{Lu})/gu;

// What a word needs: nothing (a-z and apostrophes, which lowercasing and folding keep),
// lowercasing (ASCII), or lowercasing and folding (Latin-1 letters).
const AS_IS = 0;
const LOWER = 1;
const FOLD = 2;

/**
 * foldAccents(letter.toLowerCase()) for each Latin-1 letter, from the functions themselves.
 * Both act on each letter alone in this range, so a word can be folded letter by letter.
 */
const LATIN1_FOLDED: string[] = [];
for (let code = 0xc0; code <= 0xff; code++) LATIN1_FOLDED.push(foldAccents(String.fromCharCode(code).toLowerCase()));

/** 1 where a Latin-1 letter lowercases and folds to a-z only ("ã" to "a", "ß" to "ss"; not "æ"). */
const RUN_LETTERS = new Uint8Array(LATIN1_FOLDED.map((folded) => (/^[a-z]+$/.test(folded) ? 1 : 0)));

/** The words of a display name: lowercased, folded, without apostrophes at either end. */
export function nameWords(raw: string): string[] {
  if (raw.length === 0) return [];
  return simpleWords(raw) ?? generalWords(raw);
}

/** nameWords() for any text: NFKC turns "𝓐𝓷𝓷𝓪" and full-width letters back into plain ones. */
function generalWords(raw: string): string[] {
  const normal = raw.normalize('NFKC');
  const plain = normal.replace(CAMEL, '$1 $2').replace(NOT_NAME_CHARS, ' ');
  return foldAccents(plain.toLowerCase().replace(/’/g, "'"))
    .split(/[\s-]+/)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter((w) => w.length > 0);
}

/**
 * nameWords() in one pass for the names most people write: printable ASCII, Latin-1 letters
 * ("María Pérez") and emoji or dingbats as decoration ("✨", "🌸"). NFKC leaves all of these
 * as they are, so the result is the same: runs of letters and apostrophes, split where a
 * lowercase letter meets an uppercase one ("annaSmith"), lowercased and folded, without
 * apostrophes at either end; every other character separates. Anything else gives null, and
 * the general path above.
 */
function simpleWords(raw: string): string[] | null {
  const words = new WordRuns();
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
    words.take(raw, at, c, lower, upper);
  }
  return words.out;
}

/**
 * The words of one pass over a name or handle, fed a character at a time with its case: runs of
 * letters and apostrophes, split where a lowercase letter meets an uppercase one ("annaSmith"),
 * each lowercased and folded as much as its letters need. Both one-pass readers share it.
 */
class WordRuns {
  readonly out: string[] = [];
  private start = -1;
  private prevLower = false;
  /** What the word so far needs. */
  private need = AS_IS;

  take(raw: string, at: number, c: number, lower: boolean, upper: boolean): void {
    if (lower || upper || c === 39) {
      if (this.start < 0) {
        this.start = at;
        this.need = AS_IS;
      } else if (upper && this.prevLower) {
        pushWord(this.out, raw, this.start, at, this.need);
        this.start = at;
        this.need = AS_IS;
      }
      if (c > 122) this.need = FOLD;
      else if (upper && this.need === AS_IS) this.need = LOWER;
    } else if (this.start >= 0) {
      pushWord(this.out, raw, this.start, at, this.need);
      this.start = -1;
    }
    this.prevLower = lower;
  }
}

function pushWord(out: string[], raw: string, start: number, end: number, need: number): void {
  while (start < end && raw.charCodeAt(start) === 39) start++;
  while (end > start && raw.charCodeAt(end - 1) === 39) end--;
  if (end <= start) return;
  if (need === AS_IS) out.push(raw.slice(start, end));
  else if (need === LOWER) out.push(raw.slice(start, end).toLowerCase());
  else out.push(foldedWord(raw, start, end));
}

/**
 * foldAccents(word.toLowerCase()) for a word of ASCII and Latin-1 letters, several times
 * cheaper on a short word: the Latin-1 letters from the table, the ASCII between them as it is,
 * then one toLowerCase() for the ASCII (the table's letters are lowercase already).
 */
function foldedWord(raw: string, start: number, end: number): string {
  let word = '';
  let from = start;
  for (let i = start; i < end; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 0xc0) {
      word += raw.slice(from, i) + LATIN1_FOLDED[c - 0xc0];
      from = i + 1;
    }
  }
  return (word + raw.slice(from, end)).toLowerCase();
}

/** What a handle says: its words, itself lowercased (for brand words run together) and its run. */
export interface HandleParts {
  words: string[];
  lower: string;
  /** The leading a-z once lowercased and folded, when there are at least five ("annasmith"). */
  run: string | null;
}

export function handleParts(handle: string): HandleParts {
  return plainHandleParts(handle) ?? anyHandleParts(handle);
}

/**
 * HandleParts in one pass for the handles platforms allow and nearly everyone has: ASCII
 * letters, digits, '.' and '_', and Latin-1 letters ("anna_smith92", "JessicaParker",
 * "joão_garcía"). On these simpleWords() finds the same words (digits, '.' and '_' separate),
 * and lowercasing and folding act on each letter alone, so the run is the lowercased, folded
 * head of letters that fold to a-z. Anything else gives null, and anyHandleParts().
 */
function plainHandleParts(handle: string): HandleParts | null {
  const words = new WordRuns();
  let anyUpper = false;
  // Where the run stops, and whether its letters need lowercasing or folding.
  let runEnd = -1;
  let runNeed = AS_IS;
  for (let i = 0; i <= handle.length; i++) {
    const c = i < handle.length ? handle.charCodeAt(i) : 0x2e;
    let lower = false;
    let upper = false;
    if (c < 0x80) {
      lower = c >= 97 && c <= 122;
      upper = c >= 65 && c <= 90;
      if (!lower && !upper && c !== 0x2e && c !== 0x5f && (c < 48 || c > 57)) return null;
    } else if (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7) {
      // Latin-1 letters: À-Þ are uppercase, ß-ÿ lowercase.
      upper = c <= 0xde;
      lower = !upper;
    } else {
      return null;
    }
    if (upper) anyUpper = true;
    if (runEnd < 0) {
      if (c >= 0xc0) {
        if (RUN_LETTERS[c - 0xc0] === 1) runNeed = FOLD;
        else runEnd = i;
      } else if (upper) {
        if (runNeed === AS_IS) runNeed = LOWER;
      } else if (!lower) {
        runEnd = i;
      }
    }
    words.take(handle, i, c, lower, upper);
  }
  let head = runNeed === FOLD ? foldedWord(handle, 0, runEnd) : handle.slice(0, runEnd);
  if (runNeed === LOWER) head = head.toLowerCase();
  return { words: words.out, lower: anyUpper ? handle.toLowerCase() : handle, run: head.length >= 5 ? head : null };
}

/**
 * HandleParts for any handle. simpleWords() treats '.', '_' and digits as separators already;
 * the general path needs them replaced by spaces first.
 */
function anyHandleParts(handle: string): HandleParts {
  const lower = handle.toLowerCase();
  const words = handle.length === 0 ? [] : (simpleWords(handle) ?? generalWords(handle.replace(/[._\d]+/g, ' ')));
  return { words, lower, run: leadingLetters(lower) };
}

/**
 * The handle's leading a-z once folded, for prefix lookup ("annasmith"), when there are at
 * least five. Folding changes each accented letter alone, so only the head of a-z and accented
 * letters can matter, and it is folded only when it has an accented letter ("joão_garcía").
 */
function leadingLetters(lower: string): string | null {
  let end = 0;
  let accented = false;
  for (; end < lower.length; end++) {
    const c = lower.charCodeAt(end);
    // Accented letters fold to a letter, combining accents (to U+036F) to nothing.
    if (c >= 0xc0 && c <= 0x36f) accented = true;
    else if (c < 97 || c > 122) break;
  }
  const head = accented ? foldAccents(lower.slice(0, end)) : lower;
  let run = 0;
  while (run < head.length && head.charCodeAt(run) >= 97 && head.charCodeAt(run) <= 122) run++;
  return run >= 5 ? head.slice(0, run) : null;
}
