/**
 * Hashtags as the audience wrote them: "#Tag" in any script (letters, marks, digits, "_"),
 * lower-cased so "#Science" and "#science" count as one, without the "#".
 */
import { LIMITS } from './batch';

// A tag starts after a non-word character or right after another tag ("#a#b" is two tags, as
// Instagram shows it), never inside a word or URL ("a#b", "/#top", "&#39;"), and holds at least
// one letter ("#1" is a rank, not a tag). A scan from "#" to "#" rather than one regex with a
// lookbehind: that regex cost more than parsing the whole response.
const WORD_CHAR = /^[\p{L}\p{M}\p{N}_]$/u;
const LETTER = /^\p{L}$/u;
const WORD_BEFORE = /[\p{L}\p{M}\p{N}_&/]/u;

const isAsciiLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isAsciiWord = (c: number): boolean => isAsciiLetter(c) || (c >= 0x30 && c <= 0x39) || c === 0x5f;

/**
 * End of the tag body starting at `start` and whether it holds a letter. ASCII by char code,
 * the rest by one Unicode-class test per character: a sticky /u regex was ten times slower.
 */
function scanTagBody(text: string, start: number): { end: number; letter: boolean; lower: boolean } {
  let j = start;
  let letter = false;
  // Already lower case and ASCII: toLowerCase can be skipped (it is slow on two-byte strings).
  let lower = true;
  while (j < text.length) {
    const c = text.codePointAt(j) ?? 0;
    if (c < 0x80) {
      if (!isAsciiWord(c)) break;
      letter ||= isAsciiLetter(c);
      if (c >= 0x41 && c <= 0x5a) lower = false;
      j++;
      continue;
    }
    lower = false;
    const ch = String.fromCodePoint(c);
    if (!WORD_CHAR.test(ch)) break;
    letter ||= LETTER.test(ch);
    j += ch.length;
  }
  return { end: j, letter, lower };
}

/** Already normal: lower-case ASCII letters, digits and "_" within the limit, as nearly every tag arrives. */
function isNormalAscii(tag: string): boolean {
  if (tag.length === 0 || tag.length > LIMITS.hashtag) return false;
  for (let i = 0; i < tag.length; i++) {
    const c = tag.charCodeAt(i);
    if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x5f)) return false;
  }
  return true;
}

export function normalizeHashtag(tag: string): string | undefined {
  // Platform tag lists and hashtagsFromText hand over normal tags: skip the regexes and copies.
  if (isNormalAscii(tag)) return tag;
  const clean = tag.replace(/^[#＃]+/u, '').trim().toLowerCase();
  if (clean.length === 0 || clean.length > LIMITS.hashtag || /\s/u.test(clean)) return undefined;
  return clean;
}

/** Whether the "#" at `i` may open a tag: what precedes it is no word character, "&", "/" or "#". */
function startsTag(text: string, i: number): boolean {
  const code = text.charCodeAt(i - 1);
  if (code < 0x80) {
      return !isAsciiWord(code) && code !== 0x26 && code !== 0x2f && code !== 0x23;
  }
  // Beyond ASCII: the whole character before, even when it is the low half of a surrogate pair.
  const low = code >= 0xdc00 && code <= 0xdfff;
  const prev = String.fromCodePoint(text.codePointAt(low ? i - 2 : i - 1) ?? 0);
  return !WORD_BEFORE.test(prev) && prev !== '＃';
}

export function hashtagsFromText(text: string | undefined): string[] {
  if (!text) return [];
  const tags: string[] = [];
  let lastTagEnd = -1;
  const fullwidth = text.includes('＃');
  for (let i = 0; i < text.length; i++) {
    // Jump from "#" to "#"; the fullwidth "＃" (rare) needs the character-by-character walk.
    if (!fullwidth) {
      i = text.indexOf('#', i);
      if (i < 0) break;
    } else if (text.charCodeAt(i) !== 0x23 && text.charCodeAt(i) !== 0xff03) continue;
    if (i > 0 && i !== lastTagEnd && !startsTag(text, i)) continue;
    const { end, letter, lower } = scanTagBody(text, i + 1);
    if (end === i + 1) continue;
    lastTagEnd = end;
    // The body holds no "#" or space already: only case and length remain to normalise.
    if (letter && end - i - 1 <= LIMITS.hashtag) {
      const tag = text.slice(i + 1, end);
      tags.push(lower ? tag : tag.toLowerCase());
    }
    i = end - 1;
  }
  return tags;
}

/** Unique tags in first-seen order, within the schema's limit. */
export function uniqueHashtags(...lists: readonly (readonly string[])[]): string[] {
  // An array rather than a Set: a post has a handful of tags, and the list stops at the limit.
  const tags: string[] = [];
  for (const list of lists) {
    for (const raw of list) {
      const tag = normalizeHashtag(raw);
      if (tag === undefined || tags.includes(tag)) continue;
      tags.push(tag);
      if (tags.length >= LIMITS.hashtags) return tags;
    }
  }
  return tags;
}
